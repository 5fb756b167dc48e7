import type { components } from "../shared/model";

/** What the service answers about a department workbook (generated from its OpenAPI document), with the status narrowed. */
export type EntryStatus = "accepted" | "rejected" | "conflict" | "notice";

export type WorkbookEntry = Omit<components["schemas"]["WorkbookEntry"], "status"> & { status: EntryStatus };

export type WorkbookCheck = Omit<components["schemas"]["WorkbookCheckAnswer"], "findings" | "changes"> & { findings: WorkbookEntry[]; changes: WorkbookEntry[] };

export type WorkbookSubmission = Omit<components["schemas"]["WorkbookSubmitAnswer"], "check" | "report"> & { check: WorkbookCheck; report: WorkbookEntry[] };
