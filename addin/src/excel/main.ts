import { boot } from "../shared/boot";
import { ExcelPane } from "./excelPane";
import { ExcelServiceClient } from "./excelService";
import { readWorkbook } from "./workbookFile";

/** Entry point of the Excel task pane. */
void boot({
  host: "Excel",
  title: "施策の更新（Excel 様式）",
  // Sheet protection (unprotect / protect with its options) is ExcelApi 1.2; the workbook is read with getFileAsync (File 1.1)
  // and the painted cells are recorded in the workbook's settings (Settings 1.1).
  requirements: [
    { set: "ExcelApi", version: "1.2", name: "Excel のセルとシート保護の操作" },
    { set: "File", version: "1.1", name: "ブックの読み出し（getFileAsync）" },
    { set: "Settings", version: "1.1", name: "ブックへの設定の保存" },
  ],
  start: (root, connection) => new ExcelPane(root, new ExcelServiceClient(connection), readWorkbook).start(),
});
