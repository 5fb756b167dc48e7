import { describe, expect, it } from "vitest";
import { fiscalYearLabel, fiscalYearOf } from "../src/shared/era";

describe("fiscalYearLabel", () => {
  it("writes every fiscal year in 和暦, with 元年 for an era's first year", () => {
    expect(fiscalYearLabel(2021)).toBe("令和3年度");
    expect(fiscalYearLabel(2019)).toBe("令和元年度");
    expect(fiscalYearLabel(2018)).toBe("平成30年度");
    expect(fiscalYearLabel(1989)).toBe("平成元年度");
    expect(fiscalYearLabel(2035)).toBe("令和17年度");
  });

  it("counts January to March in the fiscal year that began the April before", () => {
    expect(fiscalYearOf(new Date(2026, 2, 31))).toBe(2025);
    expect(fiscalYearOf(new Date(2026, 3, 1))).toBe(2026);
  });
});
