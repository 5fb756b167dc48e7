import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/textarea/define.js";
import "@fluentui/web-components/field/define.js";
import "@fluentui/web-components/divider/define.js";
import "@fluentui/web-components/text/define.js";

/** Registers the Fluent UI web components the panes use, with Office's light theme, so the panes look like Office. */
export function useFluent(): void {
  setTheme(webLightTheme);
}
