import { Actions } from "../shared/actions";
import { el } from "../shared/dom";
import { MessageArea } from "../shared/messages";
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

const badgeColor: Record<string, string> = { rejected: "danger", conflict: "danger", notice: "warning" };

/**
 * The Excel task pane: check the department workbook in place (bad cells painted, each finding a link to its cell) and submit
 * it. 提出 opens only after a clean check, or after the drafter acknowledges the findings of the last check.
 */
export class ExcelPane {
  private readonly findings = el("ol", { class: "findings", "aria-label": "ブックのチェック結果" });
  private readonly summary = el("p", { class: "summary" });
  private readonly target = el("p", { class: "target" });
  private readonly messages = new MessageArea();
  private readonly acknowledge = el("fluent-checkbox", { id: "acknowledge", slot: "input", hidden: "" });
  private readonly acknowledgeField = el("fluent-field", { "label-position": "after", class: "acknowledge", hidden: "" },
    el("label", { slot: "label", for: "acknowledge" }, "指摘を確認しました。色の付いたセルは反映されないことを了解して提出します。"), this.acknowledge);
  private readonly actions: Actions;
  private submitButton!: HTMLElement;
  private lastCheckClean = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly service: ExcelServiceClient,
    private readonly readWorkbook: WorkbookSource,
    private readonly highlights = new CellHighlights(),
  ) {
    this.actions = new Actions(root, "Excel");
  }

  async start(): Promise<void> {
    const check = this.actions.button("check", "ブックをチェック", "primary", this.messages, () => this.check());
    this.submitButton = this.actions.button("submit", "提出", "secondary", this.messages, () => this.submit());
    const clear = this.actions.button("clear-highlights", "色を消す", "subtle", this.messages, () => this.clearHighlights());
    this.acknowledge.addEventListener("change", () => this.updateSubmit());
    this.root.replaceChildren(
      el("header", { class: "pane-header" }, el("h1", {}, "施策の更新（Excel 様式）"),
        el("p", { class: "lead" }, "記入した様式を、回収と同じ規則でチェックします。直すセルには色を付けます。一覧の項目を押すとそのセルへ移動します。")),
      el("section", { class: "results", "aria-labelledby": "findings-title" }, el("h2", { id: "findings-title" }, "ブックのチェック結果"), this.target, this.summary, this.findings),
      el("div", { class: "action-bar" }, this.messages.element, this.acknowledgeField, el("div", { class: "buttons" }, check, this.submitButton, clear)),
    );
    this.summary.textContent = "まだチェックしていません。「ブックをチェック」を押してください。提出はチェックの後にできます。";
    this.updateSubmit();
    // Colours a pane left behind (closed or reloaded before it cleared them) come off before anything else.
    await this.actions.run(check, this.messages, async () => {
      const restored = await this.highlights.restore();
      if (restored > 0) this.messages.show("info", `前回のチェックで付けた色（${restored} か所）を消しました。`, { action: "もう一度「ブックをチェック」を押してください。" });
    });
  }

  private updateSubmit(): void {
    const acknowledged = (this.acknowledge as unknown as { checked: boolean }).checked;
    this.actions.setEnabled(this.submitButton, this.lastCheckClean || (!this.acknowledgeField.hidden && acknowledged));
  }

  private async check(): Promise<void> {
    this.messages.show("info", "ブックを読み取り、チェックしています…");
    await this.highlights.clear();
    const { bytes, name } = await this.readWorkbook();
    const check = await this.service.check(bytes, name);
    const painted = await this.highlights.show(check.findings);
    this.showCheck(check);
    if (check.clean) this.messages.show("success", "チェックしました。直すところはありません。", { action: "このまま「提出」を押せます。" });
    else this.messages.show("warning", `チェックしました。直すところがあります（色を付けたセル ${painted} か所）。`, { action: "セルを直してもう一度チェックしてください。直さずに出すときは、下の確認に印を付けてから「提出」を押してください。" });
  }

  private async submit(): Promise<void> {
    this.messages.show("info", "ブックを提出しています…");
    // The painted colours are the pane's, not the department's: the workbook goes without them.
    await this.highlights.clear();
    const { bytes, name } = await this.readWorkbook();
    const submission = await this.service.submit(bytes, name);
    const painted = await this.highlights.show(submission.check.findings);
    this.showCheck(submission.check);
    const taken = submission.check.changes.length;
    if (submission.check.clean) this.messages.show("success", `提出しました（${submission.check.department}、変更 ${taken} 件）。`);
    else this.messages.show("warning", `提出しました（${submission.check.department}）。ただし色を付けたセル ${painted} か所は反映されません。`, { action: "直して、もう一度チェックしてから提出してください。" });
  }

  private async clearHighlights(): Promise<void> {
    await this.highlights.clear();
    this.messages.show("info", "セルの色を元に戻しました。");
  }

  private showCheck(check: WorkbookCheck): void {
    this.target.textContent = `${check.department}・${check.edition || "版の記載なし"}`;
    this.summary.textContent = summaryText(check);
    this.findings.replaceChildren(...check.findings.map((finding) => this.findingItem(finding)));
    this.lastCheckClean = check.clean;
    this.acknowledgeField.hidden = check.clean;
    this.acknowledge.hidden = check.clean;
    (this.acknowledge as unknown as { checked: boolean }).checked = false;
    this.updateSubmit();
  }

  private findingItem(finding: WorkbookEntry): HTMLElement {
    const head = el("span", { class: "finding-head" },
      el("fluent-badge", { appearance: "filled", color: badgeColor[finding.status] ?? "informative", size: "small" }, finding.statusLabel),
      el("span", { class: "place" }, finding.place || "ブック全体"),
      el("span", { class: "field" }, finding.field));
    const body = [head, el("span", { class: "message" }, finding.message)];
    if (!hasCell(finding)) return el("li", { class: "finding", "data-status": finding.status }, el("span", { class: "finding-body" }, ...body));
    const link = el("button", { type: "button", class: "finding-link", "data-sheet": finding.sheet, "data-cell": finding.cell }, ...body);
    link.addEventListener("click", () => void this.actions.run(link, this.messages, () => this.highlights.select(finding.sheet, finding.cell)));
    return el("li", { class: "finding", "data-status": finding.status }, link);
  }
}
