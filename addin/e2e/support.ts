import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

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
