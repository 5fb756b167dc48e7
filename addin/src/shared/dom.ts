/** Small helpers to build the panes' DOM from Fluent UI web components without a framework. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElementTagNameMap[K];
export function el(tag: string, props?: Partial<Record<string, string>>, ...children: (Node | string)[]): HTMLElement;
export function el(tag: string, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A value-holding element: a Fluent text input, textarea or dropdown. */
export interface ValueElement extends HTMLElement {
  value: string;
}

/** A choice of a dropdown: the value the pane keeps and the Japanese text the drafter sees. */
export interface Choice {
  value: string;
  text: string;
}

/** A Fluent dropdown with its visible label; its combobox button is labelled by that label (Fluent leaves it unnamed). */
export function dropdown(id: string, label: string, choices: Choice[], value: string, onChange: (value: string) => void, extra: Partial<Record<string, string>> = {}): { field: HTMLElement; input: ValueElement } {
  const labelId = `${id}-label`;
  const input = el("fluent-dropdown", { id, "aria-labelledby": labelId, slot: "input", ...extra },
    el("fluent-listbox", { "aria-labelledby": labelId }, ...choices.map((c) => el("fluent-option", { value: c.value, ...(c.value === value ? { selected: "" } : {}) }, c.text)))) as unknown as ValueElement;
  input.addEventListener("change", () => onChange(input.value));
  labelControl(input, labelId);
  const field = el("fluent-field", { "label-position": "above" }, el("label", { slot: "label", id: labelId, for: id }, label), input);
  return { field, input };
}

/** Sets a dropdown's value once its options are upgraded (right after creation they are not yet Fluent options). */
export function setChoice(input: ValueElement, value: string): void {
  for (const option of input.querySelectorAll("fluent-option")) option.toggleAttribute("selected", option.getAttribute("value") === value);
  try {
    input.value = value;
  } catch {
    // Not upgraded or not connected yet: the selected attribute above is what it starts with.
  }
}

/** Names the light-DOM combobox button Fluent renders inside a dropdown, whenever it is (re)rendered. */
function labelControl(dropdownElement: HTMLElement, labelId: string): void {
  const name = () => {
    const control = dropdownElement.querySelector('[role="combobox"]');
    control?.setAttribute("aria-labelledby", labelId);
    // Fluent sets aria-expanded only once the list has been opened; a combobox must always say whether it is open.
    if (control && !control.hasAttribute("aria-expanded")) control.setAttribute("aria-expanded", "false");
  };
  new MutationObserver(name).observe(dropdownElement, { childList: true });
  name();
}
