import type { ServiceConnection } from "../shared/service";
import type { WorkbookCheck, WorkbookSubmission } from "./workbookModel";

const XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Excel pane's calls to the OfficeDx service: the workbook goes as its bytes, and every refusal arrives as a ServiceProblem. */
export class ExcelServiceClient {
  constructor(private readonly connection: ServiceConnection) {}

  /** Checks the workbook exactly as collect would; nothing is stored. */
  check(workbook: Uint8Array<ArrayBuffer>, name: string): Promise<WorkbookCheck> {
    return this.connection.json<WorkbookCheck>("/api/excel/workbooks/check", { method: "POST", contentType: XlsxType, body: workbook, query: { name } });
  }

  /** Submits the workbook: the service keeps it as the department's latest and merges every department's latest into the plan. */
  submit(workbook: Uint8Array<ArrayBuffer>, name: string): Promise<WorkbookSubmission> {
    return this.connection.json<WorkbookSubmission>("/api/excel/workbooks/submit", { method: "POST", contentType: XlsxType, body: workbook, query: { name } });
  }
}
