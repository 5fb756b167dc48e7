import { el, showStatus } from "../shared/dom";
import { ServiceProblem } from "../shared/problem";
import { CellHighlights, hasCell } from "./cellHighlights";
import type { ExcelServiceClient } from "./excelService";
import type { WorkbookCheck, WorkbookEntry } from "./workbookModel";

/** Reads the open workbook's bytes and name; Office's getFileAsync in Excel, a stand-in in tests. */
export type WorkbookSource = () => Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string }>;

/** The counts line above the list: 却下 2 件・注意 1 件, or that nothing needs fixing. */
export function summaryText(check: WorkbookCheck): string {
  const counts = [
    ["却下", check.summary.rejected],
    ["競合", check.summary.conflict],
    ["注意", check.summary.notice],
  ].filter(([, n]) => Number(n) > 0).map(([label, n]) => `${label} ${n} 件`);
  const changes = check.changes.length > 0 ? `変更 ${check.changes.length} 件を反映できます。` : "変更はありません。";
  return counts.length === 0 ? `直すところはありません。${changes}` : `直すところがあります（${counts.join("・")}）。${changes}`;
}

/** The Excel task pane: check the department workbook in place (bad cells painted, each finding a link to its cell) and submit it. */
export class ExcelPane {
  private readonly findings = el("ol", { class: "findings", "aria-label": "検査の結果" });
  private readonly summary = el("p", { class: "summary" });
  private readonly status = el("div", { class: "status", role: "status", "aria-live": "polite" });
  private readonly target = el("p", { class: "lead target" });
  private busy = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly service: ExcelServiceClient,
    private readonly readWorkbook: WorkbookSource,
    private readonly highlights = new CellHighlights(),
  ) {}

  start(): void {
    this.root.replaceChildren(
      el("header", {}, el("h1", {}, "施策の更新（Excel 様式）"),
        el("p", { class: "lead" }, "記入した様式を、回収と同じ規則でチェックします。直すセルは色を付けて示します。一覧の項目を押すとそのセルへ移動します。")),
      el("div", { class: "actions" },
        this.button("check", "ブックをチェック", "primary", () => this.check()),
        this.button("submit", "提出", "", () => this.submit()),
        this.button("clear-highlights", "色を消す", "subtle", () => this.clearHighlights())),
      this.status,
      this.target,
      el("section", { "aria-labelledby": "findings-title" }, el("h2", { id: "findings-title" }, "チェックの結果"), this.summary, this.findings),
    );
  }

  private button(id: string, text: string, appearance: string, action: () => Promise<void>): HTMLElement {
    const button = el("fluent-button", appearance ? { id, appearance } : { id }, text);
    button.addEventListener("click", () => void this.run(action));
    return button;
  }

  /** One action at a time: a second press while the workbook is being read or sent is ignored. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await action();
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private async check(): Promise<void> {
    showStatus(this.status, "info", "ブックを読み取り、チェックしています…");
    await this.highlights.clear();
    const { bytes, name } = await this.readWorkbook();
    const check = await this.service.check(bytes, name);
    const painted = await this.highlights.show(check.findings);
    this.showCheck(check);
    showStatus(this.status, check.clean ? "success" : "error",
      check.clean ? "チェックしました。このまま提出できます。" : `チェックしました。色を付けたセル ${painted} か所を直してから提出してください。`);
  }

  private async submit(): Promise<void> {
    showStatus(this.status, "info", "ブックを提出しています…");
    // The painted colours are the pane's, not the department's: the workbook goes without them.
    await this.highlights.clear();
    const { bytes, name } = await this.readWorkbook();
    const submission = await this.service.submit(bytes, name);
    const painted = await this.highlights.show(submission.check.findings);
    this.showCheck(submission.check);
    const taken = submission.check.changes.length;
    showStatus(this.status, submission.check.clean ? "success" : "error",
      submission.check.clean
        ? `提出しました（${submission.check.department}、変更 ${taken} 件）。`
        : `提出しました（${submission.check.department}）。ただし色を付けたセル ${painted} か所は反映されません。直して、もう一度提出してください。`);
  }

  private async clearHighlights(): Promise<void> {
    await this.highlights.clear();
    showStatus(this.status, "info", "セルの色を元に戻しました。");
  }

  private showCheck(check: WorkbookCheck): void {
    this.target.textContent = `計画 ${check.planId}（${check.edition || "版の記載なし"}）・${check.department}`;
    this.summary.textContent = summaryText(check);
    this.findings.replaceChildren(...check.findings.map((finding) => this.findingItem(finding)));
  }

  private findingItem(finding: WorkbookEntry): HTMLElement {
    const head = el("span", { class: "finding-head" },
      el("span", { class: "badge", "data-status": finding.status }, finding.statusLabel),
      el("span", { class: "place" }, finding.place || "ブック全体"),
      el("span", { class: "field" }, finding.field));
    const body = [head, el("span", { class: "message" }, finding.message)];
    if (!hasCell(finding)) return el("li", { class: "finding", "data-status": finding.status }, el("span", { class: "finding-body" }, ...body));
    const link = el("button", { type: "button", class: "finding-link", "data-sheet": finding.sheet, "data-cell": finding.cell, title: `${finding.place} を選択` }, ...body);
    link.addEventListener("click", () => void this.run(() => this.highlights.select(finding.sheet, finding.cell)));
    return el("li", { class: "finding", "data-status": finding.status }, link);
  }

  private showError(error: unknown): void {
    if (error instanceof ServiceProblem) {
      showStatus(this.status, "error", error.describe(), error.errors.map((e) => `${e.place}：${e.message}`));
      return;
    }
    const text = error instanceof Error ? error.message : String(error);
    showStatus(this.status, "error", `ブックを読み取れないか、サービスにつながりません：${text}`);
  }
}
