import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium, openPane, screenshot, startService } from "./support";

/** Where a pane cannot run, it says so in Japanese, with what to do, instead of staying on 読み込み中… */
describe("task pane start states in Chromium", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-states-"));

  beforeAll(async () => {
    service = await startService();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("says within 5 seconds, in Japanese, that office.js could not be loaded and what to do", async () => {
    const started = Date.now();
    const page = await openPane(browser, service.base, "word", { officeJs: "missing" });
    await page.waitForSelector("fluent-message-bar[intent=error]", { timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const text = await page.locator("#app").innerText();
    expect(text).toContain("Office の機能（office.js）を読み込めませんでした");
    expect(text).toContain("開き直してください");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "word-no-officejs-light", work);
    await page.close();
  });

  it("says the pane belongs inside Excel when opened in a plain browser", async () => {
    const page = await openPane(browser, service.base, "excel", { host: { host: null } });
    await page.waitForSelector("fluent-message-bar[intent=error]", { timeout: 5_000 });
    const text = await page.locator("#app").innerText();
    expect(text).toContain("この画面は Excel の中で使います");
    expect(text).toContain("「ホーム」タブ");
    await page.close();
  });

  it("names the Office version needed when a requirement set is missing, getFileAsync included", async () => {
    const word = await openPane(browser, service.base, "word", { host: { missingSets: ["WordApi 1.3"] } });
    await word.waitForSelector("fluent-message-bar[intent=error]", { timeout: 5_000 });
    const text = await word.locator("#app").innerText();
    expect(text).toContain("WordApi 1.3");
    expect(text).toContain("Office LTSC 2021 以降");
    await screenshot(word, "word-old-office-light", work);
    await word.close();

    const excel = await openPane(browser, service.base, "excel", { host: { noFileApi: true } });
    await excel.waitForSelector("fluent-message-bar[intent=error]", { timeout: 5_000 });
    expect(await excel.locator("#app").innerText()).toContain("getFileAsync");
    await excel.close();
  });

  it("gives Internet Explorer and EdgeHTML webviews a static page naming Microsoft 365 or Office LTSC 2021+ with WebView2", async () => {
    for (const userAgent of [
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
    ]) {
      const page = await openPane(browser, service.base, "word", { host: { userAgent } });
      await page.waitForSelector(".legacy-message", { timeout: 5_000 });
      await page.waitForTimeout(300);
      const text = await page.locator("#app").innerText();
      expect(text).toContain("Microsoft 365");
      expect(text).toContain("Office LTSC 2021 以降");
      expect(text).toContain("WebView2");
      await page.close();
    }
  });
});
