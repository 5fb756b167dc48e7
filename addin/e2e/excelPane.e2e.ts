import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, expectAccessible, launchChromium, openPane, repoRoot, screenshot, startService, visibleText } from "./support";
import { typeIntoCells } from "./xlsxCells";

const department = "デジタル化推進本部";
// Row 4 of 施策 is the department's first measure (akita-1-01); H is 令和5年度, and L on 指標 its 令和5年度実績.
const badCells = [
  { sheet: "施策", cell: "H4", text: "継続" },
  { sheet: "指標", cell: "L4", text: "未集計" },
];

type HostState = { workbook: string; fills: Record<string, string>; protectedSheets: Set<string>; selected: string | null };

describe("Excel task pane against the real service", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-excel-"));
  const data = join(work, "data");
  let template: Buffer;
  let filled: Buffer;

  // Reads the stand-in host's record: the reader runs in the page, on window.__odx.
  const host = <T>(read: (state: HostState) => T) => page.evaluate(`(${read.toString()})(window.__odx)`) as Promise<T>;
  // The open workbook: kept in the page's session, as a workbook stays open across a reload of the pane.
  const openWorkbook = (bytes: Buffer) =>
    page.evaluate((b64) => { (window as unknown as { __odx: HostState }).__odx.workbook = b64; sessionStorage.setItem("odx-mock-workbook", b64); }, bytes.toString("base64"));
  const bar = () => page.locator("fluent-message-bar");
  const idle = () => page.waitForSelector("#app[data-state=ready]:not([aria-busy])");
  const submitOff = () => page.locator("#submit").evaluate((b) => b.hasAttribute("disabled"));

  beforeAll(async () => {
    service = await startService(["--data", data]);
    const response = await fetch(`${service.base}/api/excel/plans/akita-2021/template?department=${encodeURIComponent(department)}`);
    expect(response.status).toBe(200);
    template = Buffer.from(await response.arrayBuffer());
    filled = typeIntoCells(template, badCells);
    browser = await launchChromium();
    page = await openPane(browser, service.base, "excel");
    await page.waitForSelector("#check");
    await idle();
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("starts with 提出 off until a check, with no axe violations in either theme", async () => {
    expect(await submitOff()).toBe(true);
    expect(await page.locator("select").count()).toBe(0);
    await expectAccessible(page, "チェック前");
    await screenshot(page, "excel-empty-light", work);
  });

  it("checks the workbook, paints each bad cell and lists it with the message `officedx excel collect` gives", async () => {
    await openWorkbook(filled);
    await page.click("#check");
    await page.waitForSelector(".finding", { timeout: 30_000 });
    await idle();

    // What the CLI reports for the same workbook: the pane must show exactly these places and messages.
    const inbox = join(work, "inbox");
    mkdirSync(inbox);
    writeFileSync(join(inbox, `${department}.xlsx`), filled);
    const report = join(work, "report.json");
    const collect = spawnSync("dotnet", [cliPath(), "excel", "collect", inbox, "--plan", join(repoRoot, "templates/samples/akita/plan.json"),
      "--out", join(work, "plan.next.json"), "--report", report], { encoding: "utf8", timeout: 120_000 });
    expect(collect.status, collect.stderr).toBe(1);
    const cli = (JSON.parse(readFileSync(report, "utf8")) as { entries: { status: string; place: string; message: string }[] }).entries
      .filter((e) => e.status !== "accepted").map((e) => ({ place: e.place, message: e.message }));
    const shown = await page.locator(".finding").evaluateAll((items) => items.map((i) => ({
      place: i.querySelector(".place")!.textContent, message: i.querySelector(".message")!.textContent })));
    expect(shown).toEqual(cli);
    expect(shown.map((s) => s.place)).toEqual(expect.arrayContaining(["施策!H4", "指標!L4"]));
    expect(await bar().textContent()).toContain("色を付けたセル");
    expect(await bar().getAttribute("intent")).toBe("warning");
    expect(await visibleText(page)).not.toContain("akita-2021");

    // Painted in place through the protection, which is back on afterwards.
    expect(await host((s) => s.fills)).toEqual({ "施策!H4": "#FDE7E9", "指標!L4": "#FDE7E9" });
    expect(await host((s) => [...s.protectedSheets].sort())).toEqual(["指標", "施策", "用語"].sort());

    // 提出 stays off after a check with findings until the drafter acknowledges them.
    expect(await submitOff()).toBe(true);
    await expectAccessible(page, "チェックの指摘");
    await screenshot(page, "excel-findings-light", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("dark"));
    await screenshot(page, "excel-findings-dark", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("light"));
    await page.click("#acknowledge");
    expect(await submitOff()).toBe(false);

    await page.click('.finding-link[data-cell="L4"]');
    await expect.poll(() => host((s) => s.selected), { timeout: 10_000 }).toBe("指標!L4");
  });

  it("takes its colours off when the pane reloads, from what it recorded in the workbook's settings", async () => {
    expect(Object.keys(await host((s) => s.fills))).toHaveLength(2);
    await page.reload();
    await idle();
    await expect.poll(() => host((s) => s.fills), { timeout: 20_000 }).toEqual({});
    expect(await bar().textContent()).toContain("前回のチェックで付けた色（2 か所）を消しました");
    expect(await page.evaluate(() => sessionStorage.getItem("odx-mock-settings"))).toBe("{}");
    expect(await submitOff()).toBe(true);
  });

  it("submits the corrected workbook without the pane's colours, and the service keeps it", async () => {
    await openWorkbook(typeIntoCells(template, [{ sheet: "施策", cell: "H4", text: "継続実施" }]));
    await page.click("#check");
    await expect.poll(() => bar().getAttribute("intent"), { timeout: 30_000 }).toBe("success");
    await idle();
    expect(await submitOff()).toBe(false);
    await page.click("#submit");
    await expect.poll(() => bar().textContent(), { timeout: 30_000 }).toContain("提出しました");
    expect(await bar().getAttribute("intent")).toBe("success");
    await expectAccessible(page, "提出の成功");
    await screenshot(page, "excel-submitted-light", work);
    expect(await host((s) => s.fills)).toEqual({});
    expect(await page.locator(".finding").count()).toBe(0);
    // Kept centrally in the service's store (no file left on the serving machine's disk), as the DX office lists it.
    const kept = (await (await fetch(`${service.base}/api/excel/plans/akita-2021/submissions`)).json()) as { department: string; sha256: string }[];
    expect(kept.map((s) => s.department)).toEqual([department]);
    expect(kept[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(data, "submissions"))).toBe(false);
  });

  it("shows the service's Japanese refusal for a workbook of another edition", async () => {
    await openWorkbook(typeIntoCells(template, [{ sheet: "odx_marker", cell: "B2", text: "令和2年3月" }]));
    await page.click("#check");
    await expect.poll(() => bar().textContent(), { timeout: 30_000 }).toContain("別の版（令和2年3月）の様式です");
    expect(await bar().getAttribute("intent")).toBe("error");
    // A refused workbook is fixed, not retried: the bar says what to do and offers no 再試行.
    expect(await bar().locator(".retry").count()).toBe(0);
    await expectAccessible(page, "様式の拒否");
    await screenshot(page, "excel-error-light", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("dark"));
    await screenshot(page, "excel-error-dark", work);
  });
});
