import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import { officeThemeName, type ThemeName } from "./theme";
import "@fluentui/web-components/badge/define.js";
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/checkbox/define.js";
import "@fluentui/web-components/divider/define.js";
import "@fluentui/web-components/dropdown/define.js";
import "@fluentui/web-components/field/define.js";
import "@fluentui/web-components/listbox/define.js";
import "@fluentui/web-components/message-bar/define.js";
import "@fluentui/web-components/option/define.js";
import "@fluentui/web-components/spinner/define.js";
import "@fluentui/web-components/tab/define.js";
import "@fluentui/web-components/tablist/define.js";
import "@fluentui/web-components/text/define.js";
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/textarea/define.js";


/** Sets Fluent's tokens and the page's colour scheme for a light or dark Office theme. */
export function useTheme(theme: ThemeName): void {
  setTheme(theme === "dark" ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Follows Office's theme now and whenever the drafter changes it (where the host raises OfficeThemeChanged). */
export function followOfficeTheme(): void {
  const apply = () => useTheme(officeThemeName(Office.context?.officeTheme));
  apply();
  try {
    Office.context.document.addHandlerAsync(Office.EventType.OfficeThemeChanged, apply, () => undefined);
  } catch {
    // Hosts without the event keep the theme the pane opened with.
  }
}
