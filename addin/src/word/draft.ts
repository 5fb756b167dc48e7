import type { FormYear, Indicator, Measure, Phase, ScheduleEntry } from "../shared/api";

/** What the measure form holds: text as typed, one phase per fiscal year. */
export interface MeasureDraft {
  number: string;
  name: string;
  issues: string;
  overview: string;
  mainActions: string;
  indicators: string;
  departments: string;
  phases: Record<number, Phase>;
}

/** What a loaded measure carries that the form does not edit (id, indicator values, captions, notes), kept so that nothing is lost on replace. */
export interface MeasureOrigin {
  measure: Measure;
  tag: string;
}

export const emptyDraft = (years: FormYear[]): MeasureDraft => ({
  number: "",
  name: "",
  issues: "",
  overview: "",
  mainActions: "",
  indicators: "",
  departments: "",
  phases: Object.fromEntries(years.map((y) => [y.year, "none" as Phase])),
});

const lines = (text: string): string[] =>
  text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);

/** Departments are written joined by 、 in the cell; a drafter may type 、 , ， or new lines between them. */
const departments = (text: string): string[] =>
  text.split(/[、，,\n]/).map((d) => d.trim()).filter((d) => d.length > 0);

export function newMeasureId(random: () => number = Math.random): string {
  return "m-" + Math.floor(random() * 36 ** 8).toString(36).padStart(8, "0");
}

/** The measure the service renders: the draft's text, and everything the form does not show taken from the loaded measure. */
export function draftToMeasure(draft: MeasureDraft, years: FormYear[], origin?: MeasureOrigin, newId: () => string = newMeasureId): Measure {
  const previous = origin?.measure;
  const keptIndicators = new Map<string, Indicator>((previous?.indicators ?? []).map((i) => [i.name, i]));
  const captions = new Map<number, string>((previous?.schedule ?? []).filter((e) => e.caption).map((e) => [e.fiscalYear, e.caption!]));
  const schedule: ScheduleEntry[] = years
    .map((y) => ({ fiscalYear: y.year, phase: draft.phases[y.year] ?? "none", caption: captions.get(y.year) }))
    .filter((e) => e.phase !== "none" || e.caption !== undefined)
    .map((e) => (e.caption === undefined ? { fiscalYear: e.fiscalYear, phase: e.phase } : e));
  const measure: Measure = {
    id: previous?.id ?? newId(),
    name: draft.name.trim(),
    state: previous?.state ?? "active",
    overview: draft.overview.replace(/\r\n/g, "\n").trimEnd(),
    mainActions: lines(draft.mainActions),
    schedule,
    indicators: lines(draft.indicators).map((name) => keptIndicators.get(name) ?? { name }),
    departments: departments(draft.departments),
    notes: previous?.notes ?? [],
  };
  if (draft.number.trim()) measure.number = draft.number.trim();
  if (draft.issues.trim()) measure.issues = draft.issues.replace(/\r\n/g, "\n").trimEnd();
  return measure;
}

/** The form's view of a measure read back from Word. */
export function measureToDraft(measure: Measure, years: FormYear[]): MeasureDraft {
  const draft = emptyDraft(years);
  for (const entry of measure.schedule) draft.phases[entry.fiscalYear] = entry.phase;
  return {
    ...draft,
    number: measure.number ?? "",
    name: measure.name,
    issues: measure.issues ?? "",
    overview: measure.overview,
    mainActions: measure.mainActions.join("\n"),
    indicators: measure.indicators.map((i) => i.name).join("\n"),
    departments: measure.departments.join("、"),
  };
}
