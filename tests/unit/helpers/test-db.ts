// A throwaway database per test file: migrated with the project's own migration script, so
// tests run against exactly the schema production gets.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, type Db } from "@/lib/db";

export interface TestDb {
  db: Db;
  url: string;
  cleanup: () => Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-test-"));
  const url = process.env.TEST_DATABASE_URL_BASE ? await pgDatabase() : `file:${path.join(dir, "test.db")}`;
  execFileSync("node", ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Filled in by the PostgreSQL work: one fresh database per test file on the CI server.
async function pgDatabase(): Promise<string> {
  throw new Error("TEST_DATABASE_URL_BASE is set but PostgreSQL test databases are not supported yet");
}
