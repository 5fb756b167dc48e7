import { describe, expect, it } from "vitest";
import type { FormYear } from "../src/shared/api";
import { describeArrows, previewCells } from "../src/word/schedulePreview";

const years: FormYear[] = [2021, 2022, 2023, 2024].map((year) => ({ year, label: `R${year - 2018}` }));
const labels = { preparation: "準備・検討", implementation: "実施", continuation: "継続実施" };

describe("previewCells", () => {
  it("joins consecutive years of the same arrow phase and puts the head on the last one", () => {
    const cells = previewCells(years, { 2021: "preparation", 2022: "preparation", 2023: "implementation", 2024: "continuation" });
    expect(cells.map((c) => [c.mark, c.joined, c.head])).toEqual([
      ["dashed", false, false],
      ["dashed", true, true],
      ["circle", false, false],
      ["solid", false, true],
    ]);
  });

  it("never joins 実施: each year is its own ○", () => {
    const cells = previewCells(years, { 2021: "implementation", 2022: "implementation" });
    expect(cells.slice(0, 2).map((c) => [c.mark, c.joined, c.head])).toEqual([["circle", false, false], ["circle", false, false]]);
    expect(cells.slice(2).map((c) => c.mark)).toEqual(["none", "none"]);
  });
});

describe("describeArrows", () => {
  it("names each arrow with its years, as the document's alt text does", () => {
    const cells = previewCells(years, { 2021: "preparation", 2022: "preparation", 2023: "continuation", 2024: "continuation" });
    expect(describeArrows(cells, labels)).toEqual(["準備・検討（R3～R4）", "継続実施（R5～R6）"]);
  });
});
