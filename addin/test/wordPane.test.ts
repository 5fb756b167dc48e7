// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { MeasureForm } from "../src/shared/api";
import { ServiceClient } from "../src/shared/client";
import { ServiceConnection } from "../src/shared/service";
import { WordPane } from "../src/word/wordPane";

/** A form request the test answers when it chooses, so answers can arrive late or out of order. */
interface Pending { from: number; to: number; answer: () => void }

function form(from: number, to: number): MeasureForm {
  const years = Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, label: `${from + i}年度` }));
  return {
    profile: "akita", displayName: "秋田市", bulletPrefix: "・", years,
    rows: [{ field: "name", label: "施策の名称" }, { field: "overview", label: "施策の概要" }, { field: "schedule", label: "取組スケジュール" }],
    phases: [{ value: "none", label: "" }, { value: "preparation", label: "準備・検討" }, { value: "implementation", label: "実施" }],
  } as unknown as MeasureForm;
}

function slowService(pending: Pending[]): ServiceClient {
  return new ServiceClient(new ServiceConnection("http://127.0.0.1:5080", undefined, ((url: string) => new Promise<Response>((resolve) => {
    if (new URL(url).pathname === "/api/profiles") return resolve(Response.json([{ name: "akita", displayName: "秋田市" }]));
    const query = new URL(url).searchParams;
    const from = Number(query.get("from"));
    const to = Number(query.get("to"));
    pending.push({ from, to, answer: () => resolve(new Response(JSON.stringify(form(from, to)), { status: 200 })) });
  })) as unknown as typeof fetch));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function choose(root: HTMLElement, id: string, year: number): void {
  const picker = root.querySelector(`#${id}`) as unknown as { value: string; dispatchEvent(e: Event): void };
  picker.value = String(year);
  picker.dispatchEvent(new Event("change"));
}

const years = (root: HTMLElement) => Array.from(root.querySelectorAll("fluent-dropdown.phase")).map((p) => p.id);
const typed = (root: HTMLElement, field: string) => (root.querySelector(`#field-${field}`) as unknown as { value: string }).value;

describe("WordPane", () => {
  it("keeps what the drafter typed while a new period's form loads, and shows the last period asked for when answers cross", async () => {
    const pending: Pending[] = [];
    const root = document.createElement("div");
    const pane = new WordPane(root, slowService(pending), new Date("2026-11-30T00:00:00+09:00"));
    const started = pane.start();
    await settle();
    await settle();
    pending.shift()!.answer();
    await started;
    expect(years(root)).toEqual(["phase-2026", "phase-2027", "phase-2028"]);

    choose(root, "period-from", 2021);
    choose(root, "period-to", 2023);
    (root.querySelector("#field-name") as unknown as { value: string }).value = "行政手続のオンライン化";
    await settle();
    expect(pending.map((p) => `${p.from}-${p.to}`)).toEqual(["2021-2028", "2021-2023"]);

    pending[1]!.answer();   // the later request answers first …
    await settle();
    pending[0]!.answer();   // … and the overtaken answer arrives last
    await settle();

    expect(years(root)).toEqual(["phase-2021", "phase-2022", "phase-2023"]);
    expect(typed(root, "name")).toBe("行政手続のオンライン化");
  });
});
