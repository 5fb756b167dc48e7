import type { FormYear, Phase } from "../shared/api";

/** What one fiscal-year cell of the schedule row shows: the same rules the Word writer draws by (PhaseSpan). */
export interface PreviewCell {
  year: number;
  label: string;
  phase: Phase;
  /** dashed arrow (準備・検討), solid arrow (継続実施), ○ (実施) or nothing. */
  mark: "dashed" | "solid" | "circle" | "none";
  /** The arrowhead sits on the last year of a run of the same arrow phase. */
  head: boolean;
  /** The cell continues the arrow of the previous year. */
  joined: boolean;
}

const markOf = (phase: Phase): PreviewCell["mark"] =>
  phase === "preparation" ? "dashed" : phase === "continuation" ? "solid" : phase === "implementation" ? "circle" : "none";

export function previewCells(years: FormYear[], phases: Record<number, Phase>): PreviewCell[] {
  const cells = years.map((y) => {
    const phase = phases[y.year] ?? "none";
    return { year: y.year, label: y.label, phase, mark: markOf(phase), head: false, joined: false };
  });
  cells.forEach((cell, i) => {
    const isArrow = cell.mark === "dashed" || cell.mark === "solid";
    if (!isArrow) return;
    const previous = cells[i - 1];
    const next = cells[i + 1];
    cell.joined = previous !== undefined && previous.phase === cell.phase;
    cell.head = next === undefined || next.phase !== cell.phase;
  });
  return cells;
}

/** The alt text of each arrow, as the document writes it: 準備・検討（令和3年度～令和4年度）. */
export function describeArrows(cells: PreviewCell[], labels: Record<string, string>): string[] {
  const descriptions: string[] = [];
  let start: PreviewCell | undefined;
  for (const cell of cells) {
    if (cell.mark !== "dashed" && cell.mark !== "solid") continue;
    if (!cell.joined) start = cell;
    if (cell.head && start) {
      const name = labels[cell.phase] ?? cell.phase;
      descriptions.push(start === cell ? `${name}（${cell.label}）` : `${name}（${start.label}～${cell.label}）`);
    }
  }
  return descriptions;
}
