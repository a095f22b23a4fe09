import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 20000,
    // End-to-end tests run dist/cli.js: build it once, before every test file, when src/ is newer.
    globalSetup: ["test/e2e/buildOnce.ts", "test/corpus/pgSetup.ts"],
    coverage: {
      provider: "v8",
      include: ["src/**"],
      reporter: ["text-summary", "json-summary"],
    },
  },
});
