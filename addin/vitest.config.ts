import { defineConfig } from "vitest/config";

// Unit tests: pure logic and the Word API calls against office-addin-mock; no browser, no service.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
