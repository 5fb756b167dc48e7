// npm run validate: checks ../manifest.xml. Here: it parses, every resid it uses is defined, and every page and icon it names
// under https://localhost:5443 is a file the build serves (public/), with each icon at its declared size. Then Microsoft's
// validation service (office-addin-manifest), which needs the internet; offline that part is reported as skipped.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest, validateManifest } from "office-addin-manifest";

const addin = fileURLToPath(new URL("..", import.meta.url));
const path = `${addin}../manifest.xml`;
const xml = readFileSync(path, "utf8");
const problems = [];

const info = await OfficeAddinManifest.readManifestFile(path);
console.log(`manifest.xml: ${info.displayName} ${info.version} (${info.id})`);

const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
for (const [, resid] of xml.matchAll(/resid="([^"]+)"/g)) if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined`);

const pngSize = (file) => { const b = readFileSync(file); return [b.readUInt32BE(16), b.readUInt32BE(20)]; };
for (const [, url] of xml.matchAll(/"(https:\/\/localhost:5443\/[^"]+)"/g)) {
  const file = `${addin}public/${new URL(url).pathname.slice(1)}`;
  if (!existsSync(file)) problems.push(`${url}: no ${file}`);
}
for (const [, size, resid] of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
  const url = new RegExp(`<bt:Image id="${resid}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
  const file = url && `${addin}public/${new URL(url).pathname.slice(1)}`;
  if (file && existsSync(file)) {
    const [w, h] = pngSize(file);
    if (w !== Number(size) || h !== Number(size)) problems.push(`${resid}: declared ${size} px, the PNG is ${w}×${h}`);
  }
}
if (problems.length) {
  console.error(problems.map((p) => `  ✗ ${p}`).join("\n"));
  process.exit(1);
}
console.log("  ✓ resids defined, pages and icons present at their sizes");

try {
  const online = await validateManifest(path);
  const errors = online.report?.errors ?? [];
  for (const e of errors) console.error(`  ✗ ${e.title}: ${e.content}`);
  console.log(online.isValid ? "  ✓ Microsoft's validation service: valid" : "  ✗ Microsoft's validation service: invalid");
  if (!online.isValid) process.exit(1);
} catch (error) {
  console.log(`  - Microsoft's validation service skipped (${String(error?.message ?? error).split("\n")[0]})`);
}
