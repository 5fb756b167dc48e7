import { afterEach, describe, expect, it } from "vitest";
import { parseFiscalYear, readPlanSettings } from "../src/word/planSettings";
import { installWord, uninstallWord } from "./wordMock";

afterEach(uninstallWord);

describe("parseFiscalYear", () => {
  it.each([
    ["令和3年度", 2021],
    ["令和元年度", 2019],
    ["令和１０年度", 2028],
    ["R5", 2023],
    ["平成31年度", 2019],
    ["2024年度", 2024],
    ["２０２２年度", 2022],
  ])("reads %s as %i", (text, year) => expect(parseFiscalYear(text)).toBe(year));

  it("is undefined for text that names no year", () => expect(parseFiscalYear("未定")).toBeUndefined());
});

describe("readPlanSettings", () => {
  const document = (from: string, to: string, profile: string) => ({
    contentControls: {
      fromSet: { first: { text: from }, getFirstOrNullObject() { return this.first; } },
      toSet: { first: { text: to }, getFirstOrNullObject() { return this.first; } },
      getByTag(this: { fromSet: unknown; toSet: unknown }, tag: string) { return tag === "odx:plan-field:from" ? this.fromSet : this.toSet; },
    },
    properties: { customProperties: { item: { value: profile }, getItemOrNullObject(this: { item: unknown }) { return this.item; } } },
  });
  const present = {
    "context.document.contentControls.fromSet.first.isNullObject": false,
    "context.document.contentControls.toSet.first.isNullObject": false,
    "context.document.properties.customProperties.item.isNullObject": false,
  };

  it("reads the profile property and the period from the cover's year controls", async () => {
    installWord(document("令和３年度", "令和7年度", "katagami"), present);
    expect(await readPlanSettings()).toEqual({ profile: "katagami", period: { from: 2021, to: 2025 } });
  });

  it("leaves out what the document does not carry", async () => {
    installWord(document("", "", ""), {
      "context.document.contentControls.fromSet.first.isNullObject": true,
      "context.document.contentControls.toSet.first.isNullObject": true,
      "context.document.properties.customProperties.item.isNullObject": true,
    });
    expect(await readPlanSettings()).toEqual({});
  });

  it("ignores a profile named by a file path and a period that ends before it starts", async () => {
    installWord(document("令和7年度", "令和3年度", "../profiles/osaka.json"), present);
    expect(await readPlanSettings()).toEqual({});
  });
});
