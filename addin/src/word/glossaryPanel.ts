import { el, showStatus, type ValueElement } from "../shared/dom";
import { ServiceProblem } from "../shared/problem";
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

/** The glossary panel of the Word pane: search the term base, mark the selection, refresh the glossary section, check and jump to findings. */
export class GlossaryPanel {
  private readonly search = el("fluent-text-input", { id: "glossary-search", slot: "input", placeholder: "用語・よみがな・正式名称" }) as unknown as ValueElement;
  private readonly terms = el("ul", { id: "glossary-terms", class: "term-list", "aria-label": "用語の検索結果" });
  private readonly findings = el("ul", { id: "glossary-findings", class: "finding-list", "aria-label": "チェックの結果" });
  // Not .status: that is the measure form's own message area.
  private readonly status = el("div", { class: "glossary-status", role: "status", "aria-live": "polite" });
  private chosen: string | undefined;
  private searches = 0;

  constructor(
    private readonly root: HTMLElement,
    private readonly client: GlossaryClient,
    private readonly profile: () => string,
    private readonly word: GlossaryDocument = wordGlossary,
  ) {}

  render(): void {
    this.search.addEventListener("input", () => void this.find(this.search.value));
    this.root.replaceChildren(
      el("h2", { id: "glossary-title" }, "用語集"),
      el("fluent-field", { "label-position": "above" }, el("label", { slot: "label", for: "glossary-search" }, "用語を検索"), this.search as unknown as HTMLElement),
      this.terms,
      el("div", { class: "actions" },
        this.button("glossary-mark", "選択範囲をマーク", "primary", () => this.mark()),
        this.button("glossary-refresh", "用語集を更新", "", () => this.refresh()),
        this.button("glossary-check", "チェック", "", () => this.check())),
      this.findings,
      this.status,
    );
  }

  /** Lists the entries matching the query; an answer to an older query that arrives late is dropped. */
  async find(query: string): Promise<void> {
    const asked = ++this.searches;
    try {
      const answer = await this.client.search(query);
      if (asked !== this.searches) return;
      this.chosen = undefined;
      this.terms.replaceChildren(...answer.terms.map((t) => this.termItem(t)));
      if (answer.total > answer.terms.length) this.terms.append(el("li", { class: "more" }, `ほか ${answer.total - answer.terms.length} 件`));
    } catch (e) {
      this.fail(e);
    }
  }

  private termItem(hit: TermHit): HTMLElement {
    const item = el("li", { class: "term", tabindex: "0", role: "option", "aria-selected": "false", "data-term": hit.term },
      el("span", { class: "term-name" }, hit.term),
      ...(hit.reading && hit.reading !== hit.term ? [el("span", { class: "term-reading" }, `（${hit.reading}）`)] : []),
      el("p", { class: "term-definition" }, hit.definition));
    const choose = () => {
      this.chosen = hit.term;
      for (const other of this.terms.querySelectorAll("li.term")) other.setAttribute("aria-selected", String(other === item));
    };
    item.addEventListener("click", choose);
    item.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") choose(); });
    return item;
  }

  /** Marks the selected text (or the term picked in the list) with the next number; refreshing puts every number in order. */
  async mark(): Promise<void> {
    try {
      const term = this.chosen ?? (await this.word.selectedText());
      if (!term) {
        showStatus(this.status, "error", "マークする用語を文書で選択するか、検索結果から選んでください。");
        return;
      }
      const marked = await this.word.markedTerms();
      // The first answer names the term as the term base spells it (ＩＣＴ → ICT); its number is the term's place among the markers.
      const first = await this.client.marker(this.profile(), term, 1);
      const index = marked.indexOf(first.term);
      const number = index >= 0 ? index + 1 : marked.length + 1;
      const numbered = number === 1 ? first : await this.client.marker(this.profile(), first.term, number);
      await this.word.insertMarker(numbered);
      showStatus(this.status, "success", `「${numbered.term}」に注記 ${numbered.text} を付けました。番号を文書の順にそろえるには「用語集を更新」を押してください。`,
        numbered.footnote ? ["この書式では注記は脚注になります。脚注は「用語集を更新」で作られます。"] : []);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Sends the document to the service and puts the renumbered markers and the regenerated section back in place. */
  async refresh(): Promise<void> {
    try {
      showStatus(this.status, "info", "用語集を更新しています…");
      const docx = await this.word.documentFile();
      const refreshed = await this.client.refresh(this.profile(), docx);
      if (refreshed.footnotes) {
        // Footnote references and the footnotes part change together: only the whole refreshed document carries both.
        await this.word.replaceBody(await this.client.refreshDocument(this.profile(), docx));
        showStatus(this.status, "success", `注記 ${refreshed.markers.length} か所と脚注を更新しました（本文を更新後の内容に置き換えました。元に戻すには Word の「元に戻す」を使ってください）。`);
        return;
      }
      const renumbered = await this.word.applyRefresh(refreshed);
      const notes = renumbered ? [] : ["文書の注記がサービスに送った時から変わったため、注記の番号は変えていません。もう一度「用語集を更新」を押してください。"];
      showStatus(this.status, notes.length ? "info" : "success",
        refreshed.section ? `用語集を更新しました（注記 ${refreshed.markers.length} か所）。` : `注記 ${refreshed.markers.length} か所の番号を更新しました。`, notes);
    } catch (e) {
      this.fail(e);
    }
  }

  /** Runs the check on the document as it is now and lists every finding; each one jumps to its place. */
  async check(): Promise<void> {
    try {
      showStatus(this.status, "info", "用語をチェックしています…");
      const { findings } = await this.client.check(await this.word.documentFile());
      this.findings.replaceChildren(...findings.map((f) => this.findingItem(f)));
      if (findings.length === 0) showStatus(this.status, "success", "用語の問題はありません。");
      else showStatus(this.status, "info", `${findings.length} 件の指摘があります。項目を押すと、その場所を選択します。`);
    } catch (e) {
      this.fail(e);
    }
  }

  private findingItem(finding: GlossaryFinding): HTMLElement {
    const where = [finding.heading, finding.measureId ? `施策 ${finding.measureId}` : undefined].filter(Boolean).join(" › ") || finding.place;
    const button = el("button", { type: "button", class: `finding kind-${finding.kind}` },
      el("span", { class: "finding-kind" }, kindLabels[finding.kind] ?? finding.kind),
      el("span", { class: "finding-message" }, finding.message),
      el("span", { class: "finding-place" }, where));
    button.addEventListener("click", () => void this.jump(finding));
    return el("li", {}, button);
  }

  async jump(finding: GlossaryFinding): Promise<void> {
    try {
      if (!(await this.word.jumpTo(finding.snippet, finding.term)))
        showStatus(this.status, "error", `「${finding.snippet ?? finding.term}」が文書に見つかりません（チェックの後に書き換えられたかもしれません）。もう一度「チェック」を押してください。`);
    } catch (e) {
      this.fail(e);
    }
  }

  private button(id: string, text: string, appearance: string, action: () => Promise<void>): HTMLElement {
    const button = el("fluent-button", appearance ? { id, appearance } : { id }, text);
    button.addEventListener("click", () => void action());
    return button;
  }

  private fail(error: unknown): void {
    if (error instanceof ServiceProblem) showStatus(this.status, "error", error.describe(), error.errors.map((p) => `${p.place}: ${p.message}`));
    else showStatus(this.status, "error", `Word またはサービスとのやり取りに失敗しました：${error instanceof Error ? error.message : String(error)}`);
  }
}
