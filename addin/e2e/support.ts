import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const repoRoot = resolve(__dirname, "..", "..");

/** A port the kernel says is free on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

/** The officedx CLI: ODX_CLI when set (a built officedx.dll), else the Release build scripts/test.sh makes. */
export function cliPath(): string {
  const path = process.env.ODX_CLI ?? join(repoRoot, "automation/OfficeDx.Cli/bin/Release/net10.0/officedx.dll");
  if (!existsSync(path)) throw new Error(`officedx.dll がありません: ${path}（dotnet build automation/OfficeDx.Cli -c Release を先に実行するか ODX_CLI を指定してください）`);
  return path;
}

/** Starts `officedx serve` on 127.0.0.1 with the built add-in and the sample plans (--demo; any further options, such as --data) and waits for /health. */
export async function startService(extraArgs: string[] = []): Promise<{ base: string; process: ChildProcess; log: string[] }> {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn("dotnet", [cliPath(), "serve", "--port", String(port), "--addin", join(repoRoot, "addin/dist"), "--plain-logs", "--demo", ...extraArgs], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (d) => log.push(String(d)));
  child.stderr?.on("data", (d) => log.push(String(d)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`サービスが起動しませんでした:\n${log.join("")}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, process: child, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`サービスが 60 秒以内に応答しませんでした:\n${log.join("")}`);
}

/** Debian's Chromium, headless, with a fresh profile and nothing that talks to the network on its own. */
export async function launchChromium(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "odx-chromium-")), {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 360, height: 1100 },
    locale: "ja-JP",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Converts a .docx with LibreOffice and returns the text of the PDF (poppler's pdftotext). */
export function renderWithLibreOffice(docx: string, outDir: string): string {
  // A profile of its own: another LibreOffice running on the machine would otherwise hold the lock on the shared one.
  const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), "odx-lo-"))}`;
  const convert = spawnSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", outDir, docx], { encoding: "utf8", timeout: 120_000 });
  const pdf = docx.replace(/\.docx$/, ".pdf").replace(/^.*\//, outDir + "/");
  if (!existsSync(pdf)) throw new Error(`LibreOffice が PDF を作れませんでした: ${convert.stderr}`);
  return spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
}

export const officeJs = "https://appsforoffice.microsoft.com/**";
const axeSource = readFileSync(join(__dirname, "..", "node_modules/axe-core/axe.min.js"), "utf8");
const officeCommon = readFileSync(join(__dirname, "officeCommon.js"), "utf8");
const hostMocks = { word: readFileSync(join(__dirname, "wordHostMock.js"), "utf8"), excel: readFileSync(join(__dirname, "excelHostMock.js"), "utf8") };

/** What the stand-in Office host does for one page (see officeCommon.js). */
export interface HostConfig {
  theme?: "light" | "dark";
  missingSets?: string[];
  noFileApi?: boolean;
  /** The SSO token Office.auth.getAccessToken hands out, or the error it fails with. */
  token?: string | { code: number };
  /** null: Office.onReady says there is no host (the page opened in a browser). */
  host?: string | null;
  userAgent?: string;
}

/**
 * Opens a pane in a new page of the browser: office.js is the stand-in host, or missing altogether; auth-config.json as given,
 * as the service serves it ("service": a service with sign-in on), or absent (no sign-in).
 */
export async function openPane(browser: BrowserContext, base: string, pane: "word" | "excel",
  options: { host?: HostConfig; officeJs?: "mock" | "missing"; authConfig?: object | "service" } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(({ config, userAgent }) => {
    (window as unknown as { __odxConfig: unknown }).__odxConfig = config;
    if (userAgent) Object.defineProperty(navigator, "userAgent", { get: () => userAgent });
  }, { config: options.host ?? {}, userAgent: options.host?.userAgent ?? "" });
  await page.route(officeJs, (route) => options.officeJs === "missing"
    ? route.abort("internetdisconnected")
    : route.fulfill({ contentType: "text/javascript", body: `${officeCommon}\n${hostMocks[pane]}` }));
  await page.route("**/auth-config.json", (route) => options.authConfig === "service"
    ? route.continue()
    : options.authConfig
    ? route.fulfill({ contentType: "application/json", body: JSON.stringify(options.authConfig) })
    : route.fulfill({ status: 404, body: "" }));
  await page.goto(`${base}/${pane}.html`);
  return page;
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is, one line each (rule, elements, help). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(" | ")}`);
  });
  return violations;
}

/** Checks the page with axe in the light and the dark Office theme (switched as Office does, by OfficeThemeChanged). */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((name) => (window as unknown as { __odxSetTheme?: (n: string) => void }).__odxSetTheme?.(name), theme);
    await page.waitForFunction((name) => document.documentElement.dataset.theme === name || !("__odxSetTheme" in window), theme);
    // Fluent eases colours in over a few hundred milliseconds: check the colours the drafter ends up seeing.
    await page.waitForTimeout(600);
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe: ${state}（${theme}）に ${violations.length} 件の違反:\n${violations.join("\n")}`);
  }
  await page.evaluate(() => (window as unknown as { __odxSetTheme?: (n: string) => void }).__odxSetTheme?.("light"));
}

/** Picks an option of a Fluent dropdown the way a drafter does: open it, click the option. */
export async function choose(page: Page, dropdownId: string, value: string): Promise<void> {
  await page.click(`#${dropdownId}`);
  await page.click(`#${dropdownId} fluent-option[value="${value}"]`);
}

/** Saves a screenshot under docs/panes/ when UPDATE_SCREENSHOTS is set (and always in the test's own folder). */
export async function screenshot(page: Page, name: string, work: string): Promise<void> {
  const path = join(work, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(join(repoRoot, "docs/panes"), { recursive: true });
    copyFileSync(path, join(repoRoot, "docs/panes", `${name}.png`));
  }
}

/** What the pane shows as text must not carry internal ids (profile names, plan ids, measure ids) or Western fiscal years. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
