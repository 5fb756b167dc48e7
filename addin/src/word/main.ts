import { boot } from "../shared/boot";
import { ServiceClient } from "../shared/client";
import { GlossaryClient } from "./glossaryClient";
import { WordPane } from "./wordPane";

/** Entry point of the Word task pane. */
void boot({
  host: "Word",
  title: "施策表の作成・編集",
  // Reading a selected table walks up nested content controls (parentContentControlOrNullObject): WordApi 1.3; the glossary reads the document with getFileAsync (File 1.1).
  requirements: [
    { set: "WordApi", version: "1.3", name: "Word の表と文書の操作" },
    { set: "File", version: "1.1", name: "文書の読み出し（getFileAsync）" },
  ],
  start: (root, connection) => new WordPane(root, new ServiceClient(connection), new Date(), new GlossaryClient(connection)).start(),
});
