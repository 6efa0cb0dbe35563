// A database that is busy (SQLite: another connection holds the write lock past the busy
// timeout; PostgreSQL: a lock or serialization conflict, or no pooled connection in time) is not
// a bug: the same request succeeds moments later. These helpers recognise that case so callers
// can say so (Arabic for admins, English for the CLI) instead of crashing. The transaction that
// failed was rolled back as a whole, so nothing of the change was stored.

/** Prisma codes that mean "try again": timed out (P1008), transaction could not start or expired (P2028), write conflict or deadlock (P2034), connection pool timeout (P2024). */
const RETRYABLE_PRISMA_CODES = new Set(["P1008", "P2024", "P2028", "P2034"]);
/** PostgreSQL SQLSTATEs: serialization failure, deadlock, lock not available. */
const RETRYABLE_PG_CODES = new Set(["40001", "40P01", "55P03"]);

export const BUSY_MESSAGE_AR = "قاعدة البيانات مشغولة الآن بعملية أخرى، ولم يُحفظ شيء. أعد المحاولة بعد لحظات.";
export const BUSY_MESSAGE_EN =
  "the database is busy (another process holds its write lock); nothing was stored — retry in a moment";

function* causes(e: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let cur: unknown = e;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const o = cur as Record<string, unknown>;
    yield o;
    const meta = o.meta as Record<string, unknown> | undefined;
    const adapter = meta?.driverAdapterError as Record<string, unknown> | undefined;
    cur = adapter?.cause ?? adapter ?? o.cause;
  }
}

export function isRetryableDbError(e: unknown): boolean {
  for (const o of causes(e)) {
    const code = typeof o.code === "string" ? o.code : undefined;
    if (
      code &&
      (RETRYABLE_PRISMA_CODES.has(code) ||
        RETRYABLE_PG_CODES.has(code) ||
        code.startsWith("SQLITE_BUSY") ||
        code.startsWith("SQLITE_LOCKED"))
    )
      return true;
    const original = typeof o.originalCode === "string" ? o.originalCode : undefined;
    if (
      original &&
      (original.startsWith("SQLITE_BUSY") || original.startsWith("SQLITE_LOCKED") || RETRYABLE_PG_CODES.has(original))
    )
      return true;
    if (o.kind === "SocketTimeout" || o.kind === "TransactionWriteConflict") return true;
    if (typeof o.message === "string" && /database is locked|SQLITE_BUSY/.test(o.message)) return true;
  }
  return false;
}

/**
 * Runs a mutation; a busy database becomes `onBusy(BUSY_MESSAGE_AR)` (the mutation's own
 * "nothing saved" result shape), any other error is rethrown.
 */
export async function whenBusy<T>(run: () => Promise<T>, onBusy: (message: string) => T): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isRetryableDbError(e)) return onBusy(BUSY_MESSAGE_AR);
    throw e;
  }
}
