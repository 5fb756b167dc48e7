/** Light or dark: which of Fluent's themes matches the Office theme. */
export type ThemeName = "light" | "dark";

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
