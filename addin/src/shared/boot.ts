import { loadAuthConfig, TokenSource } from "./auth";
import { el } from "./dom";
import { followOfficeTheme, useTheme } from "./fluent";
import { MessageArea } from "./messages";
import { ServiceConnection } from "./service";

/** How long the pane waits for Office.onReady before saying it cannot reach Office (the issue allows 5 s). */
export const OfficeReadyTimeoutMs = 4000;

export interface PaneStart {
  host: "Word" | "Excel";
  title: string;
  /** Requirement sets the pane calls, with a Japanese name for each (File 1.1 is getFileAsync). */
  requirements: { set: string; version: string; name: string }[];
  start: (root: HTMLElement, service: ServiceConnection) => void | Promise<void>;
}

const openFrom = (host: "Word" | "Excel") =>
  host === "Word" ? "Word の「ホーム」タブにある「OfficeDx」グループの「施策表」から開いてください。" : "Excel の「ホーム」タブにある「OfficeDx」グループの「様式チェック」から開いてください。";

/** Shows a message in place of the pane: the pane cannot run here, and what to do. */
function stop(root: HTMLElement, title: string, text: string, action: string): void {
  const messages = new MessageArea();
  messages.show("error", text, { action });
  root.replaceChildren(el("h1", {}, title), messages.element);
  root.dataset.state = "stopped";
}

/** Starts a pane, or says in Japanese why it cannot: no office.js, outside Office, no answer from Office, an Office too old. */
export async function boot(pane: PaneStart): Promise<void> {
  const root = document.getElementById("app");
  // An old webview has its static page already (legacy.js); a module that still runs there leaves it alone.
  if (!root || document.documentElement.classList.contains("legacy")) return;
  useTheme("light");
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    stop(root, pane.title, "Office の機能（office.js）を読み込めませんでした。",
      `インターネット（appsforoffice.microsoft.com）につながっているか確かめて、作業ウィンドウを閉じて開き直してください。ブラウザーで直接開いた場合は、${openFrom(pane.host)}`);
    return;
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), OfficeReadyTimeoutMs)),
  ]);
  if (info === "timeout") {
    stop(root, pane.title, `${pane.host} との接続が始まりませんでした。`, `作業ウィンドウを閉じて開き直してください。ブラウザーで直接開いた場合は、${openFrom(pane.host)}`);
    return;
  }
  if (!info.host) {
    stop(root, pane.title, `この画面は ${pane.host} の中で使います。`, openFrom(pane.host));
    return;
  }
  if (String(info.host) !== pane.host) {
    stop(root, pane.title, `この作業ウィンドウは ${pane.host} 用です。`, openFrom(pane.host));
    return;
  }
  followOfficeTheme();
  const missing = pane.requirements.filter((r) => !Office.context.requirements.isSetSupported(r.set, r.version));
  if (typeof Office.context.document?.getFileAsync !== "function" && !missing.some((r) => r.set === "File"))
    missing.push({ set: "File", version: "1.1", name: "文書の読み出し（getFileAsync）" });
  if (missing.length > 0) {
    stop(root, pane.title, `この ${pane.host} は OfficeDx に必要な機能（${missing.map((m) => `${m.name}：${m.set} ${m.version}`).join("、")}）に対応していません。`,
      `Microsoft 365 の ${pane.host}、または Office LTSC 2021 以降（Office 2021 / 2024）の ${pane.host} で開いてください。わからないときは情報政策担当に連絡してください。`);
    return;
  }
  const config = await loadAuthConfig(window.location.href);
  root.dataset.state = "ready";
  await pane.start(root, new ServiceConnection(window.location.origin, config ? new TokenSource(config) : undefined));
}
