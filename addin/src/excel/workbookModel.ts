/** What the service answers about a department workbook (see ExcelAnswers.cs): findings and changes at their sheet and A1 cell. */
export type EntryStatus = "accepted" | "rejected" | "conflict" | "notice";

export interface WorkbookEntry {
  status: EntryStatus;
  statusLabel: string;
  file: string;
  place: string;
  sheet: string | null;
  cell: string | null;
  department: string;
  measureId: string | null;
  field: string;
  original: string | null;
  value: string | null;
  message: string;
}

export interface WorkbookCheck {
  planId: string;
  edition: string;
  department: string;
  file: string;
  clean: boolean;
  summary: Record<EntryStatus, number>;
  findings: WorkbookEntry[];
  changes: WorkbookEntry[];
}

export interface WorkbookSubmission {
  check: WorkbookCheck;
  storedAs: string;
  workbooks: number;
  report: WorkbookEntry[];
}
