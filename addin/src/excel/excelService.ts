import { problemFrom } from "../shared/problem";
import type { WorkbookCheck, WorkbookSubmission } from "./workbookModel";

const XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Excel pane's calls to the OfficeDx service: the workbook goes as its bytes, and every refusal arrives as a ServiceProblem. */
export class ExcelServiceClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetcher: typeof fetch = (input, init) => fetch(input, init),
  ) {}

  /** Checks the workbook exactly as collect would; nothing is stored. */
  check(workbook: Uint8Array<ArrayBuffer>, name: string): Promise<WorkbookCheck> {
    return this.post<WorkbookCheck>("/api/excel/workbooks/check", workbook, name);
  }

  /** Submits the workbook: the service keeps it as the department's latest and merges every department's latest into the plan. */
  submit(workbook: Uint8Array<ArrayBuffer>, name: string): Promise<WorkbookSubmission> {
    return this.post<WorkbookSubmission>("/api/excel/workbooks/submit", workbook, name);
  }

  private async post<T>(path: string, workbook: Uint8Array<ArrayBuffer>, name: string): Promise<T> {
    const url = new URL(path, this.baseUrl);
    url.searchParams.set("name", name);
    const response = await this.fetcher(url.toString(), { method: "POST", headers: { "Content-Type": XlsxType }, body: workbook });
    if (!response.ok) throw await problemFrom(response);
    return (await response.json()) as T;
  }
}
