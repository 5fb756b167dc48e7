import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choose, expectAccessible, launchChromium, openPane, renderWithLibreOffice, screenshot, startService, visibleText } from "./support";

type Host = { __odx: { inserted: { location: string; ooxml: string }[]; replaced: { tag: string; ooxml: string }[]; selection: unknown } };
const inserted = (page: Page) => page.evaluate(() => (window as unknown as Host).__odx.inserted.length);
const bar = (page: Page) => page.locator("#panel-measure fluent-message-bar");

describe("Word task pane against the real service", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-"));

  const post = (path: string, body: unknown) =>
    fetch(service.base + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  /** The period 令和3年度～令和5年度 chosen in the pickers, and the form for it shown. */
  const choosePeriod = async (p: Page) => {
    await choose(p, "period-from", "2021");
    await p.waitForSelector('#app[data-form="akita:2021-2028"]');
    await choose(p, "period-to", "2023");
    await p.waitForSelector('#app[data-form="akita:2021-2023"]');
  };

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
    page = await openPane(browser, service.base, "word");
    await page.waitForSelector("#app[data-form]");
    await choosePeriod(page);
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("shows only Fluent controls, 和暦 years and no internal ids, and the empty form has no axe violations in either theme", async () => {
    expect(await page.locator("select, input[type=checkbox]:not([slot])").count()).toBe(0);
    expect(await page.locator("fluent-dropdown#profile").count()).toBe(1);
    // The profile picker names the profile by its description, filled from /api/profiles and preset to the document's.
    expect(await page.locator("#profile fluent-option").count()).toBeGreaterThan(1);
    const text = await visibleText(page);
    expect(text).toContain("令和3年度");
    expect(text).not.toMatch(/\b20\d\d年度/);
    expect(text).not.toMatch(/akita|hachinohe|katagami/);
    await expectAccessible(page, "空のフォーム");
    await screenshot(page, "word-empty-light", work);
  });

  it("fills the form, inserts once on a double-click, and the OOXML handed to Word validates, harvests back and renders", async () => {
    await page.locator("#field-number input").fill("3");
    await page.locator("#field-name input").fill("行政手続のオンライン化（電子申請）");
    await page.locator("#field-overview textarea").fill("市民が来庁せずに手続できるよう、電子申請の対象を広げる。\n決済も電子化する。");
    await page.locator("#field-mainActions textarea").fill("申請書の電子化\nキャッシュレス決済の導入");
    await page.locator("#field-indicators textarea").fill("オンライン化した手続の数");
    await page.locator("#field-departments input").fill("情報統計課、市民課");
    await choose(page, "phase-2021", "preparation");
    await choose(page, "phase-2022", "implementation");
    await choose(page, "phase-2023", "continuation");

    // The live preview follows the pickers: a dashed arrow in 令和3年度, ○ in 令和4年度, a solid arrow in 令和5年度.
    await expect.poll(() => page.locator(".preview").getAttribute("aria-label"), { timeout: 20_000 })
      .toBe("工程のプレビュー：準備・検討（令和3年度）、継続実施（令和5年度）");
    expect(await page.locator('.preview-cell[data-year="2022"] .mark').textContent()).toBe("○");
    await expectAccessible(page, "入力済みのフォーム");
    await screenshot(page, "word-filled-light", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("dark"));
    await screenshot(page, "word-filled-dark", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("light"));

    await page.dblclick("#insert");
    await expect.poll(() => bar(page).getAttribute("intent"), { timeout: 20_000 }).toBe("success");
    expect(await bar(page).textContent()).toContain("挿入しました");
    expect(await inserted(page)).toBe(1);
    await expectAccessible(page, "挿入の成功");
    const ooxml = await page.evaluate(() => (window as unknown as Host).__odx.inserted[0]!);
    expect(ooxml.location).toBe("Replace");

    const check = await (await post("/api/word/fragments/check", { ooxml: ooxml.ooxml })).json();
    expect(check).toEqual({ valid: true, errors: [] });
    const read = await (await post("/api/word/fragments/read", { profile: "akita", ooxml: ooxml.ooxml })).json();
    expect(read.problems).toEqual([]);
    expect(read.measure).toMatchObject({
      number: "3",
      name: "行政手続のオンライン化（電子申請）",
      schedule: [
        { fiscalYear: 2021, phase: "preparation" },
        { fiscalYear: 2022, phase: "implementation" },
        { fiscalYear: 2023, phase: "continuation" },
      ],
      departments: ["情報統計課", "市民課"],
    });
    const docx = await post("/api/word/fragments/document", { ooxml: ooxml.ooxml });
    const path = join(work, "inserted.docx");
    writeFileSync(path, Buffer.from(await docx.arrayBuffer()));
    // pdftotext -layout spaces out half-width digits between kanji (令和 3 年度): compare without white space.
    const text = renderWithLibreOffice(path, work).replace(/\s+/g, "");
    for (const expected of ["行政手続のオンライン化（電子申請）", "令和3年度", "令和5年度", "準備・検討", "継続実施", "情報統計課、市民課", "○"]) expect(text).toContain(expected);
  });

  it("shows the busy state while the table is made, and a second press then does nothing", async () => {
    const before = await inserted(page);
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await page.route("**/api/word/fragments/measure-table", async (route: Route) => { await held; await route.continue(); });
    await page.click("#insert");
    await page.waitForSelector("#insert fluent-spinner");
    expect(await page.locator("#app").getAttribute("aria-busy")).toBe("true");
    expect(await page.locator("#load").getAttribute("disabled-focusable")).not.toBeNull();
    await expectAccessible(page, "処理中");
    await screenshot(page, "word-busy-light", work);
    await page.click("#insert", { force: true });
    release();
    await expect.poll(() => bar(page).textContent(), { timeout: 20_000 }).toContain("挿入しました");
    await page.unroute("**/api/word/fragments/measure-table");
    expect(await inserted(page)).toBe(before + 1);
    expect(await page.locator("#insert fluent-spinner").count()).toBe(0);
  });

  it("says in Japanese that the service is out of reach, and 再試行 inserts once it is back", async () => {
    const before = await inserted(page);
    await page.route("**/api/word/fragments/measure-table", (route) => route.abort("connectionrefused"));
    await page.click("#insert");
    await expect.poll(() => bar(page).getAttribute("intent"), { timeout: 20_000 }).toBe("error");
    const text = await bar(page).textContent();
    expect(text).toContain("OfficeDx サービスにつながりません");
    expect(text).toContain("再試行");
    expect(text).not.toContain("Failed to fetch");
    await expectAccessible(page, "サービス停止のエラー");
    await screenshot(page, "word-error-light", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("dark"));
    await screenshot(page, "word-error-dark", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("light"));

    await page.unroute("**/api/word/fragments/measure-table");
    await bar(page).locator(".retry").click();
    await expect.poll(() => bar(page).getAttribute("intent"), { timeout: 20_000 }).toBe("success");
    expect(await inserted(page)).toBe(before + 1);
  });

  it("loads the selected measure table into the form and replaces it in place", async () => {
    const ooxml = await page.evaluate(() => (window as unknown as Host).__odx.inserted[0]!.ooxml);
    const tag = /w:tag w:val="(odx:measure:[^"]+)"/.exec(ooxml)![1]!;
    await page.click("#clear");
    await expect.poll(() => page.locator("#field-name input").inputValue(), { timeout: 20_000 }).toBe("");
    await page.evaluate(([t, x]) => { (window as unknown as Host).__odx.selection = { tag: t, ooxml: x }; }, [tag, ooxml]);

    await page.click("#load");
    await expect.poll(() => page.locator("#field-name input").inputValue(), { timeout: 20_000 }).toBe("行政手続のオンライン化（電子申請）");
    expect(await page.locator("#phase-2021").evaluate((d) => (d as unknown as { value: string }).value)).toBe("preparation");
    expect(await page.locator("#field-departments input").inputValue()).toBe("情報統計課、市民課");

    await choose(page, "phase-2021", "implementation");
    await page.locator("#field-name input").fill("行政手続のオンライン化");
    await page.click("#replace");
    await page.waitForFunction(() => (window as unknown as Host).__odx.replaced.length === 1);
    const replaced = await page.evaluate(() => (window as unknown as Host).__odx.replaced[0]!);
    expect(replaced.tag).toBe(tag);
    const read = await (await post("/api/word/fragments/read", { profile: "akita", ooxml: replaced.ooxml })).json();
    expect("odx:measure:" + read.measure.id).toBe(tag);
    expect(read.measure.name).toBe("行政手続のオンライン化");
    expect(read.measure.schedule[0]).toEqual({ fiscalYear: 2021, phase: "implementation" });
  });

  it("shows the service's Japanese problem for a measure without a name, with the action and no retry", async () => {
    await page.click("#clear");
    await page.click("#insert");
    await expect.poll(() => bar(page).getAttribute("intent"), { timeout: 20_000 }).toBe("error");
    expect(await bar(page).textContent()).toContain("リクエストの内容に誤りがあります");
    expect(await bar(page).locator(".retry").count()).toBe(0);
  });

  it("can be worked from the keyboard alone: Tab reaches every picker, field and action, and a picker opens and chooses by keys", async () => {
    const keyboard = await openPane(browser, service.base, "word");
    await keyboard.waitForSelector("#app[data-form]");
    const reached = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await keyboard.keyboard.press("Tab");
      reached.add(await keyboard.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        return (focused?.closest("fluent-dropdown") ?? focused?.closest("[id]"))?.id ?? "";
      }));
    }
    for (const id of ["profile", "period-from", "period-to", "tab-measure", "field-name", "field-overview", "phase-2026", "insert", "load", "clear"]) expect([...reached]).toContain(id);
    // The first year one later, by keys only: focus the picker, open it, move down, take the option.
    const from = await keyboard.evaluate(() => Number((document.querySelector("#period-from") as unknown as { value: string }).value));
    await keyboard.focus("#period-from [role=combobox]");
    await keyboard.keyboard.press("ArrowDown"); // opens the list on the chosen year
    await keyboard.keyboard.press("ArrowDown");
    await keyboard.keyboard.press("Enter");
    await keyboard.waitForSelector(`#app[data-form^="akita:${from + 1}-"]`);
    await keyboard.close();
  });
});
