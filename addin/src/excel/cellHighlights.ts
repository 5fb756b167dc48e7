import type { EntryStatus, WorkbookEntry } from "./workbookModel";

/** Fill colours of Fluent's palette: red background for what collect rejects, yellow for a notice. */
export const HighlightColors: Record<Exclude<EntryStatus, "accepted">, string> = {
  rejected: "#FDE7E9",
  conflict: "#FDE7E9",
  notice: "#FFF4CE",
};

/** A painted cell and the fill it had before, as recorded in the workbook's settings. */
export interface Painted {
  sheet: string;
  cell: string;
  original: string;
}

/** Where the painted cells are recorded, so that a pane opened later (after a reload or a crash) can take them off. */
export interface HighlightRecord {
  read(): Painted[];
  write(painted: Painted[]): Promise<void>;
}

const SettingName = "odx.highlights";

/** The workbook's own add-in settings (Office.context.document.settings): saved with the workbook, read back on reload. */
export const workbookSettings: HighlightRecord = {
  read() {
    const value = Office.context.document.settings.get(SettingName) as unknown;
    return Array.isArray(value) ? (value as Painted[]).filter((p) => p && typeof p.sheet === "string" && typeof p.cell === "string" && typeof p.original === "string") : [];
  },
  write(painted) {
    const settings = Office.context.document.settings;
    if (painted.length) settings.set(SettingName, painted);
    else settings.remove(SettingName);
    return new Promise((resolve, reject) => settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? "設定を保存できませんでした"))));
  },
};

/** A finding that points at one cell of a visible sheet (findings about a whole sheet or file have no cell). */
export const hasCell = (entry: WorkbookEntry): entry is WorkbookEntry & { sheet: string; cell: string } =>
  entry.sheet !== null && entry.cell !== null && entry.status !== "accepted";

/**
 * Paints each bad cell in the workbook, and puts back the colour it had before when asked. The template's sheets are protected
 * (without a password) and a protected sheet refuses formatting: each sheet is unprotected for the change and protected again
 * with the options it had.
 */
export class CellHighlights {
  private painted: Painted[] = [];

  constructor(private readonly record: HighlightRecord = workbookSettings) {}

  /** Takes off whatever an earlier pane painted and recorded (the pane was closed or reloaded before clearing). */
  async restore(): Promise<number> {
    this.painted = this.record.read();
    const count = this.painted.length;
    await this.clear();
    return count;
  }

  get count(): number {
    return this.painted.length;
  }

  async show(findings: WorkbookEntry[]): Promise<number> {
    await this.clear();
    const targets = findings.filter(hasCell);
    if (targets.length === 0) return 0;
    await Excel.run(async (context) => {
      const ranges = targets.map((f) => ({ finding: f, range: context.workbook.worksheets.getItem(f.sheet).getRange(f.cell) }));
      for (const { range } of ranges) range.format.fill.load("color");
      await context.sync();
      const painted = ranges.map(({ finding, range }) => ({ sheet: finding.sheet, cell: finding.cell, original: range.format.fill.color }));
      await withSheetsUnprotected(context, [...new Set(targets.map((t) => t.sheet))], () => {
        for (const { finding, range } of ranges) range.format.fill.color = HighlightColors[finding.status as keyof typeof HighlightColors];
      });
      this.painted = painted;
    });
    await this.record.write(this.painted);
    return targets.length;
  }

  /** Puts back each painted cell's own colour (a cell without a fill reads as white, and gets no fill back). */
  async clear(): Promise<void> {
    if (this.painted.length === 0) return;
    const painted = this.painted;
    this.painted = [];
    await Excel.run(async (context) => {
      await withSheetsUnprotected(context, [...new Set(painted.map((p) => p.sheet))], () => {
        // In reverse: a cell named twice gets back its colour from before the first paint.
        for (const p of [...painted].reverse()) {
          const fill = context.workbook.worksheets.getItem(p.sheet).getRange(p.cell).format.fill;
          if (p.original.toUpperCase() === "#FFFFFF") fill.clear();
          else fill.color = p.original;
        }
      });
    });
    await this.record.write([]);
  }

  /** Shows the cell of a finding: its sheet becomes the active one and the cell is selected. */
  async select(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}

async function withSheetsUnprotected(context: Excel.RequestContext, sheets: string[], change: () => void): Promise<void> {
  const protections = sheets.map((name) => context.workbook.worksheets.getItem(name).protection);
  for (const protection of protections) protection.load("protected,options");
  await context.sync();
  const locked = protections.filter((p) => p.protected);
  const options = locked.map((p) => p.options);
  for (const protection of locked) protection.unprotect();
  change();
  locked.forEach((protection, i) => protection.protect(options[i]));
  await context.sync();
}
