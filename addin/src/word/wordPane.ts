import type { FormRow, MeasureForm, Phase, PlanPeriod } from "../shared/model";
import { el, showStatus, type ValueElement } from "../shared/dom";
import { ServiceProblem } from "../shared/problem";
import type { ServiceClient } from "../shared/service";
import { draftToMeasure, emptyDraft, measureToDraft, type MeasureDraft, type MeasureOrigin } from "./draft";
import { describeArrows, previewCells } from "./schedulePreview";
import { insertAtCursor, replaceMeasure, selectedMeasure } from "./wordDocument";
import type { GlossaryClient } from "./glossaryClient";
import { GlossaryPanel } from "./glossaryPanel";
import { readPlanSettings } from "./planSettings";

const textFields: Record<Exclude<FormRow["field"], "schedule">, { multiline: boolean; hint: string }> = {
  name: { multiline: false, hint: "" },
  issues: { multiline: true, hint: "" },
  overview: { multiline: true, hint: "段落ごとに改行" },
  mainActions: { multiline: true, hint: "1行に1項目" },
  indicators: { multiline: true, hint: "1行に1指標（基準値・目標値は表で入力）" },
  departments: { multiline: false, hint: "「、」で区切る" },
};

const currentFiscalYear = (now = new Date()): number => (now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1);

/** The Word task pane: the measure form of the active profile, the schedule editor with its live preview, insert, load and replace. */
export class WordPane {
  private form!: MeasureForm;
  private formShown = false;
  private formRequests = 0;
  private period: PlanPeriod;
  private profile = "akita";
  private origin: MeasureOrigin | undefined;
  private readonly inputs = new Map<string, ValueElement>();
  private readonly phasePickers = new Map<number, HTMLSelectElement>();
  private readonly fields = el("div", { class: "fields" });
  private readonly schedule = el("div", { class: "schedule" });
  private readonly preview = el("div", { class: "preview", role: "img" });
  private readonly status = el("div", { class: "status", role: "status", "aria-live": "polite" });
  private readonly replaceButton = el("fluent-button", { id: "replace", disabled: "" }, "施策表を置き換える");

  constructor(private readonly root: HTMLElement, private readonly service: ServiceClient, now = new Date(), private readonly glossary?: GlossaryClient) {
    const from = currentFiscalYear(now);
    this.period = { from, to: from + 2 };
  }

  async start(): Promise<void> {
    await this.adoptDocumentSettings();
    const glossary = el("section", { class: "glossary", "aria-labelledby": "glossary-title" });
    this.root.replaceChildren(
      el("header", {}, el("h1", {}, "施策表の作成・編集"), el("p", { class: "lead" }, "項目を入力し、工程を年度ごとに選んで、カーソル位置に挿入します。")),
      this.periodPicker(),
      this.fields,
      el("section", { "aria-labelledby": "schedule-title" }, el("h2", { id: "schedule-title" }, "取組スケジュール"), this.schedule, this.preview),
      el("div", { class: "actions" },
        this.button("insert", "カーソル位置に挿入", "primary", () => this.insert()),
        this.button("load", "選択中の施策表を読み込む", "", () => this.load()),
        this.replaceButton,
        this.button("clear", "新しい施策", "subtle", () => this.reset())),
      this.status,
      ...(this.glossary ? [glossary] : []),
    );
    this.replaceButton.addEventListener("click", () => void this.replace());
    if (this.glossary) new GlossaryPanel(glossary, this.glossary, () => this.profile).render();
    await this.loadForm();
  }

  /** Starts with the profile and plan period the open document carries, when it is a plan OfficeDx wrote. */
  private async adoptDocumentSettings(): Promise<void> {
    try {
      const settings = await readPlanSettings();
      if (settings.profile) this.profile = settings.profile;
      if (settings.period) this.period = settings.period;
    } catch {
      // A host without document properties or content controls: the defaults stand, as for any other document.
    }
  }

  private periodPicker(): HTMLElement {
    const years = Array.from({ length: 21 }, (_, i) => 2015 + i);
    const select = (id: string, value: number) => {
      const picker = el("select", { id, class: "year" }, ...years.map((y) => el("option", { value: String(y) }, `${y}年度`)));
      picker.value = String(value);
      picker.addEventListener("change", () => void this.changePeriod());
      return picker;
    };
    return el("fieldset", { class: "period" }, el("legend", {}, "計画期間（工程表の年度）"),
      el("label", { for: "period-from" }, "開始"), select("period-from", this.period.from),
      el("label", { for: "period-to" }, "終了"), select("period-to", this.period.to));
  }

  private button(id: string, text: string, appearance: string, action: () => Promise<void>): HTMLElement {
    const button = el("fluent-button", appearance ? { id, appearance } : { id }, text);
    button.addEventListener("click", () => void action());
    return button;
  }

  private async changePeriod(): Promise<void> {
    this.period = {
      from: Number((this.root.querySelector("#period-from") as HTMLSelectElement).value),
      to: Number((this.root.querySelector("#period-to") as HTMLSelectElement).value),
    };
    await this.loadForm("keep");
  }

  /**
   * Fetches the form for the current profile and period and renders it. With "keep", what the drafter has in the form when
   * the answer arrives is carried over (they may type while it loads); an answer overtaken by a later request is dropped.
   */
  private async loadForm(draft?: MeasureDraft | "keep"): Promise<void> {
    const request = ++this.formRequests;
    let form: MeasureForm;
    try {
      form = await this.service.form(this.profile, this.period);
    } catch (e) {
      if (request === this.formRequests) this.fail(e);
      return;
    }
    if (request !== this.formRequests) return;
    const carried = draft === "keep" ? (this.formShown ? this.readDraft() : undefined) : draft;
    this.form = form;
    this.renderFields();
    this.renderSchedule();
    this.fill(carried ?? emptyDraft(this.form.years));
    this.formShown = true;
  }

  private renderFields(): void {
    this.inputs.clear();
    const number = this.textInput("number", "番号", false, "例：1、①、施策3");
    const rows = this.form.rows.filter((r) => r.field !== "schedule")
      .map((r) => this.textInput(r.field, r.label, textFields[r.field as keyof typeof textFields].multiline, textFields[r.field as keyof typeof textFields].hint));
    this.fields.replaceChildren(number, ...rows);
  }

  private textInput(field: string, label: string, multiline: boolean, hint: string): HTMLElement {
    const input = el(multiline ? "fluent-textarea" : "fluent-text-input", { id: `field-${field}`, slot: "input", name: field, ...(multiline ? { resize: "vertical" } : {}) }) as unknown as ValueElement;
    this.inputs.set(field, input);
    return el("fluent-field", { "label-position": "above" },
      el("label", { slot: "label", for: `field-${field}` }, label),
      input as unknown as HTMLElement,
      ...(hint ? [el("fluent-text", { slot: "message", size: "200" }, hint)] : []));
  }

  private renderSchedule(): void {
    this.phasePickers.clear();
    const rows = this.form.years.map((y) => {
      const picker = el("select", { id: `phase-${y.year}`, class: "phase", "aria-label": `${y.label}の工程` },
        ...this.form.phases.map((p) => el("option", { value: p.value }, p.label)));
      picker.addEventListener("change", () => this.renderPreview());
      this.phasePickers.set(y.year, picker);
      return el("div", { class: "phase-row" }, el("label", { for: `phase-${y.year}` }, y.label), picker);
    });
    this.schedule.replaceChildren(...rows);
  }

  /** Draws the schedule row the way the document will: one cell per year, dashed/solid arrows joined across years, ○ for 実施. */
  private renderPreview(): void {
    const draft = this.readDraft();
    const cells = previewCells(this.form.years, draft.phases);
    const labels = Object.fromEntries(this.form.phases.map((p) => [p.value, p.label]));
    const arrows = describeArrows(cells, labels);
    this.preview.setAttribute("aria-label", arrows.length ? `工程のプレビュー：${arrows.join("、")}` : "工程のプレビュー：矢印なし");
    const grid = el("div", { class: "preview-grid", style: `grid-template-columns: repeat(${cells.length}, 1fr)` },
      ...cells.map((c) => el("div", { class: "preview-head" }, c.label)),
      ...cells.map((c) => el("div", { class: `preview-cell mark-${c.mark}${c.head ? " head" : ""}${c.joined ? " joined" : ""}`, "data-year": String(c.year) },
        el("span", { class: "mark" }, c.mark === "circle" ? "○" : ""),
        el("span", { class: "phase-name" }, c.phase === "none" ? "" : labels[c.phase] ?? ""))));
    this.preview.replaceChildren(grid);
  }

  private fill(draft: MeasureDraft): void {
    for (const [field, input] of this.inputs) input.value = String((draft as unknown as Record<string, string>)[field] ?? "");
    for (const [year, picker] of this.phasePickers) picker.value = draft.phases[year] ?? "none";
    this.renderPreview();
  }

  private readDraft(): MeasureDraft {
    const value = (field: string) => this.inputs.get(field)?.value ?? "";
    const phases: Record<number, Phase> = {};
    for (const [year, picker] of this.phasePickers) phases[year] = picker.value as Phase;
    return {
      number: value("number"), name: value("name"), issues: value("issues"), overview: value("overview"),
      mainActions: value("mainActions"), indicators: value("indicators"), departments: value("departments"), phases,
    };
  }

  private async fragment(): Promise<string> {
    const measure = draftToMeasure(this.readDraft(), this.form.years, this.origin);
    return this.service.measureTable(this.profile, this.period, measure);
  }

  private async insert(): Promise<void> {
    try {
      await insertAtCursor(await this.fragment());
      showStatus(this.status, "success", "施策表をカーソル位置に挿入しました。");
    } catch (e) {
      this.fail(e);
    }
  }

  private async load(): Promise<void> {
    try {
      const selected = await selectedMeasure();
      if (!selected) {
        showStatus(this.status, "error", "カーソルが施策表の中にありません。読み込みたい施策表の中をクリックしてから押してください。");
        return;
      }
      const { measure, problems } = await this.service.readMeasure(this.profile, selected.ooxml);
      const years = measure.schedule.map((e) => e.fiscalYear);
      if (years.length > 0 && (Math.min(...years) < this.period.from || Math.max(...years) > this.period.to)) {
        this.period = { from: Math.min(this.period.from, ...years), to: Math.max(this.period.to, ...years) };
        (this.root.querySelector("#period-from") as HTMLSelectElement).value = String(this.period.from);
        (this.root.querySelector("#period-to") as HTMLSelectElement).value = String(this.period.to);
      }
      this.origin = { measure, tag: selected.tag };
      await this.loadForm(measureToDraft(measure, (await this.service.form(this.profile, this.period)).years));
      this.replaceButton.removeAttribute("disabled");
      showStatus(this.status, problems.length ? "info" : "success", `施策表「${measure.name}」を読み込みました。編集して「施策表を置き換える」を押してください。`,
        problems.map((p) => `${p.place}: ${p.message}`));
    } catch (e) {
      this.fail(e);
    }
  }

  private async replace(): Promise<void> {
    if (!this.origin) return;
    try {
      const replaced = await replaceMeasure(this.origin.tag, await this.fragment());
      if (!replaced) {
        showStatus(this.status, "error", "読み込んだ施策表が文書に見つかりません（削除されたか、タグが変わりました）。「カーソル位置に挿入」で挿入し直してください。");
        return;
      }
      showStatus(this.status, "success", "施策表を置き換えました。");
    } catch (e) {
      this.fail(e);
    }
  }

  private async reset(): Promise<void> {
    this.origin = undefined;
    this.replaceButton.setAttribute("disabled", "");
    this.fill(emptyDraft(this.form.years));
    showStatus(this.status, "info", "新しい施策を入力できます。");
  }

  private fail(error: unknown): void {
    if (error instanceof ServiceProblem) {
      showStatus(this.status, "error", error.describe(), error.errors.map((p) => `${p.place}: ${p.message}`));
    } else {
      showStatus(this.status, "error", `Word またはサービスとのやり取りに失敗しました：${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
