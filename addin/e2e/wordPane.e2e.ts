import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, renderWithLibreOffice, repoRoot, startService } from "./support";

const officeJs = "https://appsforoffice.microsoft.com/**";
const hostMock = readFileSync(join(__dirname, "wordHostMock.js"), "utf8");

describe("Word task pane against the real service", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-"));

  const post = async (path: string, body: unknown) => {
    const response = await fetch(service.base + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    return response;
  };

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
    // office.js comes from Microsoft's CDN in Office; here a stand-in records what the pane hands to Word.
    await browser.route(officeJs, (route) => route.fulfill({ contentType: "text/javascript", body: hostMock }));
    page = await browser.newPage();
    await page.goto(`${service.base}/word.html`);
    await page.waitForSelector("select.phase");
    await page.selectOption("#period-from", "2021");
    await page.waitForSelector("#phase-2021");
    await page.selectOption("#period-to", "2023");
    // #phase-2023 is already there from the 2021–2028 form: wait until the 2021–2023 one has replaced it.
    await page.waitForFunction(() => document.querySelectorAll("select.phase").length === 3);
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("fills the form, inserts at the cursor, and the OOXML handed to Word validates, harvests back and renders", async () => {
    await page.locator("#field-number input").fill("3");
    await page.locator("#field-name input").fill("行政手続のオンライン化（電子申請）");
    await page.locator("#field-overview textarea").fill("市民が来庁せずに手続できるよう、電子申請の対象を広げる。\n決済も電子化する。");
    await page.locator("#field-mainActions textarea").fill("申請書の電子化\nキャッシュレス決済の導入");
    await page.locator("#field-indicators textarea").fill("オンライン化した手続の数");
    await page.locator("#field-departments input").fill("情報統計課、市民課");
    await page.selectOption("#phase-2021", "preparation");
    await page.selectOption("#phase-2022", "implementation");
    await page.selectOption("#phase-2023", "continuation");

    // The live preview follows the pickers: a dashed arrow in 令和3年度, ○ in 令和4年度, a solid arrow in 令和5年度.
    await expect.poll(() => page.locator(".preview").getAttribute("aria-label"))
      .toBe("工程のプレビュー：準備・検討（令和3年度）、継続実施（令和5年度）");
    expect(await page.locator('.preview-cell[data-year="2022"] .mark').textContent()).toBe("○");

    await page.screenshot({ path: join(work, "word-taskpane.png"), fullPage: true });
    await page.click("#insert");
    await page.waitForFunction(() => (window as unknown as { __odx: { inserted: unknown[] } }).__odx.inserted.length === 1);
    await expect.poll(() => page.locator(".status").textContent()).toContain("挿入しました");
    const inserted = await page.evaluate(() => (window as unknown as { __odx: { inserted: { location: string; ooxml: string }[] } }).__odx.inserted[0]!);
    expect(inserted.location).toBe("Replace");
    expect(inserted.ooxml).toContain("pkg:package");

    const check = await (await post("/api/word/fragments/check", { ooxml: inserted.ooxml })).json();
    expect(check).toEqual({ valid: true, errors: [] });

    const read = await (await post("/api/word/fragments/read", { profile: "akita", ooxml: inserted.ooxml })).json();
    expect(read.problems).toEqual([]);
    expect(read.measure).toMatchObject({
      number: "3",
      name: "行政手続のオンライン化（電子申請）",
      state: "active",
      overview: "市民が来庁せずに手続できるよう、電子申請の対象を広げる。\n決済も電子化する。",
      mainActions: ["申請書の電子化", "キャッシュレス決済の導入"],
      schedule: [
        { fiscalYear: 2021, phase: "preparation" },
        { fiscalYear: 2022, phase: "implementation" },
        { fiscalYear: 2023, phase: "continuation" },
      ],
      indicators: [{ name: "オンライン化した手続の数" }],
      departments: ["情報統計課", "市民課"],
    });
    expect(read.measure.id).toMatch(/^m-[0-9a-z]{8}$/);

    const docx = await post("/api/word/fragments/document", { ooxml: inserted.ooxml });
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    const path = join(work, "inserted.docx");
    writeFileSync(path, Buffer.from(await docx.arrayBuffer()));
    // pdftotext -layout spaces out half-width digits between kanji (令和 3 年度): compare without white space.
    const text = renderWithLibreOffice(path, work).replace(/\s+/g, "");
    for (const expected of ["施策の名称", "行政手続のオンライン化（電子申請）", "令和3年度", "令和5年度", "準備・検討", "継続実施", "情報統計課、市民課", "○"]) {
      expect(text).toContain(expected);
    }
    if (process.env.UPDATE_SCREENSHOTS) copyFileSync(join(work, "word-taskpane.png"), join(repoRoot, "docs/word-taskpane.png"));
  });

  it("loads the selected measure table into the form and replaces it in place", async () => {
    const inserted = await page.evaluate(() => (window as unknown as { __odx: { inserted: { ooxml: string }[] } }).__odx.inserted[0]!.ooxml);
    const tag = /w:tag w:val="(odx:measure:[^"]+)"/.exec(inserted)![1]!;
    await page.click("#clear");
    expect(await page.locator("#field-name input").inputValue()).toBe("");
    await page.evaluate(([t, x]) => { (window as unknown as { __odx: { selection: unknown } }).__odx.selection = { tag: t, ooxml: x }; }, [tag, inserted]);

    await page.click("#load");
    await expect.poll(() => page.locator("#field-name input").inputValue()).toBe("行政手続のオンライン化（電子申請）");
    expect(await page.locator("#phase-2021").inputValue()).toBe("preparation");
    expect(await page.locator("#field-departments input").inputValue()).toBe("情報統計課、市民課");

    await page.selectOption("#phase-2021", "implementation");
    await page.locator("#field-name input").fill("行政手続のオンライン化");
    await page.click("#replace");
    await page.waitForFunction(() => (window as unknown as { __odx: { replaced: unknown[] } }).__odx.replaced.length === 1);
    const replaced = await page.evaluate(() => (window as unknown as { __odx: { replaced: { tag: string; ooxml: string }[] } }).__odx.replaced[0]!);
    expect(replaced.tag).toBe(tag);

    const read = await (await post("/api/word/fragments/read", { profile: "akita", ooxml: replaced.ooxml })).json();
    // Same table (same id), new name and schedule.
    expect("odx:measure:" + read.measure.id).toBe(tag);
    expect(read.measure.name).toBe("行政手続のオンライン化");
    expect(read.measure.schedule[0]).toEqual({ fiscalYear: 2021, phase: "implementation" });
  });

  it("shows the service's Japanese problem when the measure has no name", async () => {
    await page.click("#clear");
    await page.click("#insert");
    await expect.poll(() => page.locator(".status").textContent()).toContain("リクエストの内容に誤りがあります");
    expect(await page.locator(".status").getAttribute("data-kind")).toBe("error");
  });
});
