import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only guard is for the Next bundler; unit tests run queries directly.
      "server-only": path.resolve(import.meta.dirname, "tests/unit/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Tests that touch the database each open their own temporary SQLite file.
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
