import { el } from "./dom";
import type { MessageArea } from "./messages";

/**
 * The pane's actions, one at a time: while one runs, its button shows a spinner and every action button is disabled (but
 * still focusable, so a keyboard user keeps their place); a second press, a double-click included, does nothing.
 */
export class Actions {
  private running: HTMLElement | undefined;
  private readonly buttons = new Set<HTMLElement>();

  constructor(
    private readonly root: HTMLElement,
    private readonly host: "Word" | "Excel",
  ) {}

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** A Fluent button that runs the action through the guard; failures go to the message area with 再試行. */
  button(id: string, text: string, appearance: "primary" | "secondary" | "subtle", messages: MessageArea, action: () => Promise<void>): HTMLElement {
    const button = el("fluent-button", { id, appearance }, text);
    this.buttons.add(button);
    button.addEventListener("click", () => void this.run(button, messages, action));
    return button;
  }

  /** Runs the action unless another is running; answers false when it was refused as a second press. */
  async run(button: HTMLElement, messages: MessageArea, action: () => Promise<void>): Promise<boolean> {
    if (this.running) return false;
    this.running = button;
    this.root.setAttribute("aria-busy", "true");
    const spinner = el("fluent-spinner", { slot: "start", size: "tiny", "aria-hidden": "true" });
    button.prepend(spinner);
    button.classList.add("busy");
    for (const b of this.buttons) {
      b.toggleAttribute("disabled-focusable", true);
      b.setAttribute("aria-disabled", "true");
    }
    try {
      await action();
    } catch (error) {
      messages.fail(error, this.host, () => void this.run(button, messages, action));
    } finally {
      spinner.remove();
      button.classList.remove("busy");
      for (const b of this.buttons) {
        b.removeAttribute("disabled-focusable");
        if (!b.hasAttribute("disabled")) b.removeAttribute("aria-disabled");
      }
      this.root.removeAttribute("aria-busy");
      this.running = undefined;
    }
    return true;
  }

  /** Whether a button takes presses (a button the pane has switched off, such as 提出 before a check, stays off). */
  setEnabled(button: HTMLElement, enabled: boolean): void {
    button.toggleAttribute("disabled", !enabled);
    // Said on the element itself as well: Fluent says it through ElementInternals, which checkers such as axe do not read.
    if (enabled && !this.busy) button.removeAttribute("aria-disabled");
    else button.setAttribute("aria-disabled", "true");
  }
}
