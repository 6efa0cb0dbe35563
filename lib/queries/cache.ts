import "server-only";
import type { Db } from "../db";
import { changeMark } from "../search";

// A per-process memo for the read-side aggregates that do not depend on the page shown: a view's
// total and date span, the filter form's options, an official's counterparts, a search view's
// matching rows. Correct across writers and processes without any invalidation call: every
// lookup first reads the database's change mark (newest updatedAt and id of each table these
// queries read, one statement of index seeks; lib/search changeMark), and any difference from
// the mark the entries were computed under drops them all. Admin edits (lib/mutations bump
// updatedAt/version of what they change), ingest (new rows, updated rows) and merges (the merged
// official's updatedAt) all move the mark. The contract for writers: every write to Meeting,
// Official, Article or Agency bumps updatedAt (Prisma's @updatedAt does) and rows are only
// soft-deleted; a raw hard delete of an older row would go unnoticed until the next write.

interface Store {
  mark: string | null;
  pending: Promise<string> | null;
  entries: Map<string, Promise<unknown>>;
}

/** Entries per database client; the oldest is dropped beyond this (keys are views: unbounded otherwise). */
const MAX_ENTRIES = 500;

// Shared through globalThis: Next bundles this module once per route, but the client is one.
const g = globalThis as unknown as { liqaatQueryCache?: WeakMap<object, Store> };
const stores = (g.liqaatQueryCache ??= new WeakMap());

function storeOf(db: Db): Store {
  let s = stores.get(db);
  if (!s) {
    s = { mark: null, pending: null, entries: new Map() };
    stores.set(db, s);
  }
  return s;
}

/** The current mark; concurrent lookups (one render's Promise.all) share one query. */
function currentMark(db: Db, s: Store): Promise<string> {
  if (!s.pending) {
    s.pending = changeMark(db).finally(() => {
      s.pending = null;
    });
  }
  return s.pending;
}

/** `compute()`'s result for `key`, reused until any table it may read changes. */
export async function cached<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const s = storeOf(db);
  const mark = await currentMark(db, s);
  if (s.mark !== mark) {
    s.entries.clear();
    s.mark = mark;
  }
  const hit = s.entries.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit as Promise<T>;
  }
  const p = compute();
  s.entries.set(key, p);
  // A failure is not remembered.
  p.catch(() => {
    if (s.entries.get(key) === p) s.entries.delete(key);
  });
  if (s.entries.size > MAX_ENTRIES) {
    const oldest = s.entries.keys().next().value;
    if (oldest !== undefined) s.entries.delete(oldest);
  }
  return p;
}
