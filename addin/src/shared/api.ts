import type { components } from "./model";

/**
 * The shapes the panes exchange with the service. Answers the service describes faithfully in its OpenAPI document come from
 * the generated model.ts; the plan's measure is written by hand after templates/schema/plan.schema.json, because the OpenAPI
 * document shows FiscalYear and Phase as the .NET types (objects, integers) rather than the JSON the converters write.
 */
type Schemas = components["schemas"];

export type ProfileSummary = Schemas["ProfileSummary"];
export type FormRow = Omit<Schemas["FormRow"], "field"> & { field: "name" | "issues" | "overview" | "mainActions" | "schedule" | "indicators" | "departments" };
/** The OpenAPI document allows a string for any .NET int (number handling); the service writes numbers. */
export type FormYear = Omit<Schemas["FormYear"], "year"> & { year: number };
export type FormPhase = Omit<Schemas["FormPhase"], "value"> & { value: Phase };
/** What the service says the measure form of a profile holds. */
export type MeasureForm = Omit<Schemas["MeasureForm"], "rows" | "phases" | "years"> & { rows: FormRow[]; phases: FormPhase[]; years: FormYear[] };

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

export interface PlanPeriod {
  from: number;
  to: number;
}
