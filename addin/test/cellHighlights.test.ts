import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it } from "vitest";
import { CellHighlights, HighlightColors, type HighlightRecord, type Painted } from "../src/excel/cellHighlights";
import type { WorkbookEntry } from "../src/excel/workbookModel";

type Node = Record<string, unknown>;
const calls: string[] = [];

const finding = (status: WorkbookEntry["status"], sheet: string | null, cell: string | null): WorkbookEntry => ({
  status, statusLabel: status, file: "b.xlsx", place: sheet && cell ? `${sheet}!${cell}` : sheet ?? "", sheet, cell,
  department: "デジタル化推進本部", measureId: null, field: "", original: null, value: null, message: "",
});

/** A worksheet as office-addin-mock holds it: fill colours and protection must be loaded and synced before they are read. */
const sheet = (name: string, isProtected: boolean, fills: Record<string, string>) => ({
  protection: {
    protected: isProtected,
    options: { allowFormatColumns: true, allowFormatCells: false },
    unprotect() { calls.push(`${name} unprotect`); },
    protect(options: { allowFormatColumns: boolean; allowFormatCells: boolean }) {
      calls.push(`${name} protect formatColumns=${options.allowFormatColumns} formatCells=${options.allowFormatCells}`);
    },
  },
  ranges: Object.fromEntries(Object.entries(fills).map(([cell, color]) => [cell, {
    format: { fill: { color, clear() { calls.push(`${name}!${cell} clear`); } } },
    select() { calls.push(`${name}!${cell} select`); },
  }])),
  getRange(this: { ranges: Record<string, unknown> }, address: string) { return this.ranges[address]; },
  activate() { calls.push(`${name} activate`); },
});

function installExcel(sheets: Record<string, ReturnType<typeof sheet>>) {
  const mock = new OfficeMockObject({
    context: {
      workbook: { worksheets: { sheets, getItem(this: { sheets: Record<string, unknown> }, name: string) { return this.sheets[name]; } } },
    },
    run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) { return batch(this.context); },
  }) as unknown as Node;
  (globalThis as Node).Excel = mock;
  return mock as unknown as { context: { workbook: { worksheets: { sheets: Record<string, { ranges: Record<string, { format: { fill: { color: string } } }> }> } } } };
}

const fill = (excel: ReturnType<typeof installExcel>, sheetName: string, cell: string) =>
  excel.context.workbook.worksheets.sheets[sheetName]!.ranges[cell]!.format.fill.color;

/** The workbook's settings as the highlights see them: what was recorded, kept across "reloads" of the pane. */
let recorded: Painted[] = [];
const record: HighlightRecord = { read: () => recorded, write: async (painted) => { recorded = [...painted]; } };

afterEach(() => {
  delete (globalThis as Node).Excel;
  calls.length = 0;
  recorded = [];
});

describe("CellHighlights", () => {
  it("paints each bad cell by its status, unprotecting a protected sheet only for the change", async () => {
    const excel = installExcel({ 施策: sheet("施策", true, { H4: "#FFFFFF", G5: "#E2EFDA" }), 指標: sheet("指標", false, { L4: "#FFFFFF" }) });
    const painted = await new CellHighlights(record).show([
      finding("rejected", "施策", "H4"), finding("notice", "施策", "G5"), finding("rejected", "指標", "L4"), finding("rejected", "用語", null),
    ]);
    expect(painted).toBe(3);
    expect(fill(excel, "施策", "H4")).toBe(HighlightColors.rejected);
    expect(fill(excel, "施策", "G5")).toBe(HighlightColors.notice);
    expect(fill(excel, "指標", "L4")).toBe(HighlightColors.rejected);
    // The template's protection comes back with the options it had; the unprotected sheet is left alone.
    expect(calls).toEqual(["施策 unprotect", "施策 protect formatColumns=true formatCells=false"]);
  });

  it("puts back each cell's own colour, and no fill where there was none", async () => {
    const excel = installExcel({ 施策: sheet("施策", false, { H4: "#FFFFFF", G5: "#E2EFDA" }) });
    const highlights = new CellHighlights(record);
    await highlights.show([finding("rejected", "施策", "H4"), finding("rejected", "施策", "G5")]);
    await highlights.clear();
    expect(fill(excel, "施策", "G5")).toBe("#E2EFDA");
    expect(calls).toEqual(["施策!H4 clear"]);
    expect(highlights.count).toBe(0);
  });

  it("clears the previous highlights before painting a new check", async () => {
    const excel = installExcel({ 施策: sheet("施策", false, { H4: "#E2EFDA", G5: "#E2EFDA" }) });
    const highlights = new CellHighlights(record);
    await highlights.show([finding("rejected", "施策", "H4")]);
    await highlights.show([finding("notice", "施策", "G5")]);
    expect(fill(excel, "施策", "H4")).toBe("#E2EFDA");
    expect(fill(excel, "施策", "G5")).toBe(HighlightColors.notice);
  });

  it("selects a finding's cell on its own sheet", async () => {
    installExcel({ 指標: sheet("指標", true, { L4: "#FFFFFF" }) });
    await new CellHighlights(record).select("指標", "L4");
    expect(calls).toEqual(["指標 activate", "指標!L4 select"]);
  });

  it("records what it painted in the workbook's settings, and a pane opened later takes the colours off and the record away", async () => {
    const excel = installExcel({ 施策: sheet("施策", true, { H4: "#FFFFFF", G5: "#E2EFDA" }) });
    await new CellHighlights(record).show([finding("rejected", "施策", "H4"), finding("notice", "施策", "G5")]);
    expect(recorded).toEqual([{ sheet: "施策", cell: "H4", original: "#FFFFFF" }, { sheet: "施策", cell: "G5", original: "#E2EFDA" }]);
    calls.length = 0;
    // The pane reloads: a new CellHighlights knows nothing but the record.
    expect(await new CellHighlights(record).restore()).toBe(2);
    expect(fill(excel, "施策", "G5")).toBe("#E2EFDA");
    expect(calls).toEqual(["施策 unprotect", "施策!H4 clear", "施策 protect formatColumns=true formatCells=false"]);
    expect(recorded).toEqual([]);
  });

  it("touches nothing when no finding names a cell", async () => {
    installExcel({});
    expect(await new CellHighlights(record).show([finding("rejected", null, null)])).toBe(0);
    expect(calls).toEqual([]);
  });
});
