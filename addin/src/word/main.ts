import { useFluent } from "../shared/fluent";
import { ServiceClient } from "../shared/service";
import { GlossaryClient } from "./glossaryClient";
import { WordPane } from "./wordPane";

/** Entry point of the Word task pane: starts once Office.js says the host is ready. */
useFluent();
Office.onReady(() => {
  const root = document.getElementById("app");
  if (!root) return;
  // Reading a selected table walks up nested content controls (parentContentControlOrNullObject): WordApi 1.3.
  if (!Office.context.requirements.isSetSupported("WordApi", "1.3")) {
    root.textContent = "この Word では OfficeDx の作業ウィンドウを使えません（Word API 1.3 以降が必要です）。Microsoft 365 の Word か Word 2019 以降で開いてください。";
    return;
  }
  void new WordPane(root, new ServiceClient(window.location.origin), new Date(), new GlossaryClient(window.location.origin)).start();
});
