import { describe, expect, it } from "vitest";
import type { FormYear, Measure } from "../src/shared/api";
import { draftToMeasure, emptyDraft, measureToDraft, newMeasureId } from "../src/word/draft";

const years: FormYear[] = [{ year: 2021, label: "令和3年度" }, { year: 2022, label: "令和4年度" }, { year: 2023, label: "令和5年度" }];

describe("draftToMeasure", () => {
  it("turns the typed text into the plan's measure: lines into lists, 、 into departments, empty years left out", () => {
    const draft = {
      ...emptyDraft(years),
      number: " ① ", name: " 窓口のキャッシュレス化 ", overview: "概要の一行目\r\n二行目\n", mainActions: "・は付けない\n\n決済端末の導入 ",
      indicators: "導入した窓口の数\n", departments: "市民課、 情報統計課,会計課\n", phases: { 2021: "preparation" as const, 2022: "none" as const, 2023: "continuation" as const },
    };
    expect(draftToMeasure(draft, years, undefined, () => "m-fixed")).toEqual({
      id: "m-fixed", number: "①", name: "窓口のキャッシュレス化", state: "active",
      overview: "概要の一行目\n二行目", mainActions: ["・は付けない", "決済端末の導入"],
      schedule: [{ fiscalYear: 2021, phase: "preparation" }, { fiscalYear: 2023, phase: "continuation" }],
      indicators: [{ name: "導入した窓口の数" }], departments: ["市民課", "情報統計課", "会計課"], notes: [],
    });
  });

  it("keeps what the form does not show from the loaded measure: id, state, indicator values, captions, notes", () => {
    const loaded: Measure = {
      id: "m-7", name: "旧名称", state: "added", overview: "", mainActions: [], departments: [],
      schedule: [{ fiscalYear: 2022, phase: "implementation", caption: "R4当初予算要求" }],
      indicators: [{ name: "手続の数", baseline: { fiscalYear: 2020, value: "31 手続" }, targets: [{ fiscalYear: 2023, value: "46 手続" }] }],
      notes: [{ kind: "schedule", text: "※実施年度を見直し" }],
    };
    const draft = { ...measureToDraft(loaded, years), name: "新名称", indicators: "手続の数\n新しい指標" };
    const measure = draftToMeasure(draft, years, { measure: loaded, tag: "odx:measure:m-7" });
    expect(measure.id).toBe("m-7");
    expect(measure.state).toBe("added");
    expect(measure.name).toBe("新名称");
    expect(measure.schedule).toEqual([{ fiscalYear: 2022, phase: "implementation", caption: "R4当初予算要求" }]);
    expect(measure.indicators).toEqual([loaded.indicators[0], { name: "新しい指標" }]);
    expect(measure.notes).toEqual(loaded.notes);
  });

  it("round-trips a measure through the form unchanged", () => {
    const measure: Measure = {
      id: "m-1", number: "1", name: "行政手続のオンライン化", state: "active", issues: "来庁が必要", overview: "一\n二",
      mainActions: ["申請書の電子化"], schedule: [{ fiscalYear: 2021, phase: "preparation" }, { fiscalYear: 2022, phase: "preparation" }],
      indicators: [{ name: "手続の数" }], departments: ["情報統計課", "市民課"], notes: [],
    };
    expect(draftToMeasure(measureToDraft(measure, years), years, { measure, tag: "odx:measure:m-1" })).toEqual(measure);
  });
});

describe("newMeasureId", () => {
  it("makes ids the plan schema accepts", () => {
    expect(newMeasureId(() => 0)).toBe("m-00000000");
    expect(newMeasureId(() => 0.999999)).toMatch(/^m-[0-9a-z]{8}$/);
  });
});
