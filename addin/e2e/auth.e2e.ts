import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choose, expectAccessible, launchChromium, openPane, screenshot, startService } from "./support";
import { typeIntoCells } from "./xlsxCells";

const authConfig = { clientId: "00000000-0000-0000-0000-0000000000dx", scope: "api://officedx.example.lg.jp/access_as_user" };
const department = "デジタル化推進本部";

/** Every request the page makes to the service's API, with the Authorization header it carried. */
function recordApiCalls(page: Page): { path: string; authorization: string | undefined }[] {
  const calls: { path: string; authorization: string | undefined }[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) calls.push({ path: `${request.method()} ${url.pathname}`, authorization: request.headers().authorization });
  });
  return calls;
}

/**
 * Sign-in from the panes' side: with auth-config.json present, the stand-in Office host hands out an SSO token and every call
 * to the service carries it as a bearer token. The service here runs without token validation (i14-deploy builds that side),
 * so this pins what the panes send; without a token the pane shows the Japanese message and 再試行 recovers.
 */
describe("task panes with sign-in", () => {
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-auth-"));

  beforeAll(async () => {
    service = await startService(["--data", join(work, "data")]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
  });

  it("Word: inserts a measure with the SSO token on every call", async () => {
    const page = await openPane(browser, service.base, "word", { host: { token: "sso-token-word" }, authConfig });
    const calls = recordApiCalls(page);
    await page.waitForSelector("#app[data-form]");
    await page.locator("#field-name input").fill("窓口のキャッシュレス化");
    await choose(page, "phase-2026", "implementation");
    await page.click("#insert");
    await expect.poll(() => page.locator("#panel-measure fluent-message-bar").getAttribute("intent"), { timeout: 20_000 }).toBe("success");
    expect(await page.evaluate(() => (window as unknown as { __odx: { inserted: unknown[] } }).__odx.inserted.length)).toBe(1);
    expect(calls.map((c) => c.path)).toEqual(expect.arrayContaining(["GET /api/profiles", "POST /api/word/fragments/measure-table"]));
    expect(calls.filter((c) => c.authorization !== "Bearer sso-token-word")).toEqual([]);
    await page.close();
  });

  it("Excel: checks and submits a workbook with the SSO token on every call", async () => {
    const template = Buffer.from(await (await fetch(`${service.base}/api/excel/plans/akita-2021/template?department=${encodeURIComponent(department)}`)).arrayBuffer());
    const page = await openPane(browser, service.base, "excel", { host: { token: "sso-token-excel" }, authConfig });
    const calls = recordApiCalls(page);
    await page.waitForSelector("#app[data-state=ready]:not([aria-busy])");
    await page.evaluate((b64) => { (window as unknown as { __odx: { workbook: string } }).__odx.workbook = b64; }, typeIntoCells(template, [{ sheet: "施策", cell: "H4", text: "継続実施" }]).toString("base64"));
    await page.click("#check");
    await expect.poll(() => page.locator("fluent-message-bar").getAttribute("intent"), { timeout: 30_000 }).toBe("success");
    await page.waitForSelector("#app:not([aria-busy])");
    await page.click("#submit");
    await expect.poll(() => page.locator("fluent-message-bar").textContent(), { timeout: 30_000 }).toContain("提出しました");
    expect(calls.map((c) => c.path)).toEqual(["POST /api/excel/workbooks/check", "POST /api/excel/workbooks/submit"]);
    expect(calls.filter((c) => c.authorization !== "Bearer sso-token-excel")).toEqual([]);
    await page.close();
  });

  it("without a token shows the Japanese sign-in message with 再試行, sends nothing, and recovers once signed in", async () => {
    const page = await openPane(browser, service.base, "word", { host: { token: { code: 13001 } }, authConfig });
    const calls = recordApiCalls(page);
    const bar = page.locator("#panel-measure fluent-message-bar");
    await expect.poll(() => bar.getAttribute("intent"), { timeout: 20_000 }).toBe("error");
    const text = await bar.textContent();
    expect(text).toContain("Office にサインインしていません。");
    expect(text).toContain("再試行");
    expect(calls).toEqual([]);
    await expectAccessible(page, "サインインのエラー");
    await screenshot(page, "word-signin-error-light", work);

    await page.evaluate(() => { (window as unknown as { __odxCommon: { config: { token: unknown } } }).__odxCommon.config.token = "sso-token-later"; });
    await bar.locator(".retry").click();
    await page.waitForSelector("#app[data-form]", { timeout: 20_000 });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.authorization !== "Bearer sso-token-later")).toEqual([]);
    await page.close();
  });
});
