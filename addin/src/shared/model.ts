/** The plan JSON shapes the task panes exchange with the service (see templates/schema/plan.schema.json). */
export type Phase = "none" | "preparation" | "implementation" | "continuation";

export interface ScheduleEntry {
  fiscalYear: number;
  phase: Phase;
  caption?: string;
}

export interface IndicatorValue {
  fiscalYear: number;
  value: string;
}

export interface Indicator {
  name: string;
  baseline?: IndicatorValue;
  targets?: IndicatorValue[];
  actuals?: IndicatorValue[];
}

export interface RevisionNote {
  kind: string;
  text: string;
}

export interface Measure {
  id: string;
  number?: string;
  name: string;
  state?: "active" | "added" | "completed";
  issues?: string;
  overview: string;
  mainActions: string[];
  schedule: ScheduleEntry[];
  indicators: Indicator[];
  departments: string[];
  notes?: RevisionNote[];
}

export interface FormRow {
  field: "name" | "issues" | "overview" | "mainActions" | "schedule" | "indicators" | "departments";
  label: string;
  alwaysShown: boolean;
}

export interface FormYear {
  year: number;
  label: string;
}

export interface FormPhase {
  value: Phase;
  label: string;
}

/** What the service says the measure form of a profile holds. */
export interface MeasureForm {
  profile: string;
  displayName: string;
  rows: FormRow[];
  years: FormYear[];
  phases: FormPhase[];
  bulletPrefix: string;
}

export interface PlanPeriod {
  from: number;
  to: number;
}
