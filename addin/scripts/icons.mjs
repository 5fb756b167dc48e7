// npm run icons: draws the ribbon icons (public/assets/icon-word-N.png, icon-excel-N.png) from the SVGs below with Chromium
// (CHROMIUM, default /usr/bin/chromium). Word: a blue table whose last row is a schedule arrow (施策表); Excel: a green sheet with a
// check mark (様式チェック). Bars on whole units of a 16-unit grid and thick strokes keep both readable at 16 px.
import { chromium } from "playwright-core";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("../public/assets/", import.meta.url));
const sizes = [16, 20, 24, 32, 40, 48, 64, 80];

// Drawn on a 16-unit grid; the SVG scales it, and shape-rendering keeps edges crisp at the small sizes.
const word = `
  <rect x="0.5" y="0.5" width="15" height="15" rx="2.5" fill="#185ABD"/>
  <rect x="3" y="3" width="10" height="2" fill="#fff"/>
  <rect x="3" y="7" width="10" height="2" fill="#fff"/>
  <rect x="3" y="11" width="7" height="2" fill="#fff"/>
  <path d="M10 9.5 L13.5 12 L10 14.5 Z" fill="#fff"/>`;
const excel = `
  <rect x="0.5" y="0.5" width="15" height="15" rx="2.5" fill="#107C41"/>
  <path d="M3.6 8.4 L6.6 11.4 L12.6 4.6" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const [name, shapes] of [["word", word], ["excel", excel]]) {
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 16 16" style="display:block">${shapes}</svg></body></html>`);
    await page.screenshot({ path: `${out}icon-${name}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
console.log(`public/assets: icon-word-*.png, icon-excel-*.png (${sizes.join(", ")} px)`);
