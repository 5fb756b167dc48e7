import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EntraStandIn } from "./entraStandIn";
import { choose, expectAccessible, launchChromium, openPane, screenshot, startService } from "./support";
import { typeIntoCells } from "./xlsxCells";

const department = "デジタル化推進本部";
const departmentGroup = "0a0a0a0a-1111-4000-8000-000000000001";

/** Every request the page makes to the service's API, with the Authorization header it carried and the status it got. */
function recordApiCalls(page: Page): { path: string; authorization: string | undefined; status?: number }[] {
  const calls: { path: string; authorization: string | undefined; status?: number }[] = [];
  page.on("response", (response) => {
    const request = response.request();
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) calls.push({ path: `${request.method()} ${url.pathname}`, authorization: request.headers().authorization, status: response.status() });
  });
  return calls;
}

/**
 * Sign-in end to end: a real `officedx serve` with sign-in on (OfficeDx:Entra pointing at a local stand-in for Entra ID, whose
 * tokens Microsoft.Identity.Web validates: signature, issuer, audience, lifetime, app roles, the department's group). The panes
 * read auth-config.json from the service, the stand-in Office host hands out a token the stand-in minted, and every call carries
 * it. Without a token, or with one the service refuses, the pane shows the Japanese message and 再試行 recovers.
 */
describe("task panes with sign-in on the service", () => {
  let entra: EntraStandIn;
  let service: { base: string; process: ChildProcess; log: string[] };
  let browser: BrowserContext;
  const work = mkdtempSync(join(tmpdir(), "odx-e2e-auth-"));

  beforeAll(async () => {
    entra = await EntraStandIn.start();
    service = await startService(["--data", join(work, "data"), ...entra.serviceArgs({ [departmentGroup]: department })]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    service?.process.kill();
    await entra?.stop();
  });

  it("serves auth-config.json from its settings and refuses the API without a token", async () => {
    const config = await (await fetch(`${service.base}/auth-config.json`)).json();
    expect(config).toEqual({ clientId: EntraStandIn.clientId, scope: `api://${EntraStandIn.clientId}/access_as_user`, authority: `${entra.instance}${EntraStandIn.tenantId}` });
    expect((await fetch(`${service.base}/api/profiles`)).status).toBe(401);
    expect((await fetch(`${service.base}/api/profiles`, { headers: { authorization: `Bearer ${entra.token(["drafter"], [], { signedBy: EntraStandIn.foreignKey() })}` } })).status).toBe(401);
  });

  it("Word: a drafter's SSO token on every call, validated by the service, inserts a measure", async () => {
    const token = entra.token(["drafter"]);
    const page = await openPane(browser, service.base, "word", { host: { token }, authConfig: "service" });
    const calls = recordApiCalls(page);
    await page.waitForSelector("#app[data-form]");
    await page.locator("#field-name input").fill("窓口のキャッシュレス化");
    await choose(page, "phase-2026", "implementation");
    await page.click("#insert");
    await expect.poll(() => page.locator("#panel-measure fluent-message-bar").getAttribute("intent"), { timeout: 20_000 }).toBe("success");
    expect(await page.evaluate(() => (window as unknown as { __odx: { inserted: unknown[] } }).__odx.inserted.length)).toBe(1);
    expect(calls.map((c) => c.path)).toEqual(expect.arrayContaining(["GET /api/profiles", "POST /api/word/fragments/measure-table"]));
    expect(calls.filter((c) => c.authorization !== `Bearer ${token}` || c.status !== 200)).toEqual([]);
    await screenshot(page, "word-signed-in-inserted-light", work);
    await page.close();
  });

  it("Excel: a department's SSO token checks and submits its own workbook, kept in the store under the signed-in user", async () => {
    const office = { authorization: `Bearer ${entra.token(["dxoffice"])}` };
    const template = Buffer.from(await (await fetch(`${service.base}/api/excel/plans/akita-2021/template?department=${encodeURIComponent(department)}`, { headers: office })).arrayBuffer());
    const token = entra.token(["department"], [departmentGroup], { user: "hanako@city.example.jp" });
    const page = await openPane(browser, service.base, "excel", { host: { token }, authConfig: "service" });
    const calls = recordApiCalls(page);
    await page.waitForSelector("#app[data-state=ready]:not([aria-busy])");
    await page.evaluate((b64) => { (window as unknown as { __odx: { workbook: string } }).__odx.workbook = b64; }, typeIntoCells(template, [{ sheet: "施策", cell: "H4", text: "継続実施" }]).toString("base64"));
    await page.click("#check");
    await expect.poll(() => page.locator("fluent-message-bar").getAttribute("intent"), { timeout: 30_000 }).toBe("success");
    await page.waitForSelector("#app:not([aria-busy])");
    await page.click("#submit");
    await expect.poll(() => page.locator("fluent-message-bar").textContent(), { timeout: 30_000 }).toContain("提出しました");
    expect(calls.map((c) => c.path)).toEqual(["POST /api/excel/workbooks/check", "POST /api/excel/workbooks/submit"]);
    expect(calls.filter((c) => c.authorization !== `Bearer ${token}` || c.status !== 200)).toEqual([]);
    await screenshot(page, "excel-signed-in-submitted-light", work);
    await page.close();

    const submissions = (await (await fetch(`${service.base}/api/excel/plans/akita-2021/submissions`, { headers: office })).json()) as { department: string; submitter: string }[];
    expect(submissions.map((s) => [s.department, s.submitter])).toEqual([[department, "hanako@city.example.jp"]]);
  });

  it("without a token shows the Japanese sign-in message with 再試行, sends nothing, and recovers once signed in", async () => {
    const page = await openPane(browser, service.base, "word", { host: { token: { code: 13001 } }, authConfig: "service" });
    const calls = recordApiCalls(page);
    const bar = page.locator("#panel-measure fluent-message-bar");
    await expect.poll(() => bar.getAttribute("intent"), { timeout: 20_000 }).toBe("error");
    const text = await bar.textContent();
    expect(text).toContain("Office にサインインしていません。");
    expect(text).toContain("再試行");
    expect(calls).toEqual([]);
    await screenshot(page, "word-signin-error-light", work);
    await expectAccessible(page, "サインインのエラー");

    const token = entra.token(["drafter"]);
    await page.evaluate((t) => { (window as unknown as { __odxCommon: { config: { token: unknown } } }).__odxCommon.config.token = t; }, token);
    await bar.locator(".retry").click();
    await page.waitForSelector("#app[data-form]", { timeout: 20_000 });
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.authorization !== `Bearer ${token}` || c.status !== 200)).toEqual([]);
    await page.close();
  });

  it("a token the service refuses (not signed by the tenant) shows the Japanese message with 再試行", async () => {
    const page = await openPane(browser, service.base, "word", { host: { token: entra.token(["drafter"], [], { signedBy: EntraStandIn.foreignKey() }) }, authConfig: "service" });
    const calls = recordApiCalls(page);
    const bar = page.locator("#panel-measure fluent-message-bar");
    await expect.poll(() => bar.getAttribute("intent"), { timeout: 20_000 }).toBe("error");
    const text = await bar.textContent();
    expect(text).toContain("サインインを確認できませんでした");
    expect(text).toContain("サインインし直して「再試行」を押してください。");
    expect(await bar.locator(".retry").count()).toBe(1);
    expect(calls.map((c) => c.status)).toContain(401);
    expect(service.log.join("")).toContain("トークンを受け付けませんでした");
    await screenshot(page, "word-token-refused-light", work);

    const token = entra.token(["drafter"]);
    await page.evaluate((t) => { (window as unknown as { __odxCommon: { config: { token: unknown } } }).__odxCommon.config.token = t; }, token);
    await bar.locator(".retry").click();
    await page.waitForSelector("#app[data-form]", { timeout: 20_000 });
    expect(calls.filter((c) => c.authorization === `Bearer ${token}`).map((c) => c.status)).toContain(200);
    await page.close();
  });
});
