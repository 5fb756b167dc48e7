import { SignInProblem } from "./auth";
import { el } from "./dom";
import { ServiceProblem, ServiceUnreachable } from "./problem";

export type Intent = "info" | "success" | "warning" | "error";

/** Fluent System Icons (20 regular) per intent, so success, warning and error differ in shape as well as colour. */
const icons: Record<Intent, string> = {
  info: "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 1a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm0 5.5c.28 0 .5.22.5.5v4.5a.5.5 0 0 1-1 0V9c0-.28.22-.5.5-.5Zm0-2.25a.75.75 0 1 1 0 1.5.75.75 0 0 1 0-1.5Z",
  success: "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 1a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm3.36 4.65c.17.17.2.44.06.63l-.06.07-4 4a.5.5 0 0 1-.64.06l-.07-.06-2-2a.5.5 0 0 1 .63-.77l.07.06L9 11.3l3.65-3.65c.2-.2.5-.2.7 0Z",
  warning: "M8.68 2.79a1.5 1.5 0 0 1 2.64 0l6.5 12A1.5 1.5 0 0 1 16.5 17h-13a1.5 1.5 0 0 1-1.32-2.21l6.5-12Zm1.76.48a.5.5 0 0 0-.88 0l-6.5 12a.5.5 0 0 0 .44.73h13a.5.5 0 0 0 .44-.73l-6.5-12ZM10.5 14.5a.5.5 0 1 1-1 0 .5.5 0 0 1 1 0ZM10 6.5c.28 0 .5.22.5.5v5a.5.5 0 0 1-1 0V7c0-.28.22-.5.5-.5Z",
  error: "M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm0 1a7 7 0 1 0 0 14 7 7 0 0 0 0-14ZM7.8 7.11l.06.04L10 9.29l2.15-2.14a.5.5 0 0 1 .76.63l-.06.07L10.71 10l2.14 2.15a.5.5 0 0 1-.63.76l-.07-.06L10 10.71l-2.15 2.14a.5.5 0 0 1-.76-.63l.06-.07L9.29 10 7.15 7.85a.5.5 0 0 1 .57-.8l.07.06Z",
};

const intentNames: Record<Intent, string> = { info: "お知らせ", success: "完了", warning: "注意", error: "エラー" };

/** What a failure says: what went wrong, what to do, and whether 再試行 makes sense. */
export interface Failure {
  text: string;
  action: string;
  details: string[];
  retry: boolean;
}

/** Any error the panes meet, as a Japanese sentence with the action to take; never the browser's own "Failed to fetch". */
export function describeFailure(error: unknown, host: "Word" | "Excel"): Failure {
  if (error instanceof SignInProblem) return { text: error.title, action: error.action, details: [], retry: error.retryable };
  if (error instanceof ServiceUnreachable)
    return { text: "OfficeDx サービスにつながりません。", action: "ネットワークにつながっているか、サービスが動いているかを確かめて「再試行」を押してください。続くときは情報政策担当に連絡してください。", details: [], retry: true };
  if (error instanceof ServiceProblem) {
    if (error.status === 401 || error.status === 403)
      return { text: error.describe(), action: error.status === 401 ? "サインインし直して「再試行」を押してください。" : "この操作の権限がありません。必要なら情報政策担当に権限の付与を依頼してください。", details: [], retry: error.status === 401 };
    return {
      text: error.describe(),
      action: error.retryable ? "しばらく待ってから「再試行」を押してください。" : "内容を直してから、もう一度操作してください。",
      details: error.errors.map((p) => `${p.place}：${p.message}`),
      retry: error.retryable,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    text: `${host} での操作に失敗しました（${message}）。`,
    action: host === "Excel" ? "セルを編集中でないか確かめて「再試行」を押してください。" : "文書が編集できる状態か確かめて「再試行」を押してください。",
    details: [],
    retry: true,
  };
}

/** The pane's message area: one Fluent message bar at a time, with the action to take and a retry button where one helps. */
export class MessageArea {
  readonly element = el("div", { class: "messages" });

  show(intent: Intent, text: string, options: { action?: string; details?: string[]; retry?: () => void } = {}): void {
    const bar = el("fluent-message-bar", { intent, layout: "multiline", "data-intent": intent, ...(intent === "error" ? { role: "alert" } : {}) },
      el("span", { slot: "icon", class: "message-icon" }, svg(icons[intent])),
      el("span", { class: "visually-hidden" }, `${intentNames[intent]}：`),
      el("span", { class: "message-text" }, text),
      ...(options.action ? [el("span", { class: "message-action" }, options.action)] : []),
      ...(options.details?.length ? [el("ul", { class: "message-details" }, ...options.details.map((d) => el("li", {}, d)))] : []));
    if (options.retry) {
      const retry = el("fluent-button", { slot: "actions", size: "small", class: "retry" }, "再試行");
      retry.addEventListener("click", options.retry);
      bar.append(retry);
    }
    this.element.replaceChildren(bar);
  }

  fail(error: unknown, host: "Word" | "Excel", retry?: () => void): void {
    const failure = describeFailure(error, host);
    this.show("error", failure.text, { action: failure.action, details: failure.details, ...(failure.retry && retry ? { retry } : {}) });
  }

  clear(): void {
    this.element.replaceChildren();
  }
}

function svg(path: string): SVGElement {
  const icon = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  icon.setAttribute("viewBox", "0 0 20 20");
  icon.setAttribute("aria-hidden", "true");
  const shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
  shape.setAttribute("d", path);
  shape.setAttribute("fill", "currentColor");
  icon.append(shape);
  return icon;
}
