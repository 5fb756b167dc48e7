import { defineConfig } from "vitest/config";

// End-to-end: the real service on 127.0.0.1 and the built pane in Debian's headless Chromium.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
