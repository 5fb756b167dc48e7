import type { Measure, MeasureForm, PlanPeriod, ProfileSummary } from "./api";
import type { ProblemItem } from "./problem";
import type { ServiceConnection } from "./service";

/** The Word pane's measure calls to the OfficeDx service; every failure arrives as a ServiceProblem or ServiceUnreachable. */
export class ServiceClient {
  constructor(private readonly connection: ServiceConnection) {}

  profiles(): Promise<ProfileSummary[]> {
    return this.connection.json<ProfileSummary[]>("/api/profiles");
  }

  form(profile: string, period: PlanPeriod): Promise<MeasureForm> {
    return this.connection.json<MeasureForm>(`/api/profiles/${encodeURIComponent(profile)}/form`, { method: "GET", query: { from: period.from, to: period.to } });
  }

  /** The measure table as the flat-OPC package Word's insertOoxml takes. */
  async measureTable(profile: string, period: PlanPeriod, measure: Measure): Promise<string> {
    const response = await this.connection.send("/api/word/fragments/measure-table", { method: "POST", contentType: "application/json", body: JSON.stringify({ profile, period, measure }) });
    return response.text();
  }

  /** Reads the measure out of what Word's getOoxml returned for a table. */
  readMeasure(profile: string, ooxml: string): Promise<{ measure: Measure; problems: ProblemItem[] }> {
    return this.connection.postJson("/api/word/fragments/read", { profile, ooxml });
  }
}
