// The one Prisma client. The adapter follows DATABASE_URL: better-sqlite3 for the embedded
// default (file:…), pg for PostgreSQL. Cached on globalThis so that Next's dev reloads and
// test files do not open a new connection each time.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "./generated/prisma-pg/client";
import { databaseProvider, getEnv } from "./env";

/**
 * Both generated clients come from the same models (prisma/postgres/schema.prisma is derived
 * from prisma/schema.prisma), so they expose the same API; the SQLite one names the type.
 */
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * How long a write waits for another connection's lock (SQLite: the busy timeout; PostgreSQL:
 * lock_timeout) before failing with a busy error (which lib/mutations and the ingest CLI report
 * as a retryable error). Long enough
 * for any admin save or one article's ingest to finish, short enough that a stuck writer
 * surfaces as a message instead of a hung request.
 */
export const DB_BUSY_TIMEOUT_MS = 5000;

export function createDb(url = getEnv().DATABASE_URL, opts: { busyTimeoutMs?: number } = {}): Db {
  if (databaseProvider(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // busy timeout: a concurrent ingest or admin save waits instead of failing with SQLITE_BUSY.
    const adapter = new PrismaBetterSqlite3({ url, timeout: opts.busyTimeoutMs ?? DB_BUSY_TIMEOUT_MS });
    return new PrismaClient({ adapter });
  }
  // The PostgreSQL twin of the busy timeout: a statement waiting for a row or table lock longer
  // than this fails with lock_not_available (55P03, reported as retryable) instead of hanging the
  // request; without it a save blocked by a long lock waits forever.
  const adapter = new PrismaPg({
    connectionString: url,
    max: 10,
    options: `-c lock_timeout=${opts.busyTimeoutMs ?? DB_BUSY_TIMEOUT_MS}`,
  });
  return new PgPrismaClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { liqaatDb?: Db };

export function getDb(): Db {
  globalForDb.liqaatDb ??= createDb();
  return globalForDb.liqaatDb;
}
