// npm start: the developer loop. Builds the panes, makes sure the Office add-in dev certificate for localhost is created and
// trusted (office-addin-dev-certs; on Windows and macOS it asks once to trust its CA), starts `officedx serve` on
// https://localhost:5443 with it, and prints how to sideload manifest.xml. Ctrl+C stops the service.
// ODX_CLI names a built officedx.dll; without it the service runs from source (dotnet run).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import devCerts from "office-addin-dev-certs";
import { localhostCertificatePath, localhostKeyPath } from "office-addin-dev-certs/lib/defaults.js";

const addin = fileURLToPath(new URL("..", import.meta.url));
const repo = fileURLToPath(new URL("../..", import.meta.url));
const port = process.env.ODX_PORT ?? "5443";

const built = spawnSync(process.execPath, ["build.mjs"], { cwd: addin, stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

await devCerts.ensureCertificatesAreInstalled();

const cli = process.env.ODX_CLI ?? `${repo}automation/OfficeDx.Cli/bin/Release/net10.0/officedx.dll`;
const serve = ["serve", "--urls", `https://localhost:${port}`, "--addin", `${addin}dist`, "--plain-logs"];
const [command, args] = existsSync(cli)
  ? ["dotnet", [cli, ...serve]]
  : ["dotnet", ["run", "--project", `${repo}automation/OfficeDx.Cli`, "--", ...serve]];
const service = spawn(command, args, {
  stdio: "inherit",
  // The certificate the ASP.NET Core way: Kestrel's default certificate from configuration (environment variables).
  env: { ...process.env, Kestrel__Certificates__Default__Path: localhostCertificatePath, Kestrel__Certificates__Default__KeyPath: localhostKeyPath },
});
process.on("SIGINT", () => service.kill("SIGINT"));
process.on("SIGTERM", () => service.kill("SIGTERM"));

console.log(`
OfficeDx: the service starts on https://localhost:${port} (Word pane /word.html, Excel pane /excel.html).
Sideload ${repo}manifest.xml:
  - Word or Excel on the web: Home > Add-ins > More add-ins > My add-ins > Upload my add-in, choose manifest.xml.
  - Windows desktop: put manifest.xml in a shared folder, add that folder under File > Options > Trust Center >
    Trusted Add-in Catalogs (show in menu), restart Office, then Home > Add-ins > Shared folder.
  - Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef (Excel: com.microsoft.Excel).
Then press 施策表 (Word) or 様式チェック (Excel) on the Home tab. Ctrl+C stops the service.
`);
service.on("exit", (code) => process.exit(code ?? 0));
