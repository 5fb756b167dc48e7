import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module shared with `npm run model`
import { modelSource } from "../scripts/modelSource.mjs";

describe("src/shared/model.ts", () => {
  it("is what openapi-typescript makes of the committed openapi.json (run `npm run model` after changing the service)", async () => {
    const root = join(__dirname, "..");
    const document = JSON.parse(readFileSync(join(root, "openapi.json"), "utf8"));
    expect(readFileSync(join(root, "src/shared/model.ts"), "utf8")).toBe(await modelSource(document));
  });
});
