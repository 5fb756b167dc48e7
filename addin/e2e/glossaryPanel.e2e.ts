import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchChromium, openPane, screenshot, startService, visibleText } from "./support";

type HostState = { searched: string[]; selected: string[]; file: number[] };

describe("Word glossary panel against the real service", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-glossary-"));
  const bar = () => page.locator("#panel-glossary fluent-message-bar");

  const post = (path: string, body: unknown) =>
    fetch(service.base + path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  /** A plan document with one measure table whose overview uses ICT unmarked and spelled two ways, made by the service itself. */
  const planDocument = async (): Promise<number[]> => {
    const measure = {
      id: "m-glossary", number: "1", name: "職員のデジタル研修",
      overview: "本市ではICTを活用して業務を見直す。\n職員のＩＣＴ研修も行う。",
      mainActions: [], schedule: [{ fiscalYear: 2021, phase: "implementation" }], indicators: [], departments: ["情報統計課"],
    };
    const fragment = await (await post("/api/word/fragments/measure-table", { profile: "akita", period: { from: 2021, to: 2023 }, measure })).text();
    const docx = await post("/api/word/fragments/document", { ooxml: fragment });
    expect(docx.status).toBe(200);
    return Array.from(new Uint8Array(await docx.arrayBuffer()));
  };

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
    page = await openPane(browser, service.base, "word");
    await page.waitForSelector("#app[data-form]");
    await page.click("#tab-glossary");
    await page.waitForSelector("#glossary-search", { state: "visible" });
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("finds a term typed in full-width letters and lists the results as a listbox chosen from the keyboard", async () => {
    await page.locator("#glossary-search input").fill("ＩＣＴ");
    await expect.poll(() => page.locator('#glossary-terms [role="option"]').first().getAttribute("data-term"), { timeout: 20_000 }).toBe("ICT");
    expect(await page.locator('#glossary-terms [data-term="ICT"] .term-definition').textContent()).not.toBe("");
    // One tab stop from the search box to the list; the arrow keys move, Enter chooses.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("glossary-terms");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await page.locator('#glossary-terms [role="option"]').first().getAttribute("aria-selected")).toBe("true");
    await expectAccessible(page, "用語の検索結果");
    await screenshot(page, "word-glossary-light", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("dark"));
    await screenshot(page, "word-glossary-dark", work);
    await page.evaluate(() => (window as unknown as { __odxSetTheme(n: string): void }).__odxSetTheme("light"));
  });

  it("checks the open document and jumps to a finding in its measure table", async () => {
    const bytes = await planDocument();
    await page.evaluate((file) => { (window as unknown as { __odx: HostState }).__odx.file = file; }, bytes);
    await page.click("#glossary-check");
    await expect.poll(() => page.locator("#glossary-findings button").count(), { timeout: 20_000 }).toBeGreaterThan(1);
    expect(await bar().textContent()).toContain("件の指摘があります");
    expect(await bar().getAttribute("intent")).toBe("warning");
    await expectAccessible(page, "用語チェックの結果");

    const variant = page.locator("#glossary-findings button.kind-variant").first();
    expect(await variant.locator(".finding-message").textContent()).toBe("「ＩＣＴ」は「ICT」の表記ゆれです。表記をそろえてください。");
    expect(await variant.locator(".finding-place").textContent()).toContain("施策表");
    expect(await visibleText(page)).not.toContain("m-glossary");
    await variant.click();
    await page.waitForFunction(() => (window as unknown as { __odx: HostState }).__odx.selected.length === 1);
    const host = await page.evaluate(() => (window as unknown as { __odx: HostState }).__odx);
    // What the pane searched for is text of the document's paragraph, so Word finds it.
    expect(host.selected[0]).toContain("ＩＣＴ");
    expect("職員のＩＣＴ研修も行う。").toContain(host.selected[0]!);
    await screenshot(page, "word-glossary-findings-light", work);
  });
});
