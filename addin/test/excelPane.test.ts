// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import type { CellHighlights } from "../src/excel/cellHighlights";
import { ExcelPane, summaryText } from "../src/excel/excelPane";
import type { ExcelServiceClient } from "../src/excel/excelService";
import type { WorkbookCheck, WorkbookEntry } from "../src/excel/workbookModel";
import { ServiceProblem } from "../src/shared/problem";

const entry = (status: WorkbookEntry["status"], place: string, message: string): WorkbookEntry => {
  const [sheet, cell] = place.includes("!") ? place.split("!") : [place || null, null];
  return { status, statusLabel: { accepted: "反映", rejected: "却下", conflict: "競合", notice: "注意" }[status], file: "b.xlsx", place,
    sheet: sheet ?? null, cell: cell ?? null, department: "デジタル化推進本部", measureId: "akita-1-01", field: "令和5年度のスケジュール",
    original: null, value: null, message };
};

const check = (findings: WorkbookEntry[], changes: WorkbookEntry[] = []): WorkbookCheck => ({
  planId: "akita-2021", edition: "令和5年3月改訂", department: "デジタル化推進本部", file: "b.xlsx",
  clean: findings.every((f) => f.status === "notice"),
  summary: {
    accepted: changes.length,
    rejected: findings.filter((f) => f.status === "rejected").length,
    conflict: findings.filter((f) => f.status === "conflict").length,
    notice: findings.filter((f) => f.status === "notice").length,
  },
  findings, changes,
});

let log: string[];
let root: HTMLElement;

function pane(answer: () => Promise<WorkbookCheck>) {
  const service = {
    check: async (bytes: Uint8Array, name: string) => { log.push(`check ${bytes.length} ${name}`); return answer(); },
    submit: async (bytes: Uint8Array, name: string) => { log.push(`submit ${name}`); return { check: await answer(), storedAs: "x", workbooks: 1, report: [] }; },
  } as unknown as ExcelServiceClient;
  const highlights = {
    show: async (findings: WorkbookEntry[]) => { log.push(`show ${findings.map((f) => f.place).join(",")}`); return findings.filter((f) => f.cell).length; },
    clear: async () => { log.push("clear"); },
    restore: async () => 0,
    select: async (sheet: string, cell: string) => { log.push(`select ${sheet}!${cell}`); },
  } as unknown as CellHighlights;
  const readWorkbook = async () => { log.push("read"); return { bytes: new Uint8Array([1, 2, 3]), name: "b.xlsx" }; };
  return new ExcelPane(root, service, readWorkbook, highlights).start();
}

const bar = () => root.querySelector("fluent-message-bar");

const press = async (id: string) => {
  root.querySelector<HTMLElement>(`#${id}`)!.click();
  // The pane's actions are promise chains of stand-ins that answer at once: let them run out.
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

beforeEach(() => {
  log = [];
  document.body.innerHTML = "<main id='app'></main>";
  root = document.getElementById("app")!;
});

describe("ExcelPane", () => {
  const phase = entry("rejected", "施策!H4", "「継続」は一覧にない取組です。");
  const sheet = entry("rejected", "", "シート「用語」がありません。");

  it("checks the workbook, paints the findings and lists each with its place and the collector's message", async () => {
    await pane(async () => check([phase, sheet]));
    await press("check");
    expect(log).toEqual(["clear", "read", "check 3 b.xlsx", "show 施策!H4,"]);
    const items = [...root.querySelectorAll(".finding")];
    expect(items.map((i) => i.querySelector(".place")!.textContent)).toEqual(["施策!H4", "ブック全体"]);
    expect(items[0]!.querySelector(".message")!.textContent).toBe("「継続」は一覧にない取組です。");
    expect(bar()!.getAttribute("intent")).toBe("warning");
    expect(bar()!.textContent).toContain("色を付けたセル 1 か所");
    // No internal ids: the department and the edition, not the plan's id.
    expect(root.querySelector(".target")!.textContent).toBe("デジタル化推進本部・令和5年3月改訂");
    expect(root.textContent).not.toContain("akita-2021");
  });

  it("selects a finding's cell when it is pressed; a finding without a cell is not a link", async () => {
    await pane(async () => check([phase, sheet]));
    await press("check");
    root.querySelector<HTMLElement>(".finding-link")!.click();
    await Promise.resolve();
    expect(log.at(-1)).toBe("select 施策!H4");
    expect(root.querySelectorAll(".finding-link")).toHaveLength(1);
  });

  it("keeps 提出 off until a clean check, then clears its colours before the workbook is read for submission", async () => {
    await pane(async () => check([], [entry("accepted", "施策!D4", "反映しました。")]));
    expect(root.querySelector("#submit")!.hasAttribute("disabled")).toBe(true);
    await press("check");
    expect(root.querySelector("#submit")!.hasAttribute("disabled")).toBe(false);
    log.length = 0;
    await press("submit");
    expect(log.slice(0, 3)).toEqual(["clear", "read", "submit b.xlsx"]);
    expect(bar()!.getAttribute("intent")).toBe("success");
    expect(bar()!.querySelector(".message-text")!.textContent).toBe("提出しました（デジタル化推進本部、変更 1 件）。");
  });

  it("opens 提出 after a check with findings only once the drafter acknowledges them", async () => {
    await pane(async () => check([phase]));
    await press("check");
    expect(root.querySelector("#submit")!.hasAttribute("disabled")).toBe(true);
    const acknowledge = root.querySelector("#acknowledge") as HTMLElement & { checked: boolean };
    acknowledge.checked = true;
    acknowledge.dispatchEvent(new Event("change"));
    expect(root.querySelector("#submit")!.hasAttribute("disabled")).toBe(false);
  });

  it("runs one action at a time: a second press while checking is ignored", async () => {
    await pane(async () => check([]));
    root.querySelector<HTMLElement>("#check")!.click();
    root.querySelector<HTMLElement>("#check")!.click();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(log.filter((l) => l.startsWith("check"))).toHaveLength(1);
  });

  it("shows the service's refusal with each place it names", async () => {
    await pane(async () => { throw new ServiceProblem(422, "送られた文書を読めません", "b.xlsx: 別の版の様式です。", [{ place: "odx_marker!B2", message: "別の版です。" }]); });
    await press("check");
    expect(bar()!.getAttribute("intent")).toBe("error");
    expect(bar()!.querySelector(".message-text")!.textContent).toBe("送られた文書を読めません：b.xlsx: 別の版の様式です。");
    expect(bar()!.querySelector("li")!.textContent).toBe("odx_marker!B2：別の版です。");
    // A refused workbook is fixed, not retried.
    expect(bar()!.querySelector(".retry")).toBeNull();
  });
});

describe("summaryText", () => {
  it("counts findings by kind and the changes that can be taken", () => {
    expect(summaryText(check([entry("rejected", "施策!H4", "x"), entry("notice", "施策!A3", "注意")], [entry("accepted", "施策!D4", "")])))
      .toBe("直すところがあります（却下 1 件・注意 1 件）。変更 1 件を反映できます。");
    expect(summaryText(check([]))).toBe("直すところはありません。変更はありません。");
  });
});
