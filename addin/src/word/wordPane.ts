import type { FormRow, MeasureForm, Phase, PlanPeriod, ProfileSummary } from "../shared/api";
import { Actions } from "../shared/actions";
import type { ServiceClient } from "../shared/client";
import { dropdown, el, setChoice, type ValueElement } from "../shared/dom";
import { fiscalYearLabel, fiscalYearOf } from "../shared/era";
import { MessageArea } from "../shared/messages";
import { draftToMeasure, emptyDraft, measureToDraft, type MeasureDraft, type MeasureOrigin } from "./draft";
import type { GlossaryClient } from "./glossaryClient";
import { GlossaryPanel } from "./glossaryPanel";
import { readPlanSettings } from "./planSettings";
import { describeArrows, previewCells } from "./schedulePreview";
import { insertAtCursor, replaceMeasure, selectedMeasure } from "./wordDocument";

const textFields: Record<Exclude<FormRow["field"], "schedule">, { multiline: boolean; hint: string }> = {
  name: { multiline: false, hint: "" },
  issues: { multiline: true, hint: "" },
  overview: { multiline: true, hint: "段落ごとに改行" },
  mainActions: { multiline: true, hint: "1行に1項目" },
  indicators: { multiline: true, hint: "1行に1指標（基準値・目標値は表で入力）" },
  departments: { multiline: false, hint: "「、」で区切る" },
};

/** The fiscal years the period pickers offer. */
const pickerYears = Array.from({ length: 21 }, (_, i) => 2015 + i);

/**
 * The Word task pane: the profile and plan period on top, tabs for the measure table (form, schedule editor with its live
 * preview) and the glossary, each with a sticky action bar and its message bar.
 */
export class WordPane {
  private form: MeasureForm | undefined;
  private formRequests = 0;
  private period: PlanPeriod;
  private profile = "akita";
  private profiles: ProfileSummary[] = [];
  private origin: MeasureOrigin | undefined;
  private readonly actions: Actions;
  private readonly messages = new MessageArea();
  private readonly inputs = new Map<string, ValueElement>();
  private readonly phasePickers = new Map<number, ValueElement>();
  private readonly settings = el("div", { class: "settings" });
  private readonly fields = el("div", { class: "fields" });
  private readonly schedule = el("div", { class: "schedule" });
  private readonly preview = el("div", { class: "preview", role: "img", "aria-label": "工程のプレビュー：フォームを読み込むと表示します" });
  private replaceButton!: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly service: ServiceClient, now = new Date(), private readonly glossary?: GlossaryClient) {
    const from = fiscalYearOf(now);
    this.period = { from, to: from + 2 };
    this.actions = new Actions(root, "Word");
  }

  async start(): Promise<void> {
    await this.adoptDocumentSettings();
    const measurePanel = el("section", { id: "panel-measure", class: "panel", "aria-labelledby": "tab-measure" });
    const glossaryPanel = el("section", { id: "panel-glossary", class: "panel", "aria-labelledby": "tab-glossary" });
    const insert = this.actions.button("insert", "カーソル位置に挿入", "primary", this.messages, () => this.insert());
    const load = this.actions.button("load", "選択中の表を読み込む", "secondary", this.messages, () => this.load());
    this.replaceButton = this.actions.button("replace", "表を置き換える", "secondary", this.messages, () => this.replace());
    this.actions.setEnabled(this.replaceButton, false);
    const clear = this.actions.button("clear", "新しい施策", "subtle", this.messages, () => this.reset());
    measurePanel.append(
      this.fields,
      el("section", { class: "schedule-section", "aria-labelledby": "schedule-title" }, el("h2", { id: "schedule-title" }, "取組スケジュール"), this.schedule, this.preview),
      el("div", { class: "action-bar" }, this.messages.element, el("div", { class: "buttons" }, insert, load, this.replaceButton, clear)),
    );
    this.root.replaceChildren(
      el("header", { class: "pane-header" }, el("h1", {}, "施策表の作成・編集"), this.settings),
      el("fluent-tablist", { id: "tabs", "aria-label": "作業の切り替え" },
        el("fluent-tab", { id: "tab-measure", "aria-controls": "panel-measure" }, "施策表"),
        ...(this.glossary ? [el("fluent-tab", { id: "tab-glossary", "aria-controls": "panel-glossary" }, "用語集")] : [])),
      measurePanel,
      ...(this.glossary ? [glossaryPanel] : []),
    );
    if (this.glossary) new GlossaryPanel(glossaryPanel, this.glossary, () => this.profile, this.actions).render();
    await this.actions.run(insert, this.messages, async () => {
      this.fields.replaceChildren(el("fluent-spinner", { size: "small", "aria-label": "フォームを読み込んでいます" }));
      try {
        await this.loadChoices();
      } catch (error) {
        // The message bar above says what went wrong and offers 再試行; a spinner left here would say it is still loading.
        this.fields.replaceChildren(el("p", { class: "hint" }, "入力欄はまだ表示できません。上のメッセージの操作をしてください。"));
        throw error;
      }
    });
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

  /** The profile picker (filled from the service) and the period pickers, then the form. */
  private async loadChoices(): Promise<void> {
    this.profiles = await this.service.profiles();
    if (!this.profiles.some((p) => p.name === this.profile) && this.profiles[0]) this.profile = this.profiles[0].name;
    const profile = dropdown("profile", "書式（プロファイル）", this.profiles.map((p) => ({ value: p.name, text: p.displayName })), this.profile,
      (value) => { this.profile = value; void this.reloadForm(); });
    const years = pickerYears.map((y) => ({ value: String(y), text: fiscalYearLabel(y) }));
    const from = dropdown("period-from", "計画期間の開始", years, String(this.period.from), (v) => void this.changePeriod({ from: Number(v), to: this.period.to }));
    const to = dropdown("period-to", "終了", years, String(this.period.to), (v) => void this.changePeriod({ from: this.period.from, to: Number(v) }));
    this.settings.replaceChildren(profile.field, el("div", { class: "period" }, from.field, to.field));
    this.messages.clear();
    await this.loadForm();
  }

  private periodInput(which: "from" | "to"): ValueElement {
    return this.root.querySelector(`#period-${which}`) as unknown as ValueElement;
  }

  private async changePeriod(period: PlanPeriod): Promise<void> {
    this.period = period;
    if (period.from > period.to) {
      this.messages.show("warning", "計画期間の終了が開始より前になっています。", { action: "終了の年度を開始と同じか後にしてください。" });
      return;
    }
    await this.reloadForm();
  }

  /** A new form for a changed profile or period, keeping what the drafter typed; failures offer 再試行. */
  private async reloadForm(): Promise<void> {
    try {
      await this.loadForm("keep");
      this.messages.clear();
    } catch (error) {
      this.messages.fail(error, "Word", () => void this.reloadForm());
    }
  }

  /**
   * Fetches the form for the current profile and period and renders it. With "keep", what the drafter has in the form when
   * the answer arrives is carried over (they may type while it loads); an answer overtaken by a later request is dropped.
   */
  private async loadForm(draft?: MeasureDraft | "keep"): Promise<void> {
    const request = ++this.formRequests;
    const form = await this.service.form(this.profile, this.period);
    if (request !== this.formRequests) return;
    const carried = draft === "keep" ? (this.form ? this.readDraft() : undefined) : draft;
    this.form = form;
    this.renderFields();
    this.renderSchedule();
    this.fill(carried ?? emptyDraft(form.years));
    this.root.dataset.form = `${this.profile}:${this.period.from}-${this.period.to}`;
  }

  private renderFields(): void {
    this.inputs.clear();
    const number = this.textInput("number", "番号", false, "例：1、①、施策3");
    const rows = this.form!.rows.filter((r) => r.field !== "schedule")
      .map((r) => this.textInput(r.field, r.label, textFields[r.field as keyof typeof textFields].multiline, textFields[r.field as keyof typeof textFields].hint));
    this.fields.replaceChildren(number, ...rows);
  }

  /**
   * A Fluent text input or textarea labelled through its own label slot: the label must sit inside the component's shadow
   * root, next to the native control, for assistive technology (and axe) to tie the two together.
   */
  private textInput(field: string, label: string, multiline: boolean, hint: string): HTMLElement {
    const id = `field-${field}`;
    const input = (multiline
      ? el("fluent-textarea", { id, name: field, resize: "vertical", block: "" }, el("span", { slot: "label" }, label))
      : el("fluent-text-input", { id, name: field }, label)) as unknown as ValueElement;
    this.inputs.set(field, input);
    return el("div", { class: "text-field" }, input as unknown as HTMLElement, ...(hint ? [el("fluent-text", { size: "200", class: "hint" }, hint)] : []));
  }

  private renderSchedule(): void {
    this.phasePickers.clear();
    const rows = this.form!.years.map((y) => {
      const picker = dropdown(`phase-${y.year}`, fiscalYearLabel(y.year), this.form!.phases.map((p) => ({ value: p.value, text: p.label })), "none",
        () => this.renderPreview(), { class: "phase" });
      this.phasePickers.set(y.year, picker.input);
      picker.field.classList.add("phase-row");
      picker.field.setAttribute("label-position", "before");
      return picker.field;
    });
    this.schedule.replaceChildren(...rows);
  }

  /** Draws the schedule row the way the document will: one cell per year, dashed/solid arrows joined across years, ○ for 実施. */
  private renderPreview(): void {
    const form = this.form!;
    const draft = this.readDraft();
    const years = form.years.map((y) => ({ year: y.year, label: fiscalYearLabel(y.year) }));
    const cells = previewCells(years, draft.phases);
    const labels = Object.fromEntries(form.phases.map((p) => [p.value, p.label]));
    const arrows = describeArrows(cells, labels);
    this.preview.setAttribute("aria-label", arrows.length ? `工程のプレビュー：${arrows.join("、")}` : "工程のプレビュー：矢印なし");
    const grid = el("div", { class: "preview-grid", style: `grid-template-columns: repeat(${cells.length}, 1fr)` },
      ...cells.map((c) => el("div", { class: "preview-head" }, c.label.replace("年度", ""))),
      ...cells.map((c) => el("div", { class: `preview-cell mark-${c.mark}${c.head ? " head" : ""}${c.joined ? " joined" : ""}`, "data-year": String(c.year) },
        el("span", { class: "mark" }, c.mark === "circle" ? "○" : ""),
        el("span", { class: "phase-name" }, c.phase === "none" ? "" : labels[c.phase] ?? ""))));
    this.preview.replaceChildren(grid);
  }

  private fill(draft: MeasureDraft): void {
    for (const [field, input] of this.inputs) input.value = String((draft as unknown as Record<string, string>)[field] ?? "");
    for (const [year, picker] of this.phasePickers) setChoice(picker, draft.phases[year] ?? "none");
    queueMicrotask(() => this.renderPreview());
    this.renderPreview();
  }

  private readDraft(): MeasureDraft {
    const value = (field: string) => this.inputs.get(field)?.value ?? "";
    const phases: Record<number, Phase> = {};
    for (const [year, picker] of this.phasePickers) phases[year] = (picker.value || "none") as Phase;
    return {
      number: value("number"), name: value("name"), issues: value("issues"), overview: value("overview"),
      mainActions: value("mainActions"), indicators: value("indicators"), departments: value("departments"), phases,
    };
  }

  private async fragment(): Promise<string> {
    const measure = draftToMeasure(this.readDraft(), this.form!.years, this.origin);
    return this.service.measureTable(this.profile, this.period, measure);
  }

  private async insert(): Promise<void> {
    if (!this.form) return this.loadChoices();
    this.messages.show("info", "施策表を作っています…");
    await insertAtCursor(await this.fragment());
    this.messages.show("success", "施策表をカーソル位置に挿入しました。");
  }

  private async load(): Promise<void> {
    const selected = await selectedMeasure();
    if (!selected) {
      this.messages.show("warning", "カーソルが施策表の中にありません。", { action: "読み込みたい施策表の中をクリックしてから、もう一度押してください。" });
      return;
    }
    const { measure, problems } = await this.service.readMeasure(this.profile, selected.ooxml);
    const years = measure.schedule.map((e) => e.fiscalYear);
    if (years.length > 0 && (Math.min(...years) < this.period.from || Math.max(...years) > this.period.to)) {
      this.period = { from: Math.min(this.period.from, ...years), to: Math.max(this.period.to, ...years) };
      setChoice(this.periodInput("from"), String(this.period.from));
      setChoice(this.periodInput("to"), String(this.period.to));
    }
    this.origin = { measure, tag: selected.tag };
    const form = await this.service.form(this.profile, this.period);
    await this.loadForm(measureToDraft(measure, form.years));
    this.actions.setEnabled(this.replaceButton, true);
    this.messages.show(problems.length ? "warning" : "success", `施策表「${measure.name}」を読み込みました。`, {
      action: "編集してから「表を置き換える」を押してください。",
      details: problems.map((p) => `${p.place}：${p.message}`),
    });
  }

  private async replace(): Promise<void> {
    if (!this.origin) return;
    const replaced = await replaceMeasure(this.origin.tag, await this.fragment());
    if (!replaced) {
      this.messages.show("warning", "読み込んだ施策表が文書に見つかりません（削除されたか、書き換えられました）。", { action: "「カーソル位置に挿入」で挿入し直してください。" });
      return;
    }
    this.messages.show("success", "施策表を置き換えました。");
  }

  private async reset(): Promise<void> {
    this.origin = undefined;
    this.actions.setEnabled(this.replaceButton, false);
    if (this.form) this.fill(emptyDraft(this.form.years));
    this.messages.show("info", "新しい施策を入力できます。");
  }
}
