import { useFluent } from "../shared/fluent";
import { ExcelPane } from "./excelPane";
import { ExcelServiceClient } from "./excelService";
import { readWorkbook } from "./workbookFile";

/** Entry point of the Excel task pane: starts once Office.js says the host is ready. */
useFluent();
Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  // Sheet protection (unprotect / protect with its options) is ExcelApi 1.2; getFileAsync is in every Excel that runs add-ins.
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.2")) {
    root.textContent = "この Excel では OfficeDx の作業ウィンドウを使えません（Excel API 1.2 以降が必要です）。Microsoft 365 の Excel か Excel 2016 以降で開いてください。";
    return;
  }
  new ExcelPane(root, new ExcelServiceClient(window.location.origin), readWorkbook).start();
});
