// npm run model: starts the built service on loopback, saves its OpenAPI document as openapi.json and regenerates
// src/shared/model.ts from it. ODX_CLI names the built officedx.dll (default: the Release build scripts/test.sh makes).
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { modelSource } from "./modelSource.mjs";

const addin = fileURLToPath(new URL("..", import.meta.url));
const cli = process.env.ODX_CLI ?? `${addin}../automation/OfficeDx.Cli/bin/Release/net10.0/officedx.dll`;
if (!existsSync(cli)) {
  console.error(`officedx.dll がありません: ${cli}\ndotnet build automation/OfficeDx.Cli -c Release を先に実行するか、ODX_CLI で指定してください。`);
  process.exit(2);
}
const port = await new Promise((ok) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); }); });
const service = spawn("dotnet", [cli, "serve", "--port", String(port), "--plain-logs"], { stdio: "ignore" });
try {
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try { if ((await fetch(`${base}/health`)).ok) break; } catch { /* not listening yet */ }
    if (Date.now() > deadline || service.exitCode !== null) throw new Error("サービスが起動しませんでした");
    await new Promise((r) => setTimeout(r, 250));
  }
  const document = await (await fetch(`${base}/openapi/v1.json`)).json();
  writeFileSync(`${addin}openapi.json`, JSON.stringify(document, null, 2) + "\n");
  writeFileSync(`${addin}src/shared/model.ts`, await modelSource(document));
  console.log("openapi.json と src/shared/model.ts を更新しました。");
} finally {
  service.kill();
}
