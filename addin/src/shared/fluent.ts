import { setTheme } from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
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

export type ThemeName = "light" | "dark";

/** Sets Fluent's tokens and the page's colour scheme for a light or dark Office theme. */
export function useTheme(theme: ThemeName): void {
  setTheme(theme === "dark" ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Relative luminance of a #rrggbb colour (WCAG), to tell a dark Office theme from a light one. */
function luminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return 1;
  const [r, g, b] = match.slice(1).map((c) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Light or dark as Office shows it: isDarkTheme where the host says, else the body background's luminance. */
export function officeThemeName(theme: Partial<Office.OfficeTheme> | undefined | null): ThemeName {
  if (!theme) return "light";
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  return theme.bodyBackgroundColor && luminance(theme.bodyBackgroundColor) < 0.2 ? "dark" : "light";
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
