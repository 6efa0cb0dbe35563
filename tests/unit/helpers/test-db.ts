// A throwaway database per test file, migrated with the project's own migration script so tests
// run against exactly the schema production gets. SQLite by default; with
// TEST_DATABASE_URL=postgresql://… (a role with CREATEDB) each file gets its own PostgreSQL database.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDb, type Db } from "@/lib/db";

export interface TestDb {
  db: Db;
  url: string;
  cleanup: () => Promise<void>;
}

export async function createTestDb(opts: { sqlite?: boolean } = {}): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  if (!opts.sqlite && base && /^postgres(ql)?:/.test(base)) return createPgTestDb(base);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
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

function migrate(url: string) {
  execFileSync("node", ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

async function createPgTestDb(base: string): Promise<TestDb> {
  const name = `liqaat_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  // The name is ours (hex), never user input: safe to inline where identifiers cannot be parameters.
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  migrate(url);
  const db = createDb(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        // FORCE ends our own leftover sessions, but it may not end a superuser's (an autovacuum
        // worker visiting the fresh database): then wait for it to leave and try again.
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            break;
          } catch (e) {
            if (attempt >= 20) throw e;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        await c.end();
      }
    },
  };
}
