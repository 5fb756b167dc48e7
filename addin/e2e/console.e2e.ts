import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, cliPath, launchChromium, repoRoot, startService } from "./support";
import { typeIntoCells } from "./xlsxCells";

// Row 4 of 施策 is each department's first measure, akita-1-01, which both departments below share: D is its name, H 令和5年度
// (継続実施 in the plan); L4 on 指標 is its first indicator's 令和5年度実績.
const digital = "デジタル化推進本部";
const statistics = "企画財政部情報統計課";

/**
 * The DX office's console against the real service: a store holding the Akita plan (harvested from its document) and two
 * department workbooks submitted through the Excel pane's endpoint — one clean, one with a finding, the two naming akita-1-01
 * differently. Chromium shows each state, the conflict, the merged plan's downloads and the revised edition; axe finds nothing.
 */
describe("DX office console against the real service", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-console-"));
  const data = join(work, "data");

  const officedx = (...args: string[]) => {
    const run = spawnSync("dotnet", [cliPath(), ...args], { encoding: "utf8", timeout: 120_000 });
    if (run.status !== 0) throw new Error(`officedx ${args.join(" ")}: ${run.status}\n${run.stdout}\n${run.stderr}`);
  };

  const submit = async (department: string, cells: { sheet: string; cell: string; text: string }[]) => {
    const template = await fetch(`${service.base}/api/excel/plans/akita-2021/template?department=${encodeURIComponent(department)}`);
    expect(template.status).toBe(200);
    const answer = await fetch(`${service.base}/api/excel/workbooks/submit?name=${encodeURIComponent(`${department}.xlsx`)}`, {
      method: "POST",
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "X-OfficeDx-Client": "e2e" },
      body: new Uint8Array(typeIntoCells(new Uint8Array(await template.arrayBuffer()), cells)),
    });
    expect(answer.status, await answer.clone().text()).toBe(200);
  };

  beforeAll(async () => {
    const library = join(work, "library");
    mkdirSync(library, { recursive: true });
    mkdirSync(data, { recursive: true });
    officedx("generate", "--plan", join(repoRoot, "templates/samples/akita/plan.json"), "--out", join(library, "akita.docx"));
    officedx("harvest", "--source", library, "--store", `sqlite:${join(data, "officedx.db")}`);
    service = await startService(["--data", data, "--console", "--deadline", "2026-01-30"]);
    await submit(digital, [{ sheet: "施策", cell: "D4", text: "名称A" }, { sheet: "施策", cell: "H4", text: "準備・検討" }]);
    await submit(statistics, [{ sheet: "施策", cell: "D4", text: "名称B" }, { sheet: "指標", cell: "L4", text: "未集計" }]);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  const row = (department: string) => page.locator("section[aria-labelledby=departments-heading] tbody tr", { has: page.locator(`th:text-is("${department}")`) });

  it("shows each department's state with who submitted and when, the deadline and the conflict", async () => {
    await page.goto(`${service.base}/console`);
    await expect.poll(() => row(digital).innerText()).toMatch(/提出済み\s+0 件\s+（ローカル）\s+\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/);
    expect(await row(statistics).innerText()).toMatch(/要修正\s+1 件/);
    expect(await row("市民生活部市民課").innerText()).toContain("未提出");
    expect(await page.locator("main").innerText()).toContain("提出期限 2026年1月30日");
    const conflicts = await page.locator("section[aria-labelledby=conflicts-heading]").innerText();
    expect(conflicts).toContain("競合（1 件）");
    for (const text of ["名称A", "名称B", digital, statistics]) expect(conflicts).toContain(text);
    expect(await axeViolations(page)).toEqual([]);
    // The progress charts are PNGs drawn by the service, loaded lazily: load them all and check each one drew.
    await page.evaluate(() => document.querySelectorAll("img").forEach((img) => { img.loading = "eager"; }));
    await page.waitForFunction(() => [...document.querySelectorAll("img")].every((img) => img.complete), undefined, { timeout: 60_000 });
    const charts = await page.evaluate(() => [...document.querySelectorAll(".charts img")].map((img) => [(img as HTMLImageElement).naturalWidth, img.getAttribute("alt") ?? ""] as const));
    expect(charts.length).toBeGreaterThan(0);
    for (const [width, alt] of charts) {
      expect(width).toBe(720);
      expect(alt.length).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(work, "console.png"), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS) writeFileSync(join(repoRoot, "docs/console.png"), await page.screenshot({ fullPage: true }));
  });

  it("downloads the merged plan as JSON with the accepted change and without the conflicting names", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=JSON >> nth=1")]);
    const merged = JSON.parse(await streamText(await download.createReadStream())) as { areas: { measures: { id: string; name: string; schedule?: unknown }[] }[] };
    const measure = merged.areas.flatMap((a) => a.measures).find((m) => m.id === "akita-1-01") as { name: string; schedule: { fiscalYear: number; phase: string }[] };
    expect(measure.name).not.toMatch(/名称[AB]/);
    expect(measure.schedule.find((s) => s.fiscalYear === 2023)?.phase).toBe("preparation");
    for (const label of ["Word（.docx）", "反映の報告 Excel（.xlsx）"]) {
      const [file] = await Promise.all([page.waitForEvent("download"), page.locator("section[aria-labelledby=plan-heading] a", { hasText: label }).first().click()]);
      expect((await streamBytes(await file.createReadStream())).subarray(0, 2).toString()).toBe("PK");
    }
  });

  it("starts the revised edition and offers plan.docx, the 新旧対照表 and the change log", async () => {
    await page.fill("#revision", "令和7年3月改訂");
    await page.click("text=改訂版の作成を開始");
    const section = page.locator("section[aria-labelledby=revision-heading]");
    await expect.poll(() => section.innerText()).toContain("「令和7年3月改訂」を作りました");
    for (const name of ["plan.docx", "comparison.docx", "changes.json", "changes.csv"]) {
      const [file] = await Promise.all([page.waitForEvent("download"), section.locator("a", { hasText: name }).click()]);
      const bytes = await streamBytes(await file.createReadStream());
      if (name.endsWith(".docx")) expect(bytes.subarray(0, 2).toString()).toBe("PK");
      else expect(bytes.toString("utf8")).toContain("akita-1-01");
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(work, "console-revised.png"), fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS) writeFileSync(join(repoRoot, "docs/console-revised.png"), await page.locator("section[aria-labelledby=revision-heading]").screenshot());
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString("utf8");
}
