import { describe, expect, it } from "vitest";
import { officeThemeName } from "../src/shared/theme";

describe("officeThemeName", () => {
  it("follows isDarkTheme where Office says it, else the body background's luminance", () => {
    expect(officeThemeName({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(officeThemeName({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(officeThemeName({ bodyBackgroundColor: "#000000" })).toBe("dark");
    expect(officeThemeName({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
    expect(officeThemeName(undefined)).toBe("light");
  });
});
