import { Actions } from "../shared/actions";
import { el, type ValueElement } from "../shared/dom";
import { MessageArea } from "../shared/messages";
import type { GlossaryClient, GlossaryFinding, TermHit } from "./glossaryClient";
import * as wordGlossary from "./glossaryDocument";

/** What the panel does in Word; the real Word API by default, a stand-in in tests. */
export type GlossaryDocument = Pick<typeof wordGlossary, "selectedText" | "markedTerms" | "insertMarker" | "applyRefresh" | "replaceBody" | "jumpTo" | "documentFile">;

const kindLabels: Record<GlossaryFinding["kind"], string> = {
  unmarked: "注記なし",
  markerWithoutDefinition: "解説なし",
  unusedEntry: "未使用",
  variant: "表記ゆれ",
  definitionDiffers: "解説の違い",
  foreignMarker: "手書きの注記",
};

/** Where a finding is, for the drafter: the heading, else the kind of place, never the measure's internal id. */
export function findingPlace(finding: GlossaryFinding): string {
  if (finding.heading) return `見出し「${finding.heading}」${finding.measureId ? "の施策表" : ""}`;
  if (finding.measureId) return "施策表の中";
  return finding.place.replace(/施策表（[^）]*）/g, "施策表の中");
}

/**
 * The glossary tab of the Word pane: search the term base (a listbox: arrow keys move, Enter or Space choose), mark the
 * selection, refresh the glossary section, check and jump to findings.
 */
export class GlossaryPanel {
  private readonly search = el("fluent-text-input", { id: "glossary-search", placeholder: "用語・よみがな・正式名称", type: "search" }, "用語を検索") as unknown as ValueElement;
  private readonly terms = el("div", { id: "glossary-terms", class: "term-list", role: "listbox", tabindex: "0", "aria-label": "用語の検索結果", hidden: "" });
  private readonly more = el("p", { class: "more" });
  private readonly findings = el("ul", { id: "glossary-findings", class: "finding-list", "aria-label": "用語チェックの結果" });
  private readonly messages = new MessageArea();
  private chosen: string | undefined;
  private active = -1;
  private searches = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly client: GlossaryClient,
    private readonly profile: () => string,
    private readonly actions: Actions,
    private readonly word: GlossaryDocument = wordGlossary,
  ) {}

  render(): void {
    this.search.addEventListener("input", () => void this.find(this.search.value));
    this.terms.addEventListener("keydown", (e) => this.keydown(e));
    this.root.replaceChildren(
      this.search as unknown as HTMLElement,
      this.terms,
      this.more,
      el("section", { class: "findings-section", "aria-labelledby": "glossary-findings-title" },
        el("h2", { id: "glossary-findings-title" }, "用語チェックの結果"), this.findings),
      el("div", { class: "action-bar" }, this.messages.element, el("div", { class: "buttons" },
        this.actions.button("glossary-mark", "選択範囲をマーク", "primary", this.messages, () => this.mark()),
        this.actions.button("glossary-refresh", "用語集を更新", "secondary", this.messages, () => this.refresh()),
        this.actions.button("glossary-check", "用語をチェック", "secondary", this.messages, () => this.check()))),
    );
  }

  /** Lists the entries matching the query; an answer to an older query that arrives late is dropped. */
  async find(query: string): Promise<void> {
    const asked = ++this.searches;
    try {
      const answer = await this.client.search(query);
      if (asked !== this.searches) return;
      this.chosen = undefined;
      this.active = -1;
      this.terms.removeAttribute("aria-activedescendant");
      this.terms.replaceChildren(...answer.terms.map((t, i) => this.termItem(t, i)));
      this.terms.toggleAttribute("hidden", answer.terms.length === 0);
      this.more.textContent = answer.total > answer.terms.length ? `ほか ${answer.total - answer.terms.length} 件（もっと詳しく入力すると絞り込めます）` : "";
      if (query.trim() && answer.terms.length === 0) this.messages.show("info", `「${query.trim()}」に当たる用語はありません。`);
      else this.messages.clear();
    } catch (e) {
      if (asked === this.searches) this.messages.fail(e, "Word", () => void this.find(this.search.value));
    }
  }

  private termItem(hit: TermHit, index: number): HTMLElement {
    const item = el("div", { id: `term-${index}`, class: "term", role: "option", "aria-selected": "false", "data-term": hit.term },
      el("span", { class: "term-name" }, hit.term),
      ...(hit.reading && hit.reading !== hit.term ? [el("span", { class: "term-reading" }, `（${hit.reading}）`)] : []),
      el("span", { class: "term-definition" }, hit.definition));
    item.addEventListener("click", () => { this.moveTo(index); this.choose(); });
    return item;
  }

  private options(): HTMLElement[] {
    return Array.from(this.terms.querySelectorAll<HTMLElement>('[role="option"]'));
  }

  private moveTo(index: number): void {
    const options = this.options();
    if (options.length === 0) return;
    this.active = Math.max(0, Math.min(options.length - 1, index));
    options.forEach((o, i) => o.classList.toggle("active", i === this.active));
    const option = options[this.active]!;
    this.terms.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView?.({ block: "nearest" });
  }

  private choose(): void {
    const options = this.options();
    const option = options[this.active];
    if (!option) return;
    this.chosen = option.dataset.term;
    for (const other of options) other.setAttribute("aria-selected", String(other === option));
  }

  private keydown(e: KeyboardEvent): void {
    const keys: Record<string, () => void> = {
      ArrowDown: () => this.moveTo(this.active + 1),
      ArrowUp: () => this.moveTo(this.active - 1),
      Home: () => this.moveTo(0),
      End: () => this.moveTo(this.options().length - 1),
      Enter: () => this.choose(),
      " ": () => this.choose(),
    };
    const handler = keys[e.key];
    if (!handler) return;
    e.preventDefault();
    if (this.active < 0 && e.key !== "Enter" && e.key !== " ") this.moveTo(0);
    else handler();
  }

  /** Marks the selected text (or the term picked in the list) with the next number; refreshing puts every number in order. */
  async mark(): Promise<void> {
    const term = this.chosen ?? (await this.word.selectedText());
    if (!term) {
      this.messages.show("warning", "マークする用語が選ばれていません。", { action: "文書で用語を選択するか、検索結果から用語を選んでから押してください。" });
      return;
    }
    const marked = await this.word.markedTerms();
    // The first answer names the term as the term base spells it (ＩＣＴ → ICT); its number is the term's place among the markers.
    const first = await this.client.marker(this.profile(), term, 1);
    const index = marked.indexOf(first.term);
    const number = index >= 0 ? index + 1 : marked.length + 1;
    const numbered = number === 1 ? first : await this.client.marker(this.profile(), first.term, number);
    await this.word.insertMarker(numbered);
    this.messages.show("success", `「${numbered.term}」に注記 ${numbered.text} を付けました。`, {
      action: "番号を文書の順にそろえるには「用語集を更新」を押してください。",
      details: numbered.footnote ? ["この書式では注記は脚注になります。脚注は「用語集を更新」で作られます。"] : [],
    });
  }

  /** Sends the document to the service and puts the renumbered markers and the regenerated section back in place. */
  async refresh(): Promise<void> {
    this.messages.show("info", "用語集を更新しています…");
    const docx = await this.word.documentFile();
    const refreshed = await this.client.refresh(this.profile(), docx);
    if (refreshed.footnotes) {
      // Footnote references and the footnotes part change together: only the whole refreshed document carries both.
      await this.word.replaceBody(await this.client.refreshDocument(this.profile(), docx));
      this.messages.show("success", `注記 ${refreshed.markers.length} か所と脚注を更新しました。`, { action: "本文を更新後の内容に置き換えました。元に戻すには Word の「元に戻す」を使ってください。" });
      return;
    }
    const renumbered = await this.word.applyRefresh(refreshed);
    const text = refreshed.section ? `用語集を更新しました（注記 ${refreshed.markers.length} か所）。` : `注記 ${refreshed.markers.length} か所の番号を更新しました。`;
    if (renumbered) this.messages.show("success", text);
    else this.messages.show("warning", text, { action: "文書の注記が送った後に変わったため、注記の番号は変えていません。もう一度「用語集を更新」を押してください。" });
  }

  /** Runs the check on the document as it is now and lists every finding; each one jumps to its place. */
  async check(): Promise<void> {
    this.messages.show("info", "用語をチェックしています…");
    const { findings } = await this.client.check(await this.word.documentFile());
    this.findings.replaceChildren(...findings.map((f) => this.findingItem(f)));
    if (findings.length === 0) this.messages.show("success", "用語の問題はありません。");
    else this.messages.show("warning", `${findings.length} 件の指摘があります。`, { action: "項目を押すと、文書のその場所を選択します。" });
  }

  private findingItem(finding: GlossaryFinding): HTMLElement {
    const button = el("button", { type: "button", class: `finding kind-${finding.kind}` },
      el("fluent-badge", { appearance: "tint", color: finding.kind === "variant" || finding.kind === "unmarked" ? "warning" : "informative", size: "small", class: "finding-kind" }, kindLabels[finding.kind] ?? "指摘"),
      el("span", { class: "finding-message" }, finding.message),
      el("span", { class: "finding-place" }, findingPlace(finding)));
    button.addEventListener("click", () => void this.actions.run(button, this.messages, () => this.jump(finding)));
    return el("li", {}, button);
  }

  async jump(finding: GlossaryFinding): Promise<void> {
    if (!(await this.word.jumpTo(finding.snippet, finding.term)))
      this.messages.show("warning", `「${finding.snippet ?? finding.term}」が文書に見つかりません（チェックの後に書き換えられたかもしれません）。`, { action: "もう一度「用語をチェック」を押してください。" });
  }
}
