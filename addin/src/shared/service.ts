import type { Measure, MeasureForm, PlanPeriod } from "./model";
import { problemFrom, type ProblemItem } from "./problem";

/** The header every call to the service carries: a page of another site cannot send it without a CORS preflight the service refuses. */
export const clientHeader = "X-OfficeDx-Client";

/** fetch with the add-in's client header added, for every client of the service. */
export const serviceFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set(clientHeader, "addin");
  return fetch(input, { ...init, headers });
};

/** The calls the task panes make to the OfficeDx service; every failure arrives as a ServiceProblem. */
export class ServiceClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetcher: typeof fetch = serviceFetch,
  ) {}

  form(profile: string, period: PlanPeriod): Promise<MeasureForm> {
    return this.json<MeasureForm>(`/api/profiles/${encodeURIComponent(profile)}/form?from=${period.from}&to=${period.to}`);
  }

  /** The measure table as the flat-OPC package Word's insertOoxml takes. */
  async measureTable(profile: string, period: PlanPeriod, measure: Measure): Promise<string> {
    const response = await this.fetcher(this.url("/api/word/fragments/measure-table"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ profile, period, measure }),
    });
    if (!response.ok) throw await problemFrom(response);
    return response.text();
  }

  /** Reads the measure out of what Word's getOoxml returned for a table. */
  readMeasure(profile: string, ooxml: string): Promise<{ measure: Measure; problems: ProblemItem[] }> {
    return this.json("/api/word/fragments/read", { profile, ooxml });
  }

  private async json<T>(path: string, body?: unknown): Promise<T> {
    const init: RequestInit = body === undefined
      ? { method: "GET" }
      : { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
    const response = await this.fetcher(this.url(path), init);
    if (!response.ok) throw await problemFrom(response);
    return (await response.json()) as T;
  }

  private url(path: string): string {
    return new URL(path, this.baseUrl).toString();
  }
}
