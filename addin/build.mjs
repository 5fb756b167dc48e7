// Bundles each task pane with esbuild and copies the static files (HTML, CSS, icons) into dist/.
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
mkdirSync("dist", { recursive: true });
cpSync("public", "dist", { recursive: true });
await build({
  entryPoints: { word: "src/word/main.ts", excel: "src/excel/main.ts" },
  outdir: "dist",
  bundle: true,
  format: "esm",
  // MSAL (sign-in fallback) is imported on demand: split it into its own chunk so panes without sign-in never load it.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
});
console.log("addin/dist: built");
