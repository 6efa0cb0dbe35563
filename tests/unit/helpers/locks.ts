// Holding the database's write lock from a second connection, for tests of the "busy database"
// path: SQLite with BEGIN IMMEDIATE on the file; PostgreSQL with an EXCLUSIVE lock on the audit
// table (reads go on, writes wait), which every admin save and ingest writes last.
import Database from "better-sqlite3";
import pg from "pg";

const isPgUrl = (url: string) => /^postgres(ql)?:/.test(url);

/** Runs `run` while another connection holds the write lock of the database at `url`; releases it whatever happens. */
export async function whileLocked<T>(url: string, run: () => Promise<T>): Promise<T> {
  if (isPgUrl(url)) {
    const locker = new pg.Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query('LOCK TABLE "AuditLog" IN EXCLUSIVE MODE');
      return await run();
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      await locker.end();
    }
  }
  const locker = new Database(url.replace(/^file:/, ""));
  try {
    locker.exec("BEGIN IMMEDIATE");
    return await run();
  } finally {
    if (locker.inTransaction) locker.exec("ROLLBACK");
    locker.close();
  }
}
