/** Small helpers to build the panes' DOM without a framework. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function el(tag: string, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElement;
export function el(tag: string, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A value-holding element: a native input/select/textarea or a Fluent text input/textarea. */
export interface ValueElement extends HTMLElement {
  value: string;
}

/** Shows a message in the pane's status area: info, success or error, read out by screen readers. */
export function showStatus(area: HTMLElement, kind: "info" | "success" | "error", text: string, details: string[] = []): void {
  area.dataset.kind = kind;
  area.replaceChildren(el("p", {}, text), ...(details.length ? [el("ul", {}, ...details.map((d) => el("li", {}, d)))] : []));
}
