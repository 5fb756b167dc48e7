import { spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath, launchChromium, repoRoot, startService } from "./support";
import { typeIntoCells } from "./xlsxCells";

const officeJs = "https://appsforoffice.microsoft.com/**";
const hostMock = readFileSync(join(__dirname, "excelHostMock.js"), "utf8");
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
  const openWorkbook = (bytes: Buffer) =>
    page.evaluate((b64) => { (window as unknown as { __odx: HostState }).__odx.workbook = b64; }, bytes.toString("base64"));

  beforeAll(async () => {
    service = await startService(["--data", data]);
    const response = await fetch(`${service.base}/api/excel/plans/akita-2021/template?department=${encodeURIComponent(department)}`);
    expect(response.status).toBe(200);
    template = Buffer.from(await response.arrayBuffer());
    filled = typeIntoCells(template, badCells);
    browser = await launchChromium();
    await browser.route(officeJs, (route) => route.fulfill({ contentType: "text/javascript", body: hostMock }));
    page = await browser.newPage();
    await page.goto(`${service.base}/excel.html`);
    await page.waitForSelector("#check");
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("checks the workbook, paints each bad cell and lists it with the message `officedx excel collect` gives", async () => {
    await openWorkbook(filled);
    await page.click("#check");
    await page.waitForSelector(".finding");

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
    expect(await page.locator(".status").textContent()).toContain("色を付けたセル");
    expect(await page.locator(".status").getAttribute("data-kind")).toBe("error");

    // Painted in place through the protection, which is back on afterwards.
    expect(await host((s) => s.fills)).toEqual({ "施策!H4": "#FDE7E9", "指標!L4": "#FDE7E9" });
    expect(await host((s) => [...s.protectedSheets].sort())).toEqual(["指標", "施策", "用語"].sort());

    await page.screenshot({ path: join(work, "excel-taskpane.png"), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(work, "excel-taskpane.png"), join(repoRoot, "docs/excel-taskpane.png"));

    await page.click('.finding-link[data-cell="L4"]');
    await expect.poll(() => host((s) => s.selected)).toBe("指標!L4");
  });

  it("submits the corrected workbook without the pane's colours, and the service keeps it", async () => {
    await openWorkbook(typeIntoCells(template, [{ sheet: "施策", cell: "H4", text: "継続実施" }]));
    await page.click("#submit");
    await expect.poll(() => page.locator(".status").textContent()).toContain("提出しました");
    expect(await page.locator(".status").getAttribute("data-kind")).toBe("success");
    expect(await host((s) => s.fills)).toEqual({});
    expect(await page.locator(".finding").count()).toBe(0);
    const stored = join(data, "submissions", "akita-2021");
    expect(existsSync(stored) && readdirSync(stored)).toEqual([`${department}.xlsx`]);
  });

  it("shows the service's Japanese refusal for a workbook of another edition", async () => {
    await openWorkbook(typeIntoCells(template, [{ sheet: "odx_marker", cell: "B2", text: "令和2年3月" }]));
    await page.click("#check");
    await expect.poll(() => page.locator(".status").textContent()).toContain("別の版（令和2年3月）の様式です");
    expect(await page.locator(".status").getAttribute("data-kind")).toBe("error");
  });
});
