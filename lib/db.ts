// The one Prisma client. The adapter follows DATABASE_URL: better-sqlite3 for the embedded
// default (file:…), pg for PostgreSQL. Cached on globalThis so that Next's dev reloads and
// test files do not open a new connection each time.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseProvider, getEnv } from "./env";

export type Db = PrismaClient;

function sqliteFile(url: string): string {
  return url.replace(/^file:/, "");
}

export function createDb(url = getEnv().DATABASE_URL): PrismaClient {
  if (databaseProvider(url) === "sqlite") {
    const file = sqliteFile(url);
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // busy timeout: a concurrent ingest or admin save waits instead of failing with SQLITE_BUSY.
    const adapter = new PrismaBetterSqlite3({ url, timeout: 5000 });
    return new PrismaClient({ adapter });
  }
  throw new Error("PostgreSQL support is not built yet: set DATABASE_URL=file:./data/liqaat.db");
}

const globalForDb = globalThis as unknown as { liqaatDb?: PrismaClient };

export function getDb(): PrismaClient {
  globalForDb.liqaatDb ??= createDb();
  return globalForDb.liqaatDb;
}
