// The search API the app uses. One provider module per database (sqlite.ts: FTS5; postgres.ts:
// a LIKE twin); nothing outside lib/search knows which one runs or how the index is stored.
//
// Keeping the index current is the writer's job:
//   ingest:  await ensureSearchIndex(db); await syncSearchIndex(db, { articleIds, meetingIds, officialIds })
//   admin:   await syncSearchIndex(db, { meetingIds: [id] })  (after the transaction commits)
//   scripts: await rebuildSearchIndex(db)
// As a safety net, the first search against a database whose index is missing builds it.
import type { Db, Tx } from "../db";
import { databaseProvider } from "../env";
import {
  articleDocs,
  docKey,
  meetingDocs,
  meetingIdsOfOfficials,
  officialDocs,
  type DocKind,
  type SearchDoc,
} from "./documents";
import * as pgProvider from "./postgres";
import * as sqliteProvider from "./sqlite";
import { queryTokens } from "./text";

type Client = Db | Tx;

export interface SyncTargets {
  meetingIds?: number[];
  articleIds?: number[];
  officialIds?: number[];
}

/** Meetings matched by one query at most: beyond this the filter would be an unbounded IN list. */
export const MAX_MEETING_HITS = 10_000;

function provider(db: Client) {
  const name = (db as { _activeProvider?: string })._activeProvider ?? databaseProvider();
  return name === "postgresql" ? pgProvider : sqliteProvider;
}

// Shared through globalThis: Next bundles this module once per route, but the client is one.
const g = globalThis as unknown as {
  liqaatSearchReady?: WeakMap<object, Promise<void>>;
  liqaatSearchMarks?: WeakMap<object, Watermark>;
};
const ready = (g.liqaatSearchReady ??= new WeakMap());
const marks = (g.liqaatSearchMarks ??= new WeakMap());

/** The newest change and row count per indexed table, as last seen by this process. */
interface Watermark {
  checkedAt: number;
  meeting: { max: Date | null; count: number };
  article: { max: Date | null; count: number };
  official: { max: Date | null; count: number };
}

/** How often a search looks for rows changed behind its back (a writer that forgot to sync). */
const RECHECK_MS = 5_000;

/** Creates the index when missing (idempotent). Returns true when it was created just now. */
export async function ensureSearchIndex(db: Client): Promise<boolean> {
  return provider(db).ensureIndex(db);
}

/**
 * Re-indexes the given rows (or removes them when they are gone, deleted, rejected or merged).
 * An official's names are part of their meetings' documents, so those meetings follow.
 * When the index does not exist yet it is built whole: a partial sync into a new index would
 * leave it holding only the given rows.
 */
export async function syncSearchIndex(db: Client, targets: SyncTargets): Promise<void> {
  const p = provider(db);
  if (await p.ensureIndex(db)) {
    await rebuildSearchIndex(db);
    return;
  }
  const officialIds = unique(targets.officialIds);
  const meetingIds = unique([...(targets.meetingIds ?? []), ...(await meetingIdsOfOfficials(db as Db, officialIds))]);
  const articleIds = unique(targets.articleIds);
  const batches = await Promise.all([
    meetingIds.length ? meetingDocs(db as Db, meetingIds).then((r) => ({ kind: "meeting" as const, ...r })) : null,
    articleIds.length ? articleDocs(db as Db, articleIds).then((r) => ({ kind: "article" as const, ...r })) : null,
    officialIds.length ? officialDocs(db as Db, officialIds).then((r) => ({ kind: "official" as const, ...r })) : null,
  ]);
  for (const b of batches) {
    if (!b) continue;
    await p.removeDocs(
      db,
      b.gone.map((id) => docKey(b.kind, id)),
    );
    await p.writeDocs(db, b.docs);
  }
}

/**
 * Rows per rebuild batch: each batch is read, turned into documents and written in one
 * transaction (one commit per batch instead of one per INSERT; memory stays bounded).
 */
const REBUILD_BATCH: Record<DocKind, number> = { meeting: 2000, article: 500, official: 2000 };

/** Drops and rebuilds every document, batch by batch (id ranges: no id lists as parameters). */
export async function rebuildSearchIndex(
  db: Client,
): Promise<{ meetings: number; articles: number; officials: number }> {
  const p = provider(db);
  await p.clearIndex(db);
  const d = db as Db;
  const [m, a, o] = await Promise.all([
    d.meeting.aggregate({ _min: { id: true }, _max: { id: true } }),
    d.article.aggregate({ _min: { id: true }, _max: { id: true } }),
    d.official.aggregate({ _min: { id: true }, _max: { id: true } }),
  ]);
  const plan: [
    DocKind,
    { _min: { id: number | null }; _max: { id: number | null } },
    (rows: { from: number; to: number }) => Promise<{ docs: SearchDoc[] }>,
  ][] = [
    ["meeting", m, (rows) => meetingDocs(d, rows)],
    ["article", a, (rows) => articleDocs(d, rows)],
    ["official", o, (rows) => officialDocs(d, rows)],
  ];
  const counts: Record<DocKind, number> = { meeting: 0, article: 0, official: 0 };
  for (const [kind, range, load] of plan) {
    if (range._min.id === null || range._max.id === null) continue;
    for (let from = range._min.id; from <= range._max.id; from += REBUILD_BATCH[kind]) {
      const { docs } = await load({ from, to: Math.min(from + REBUILD_BATCH[kind] - 1, range._max.id) });
      // A transaction client (ingest) has no $transaction: it is already inside one.
      if ("$transaction" in db)
        await db.$transaction((tx) => p.writeDocs(tx, docs, { fresh: true }), { maxWait: 60_000, timeout: 600_000 });
      else await p.writeDocs(db, docs, { fresh: true });
      counts[kind] += docs.length;
    }
  }
  return { meetings: counts.meeting, articles: counts.article, officials: counts.official };
}

/**
 * A string that changes whenever a row that timeline counts, spans, counterparts or the filter
 * options depend on is inserted or updated (newest updatedAt and id per table, read through
 * indexes in one statement). lib/queries/cache.ts keys its entries on it.
 */
export async function changeMark(db: Client): Promise<string> {
  return provider(db).changeMark(db);
}

async function watermark(db: Client): Promise<Watermark> {
  const d = db as Db;
  const [meeting, article, official] = await Promise.all([
    d.meeting.aggregate({ _max: { updatedAt: true }, _count: { _all: true } }),
    d.article.aggregate({ _max: { updatedAt: true }, _count: { _all: true } }),
    d.official.aggregate({ _max: { updatedAt: true }, _count: { _all: true } }),
  ]);
  return {
    checkedAt: Date.now(),
    meeting: { max: meeting._max.updatedAt, count: meeting._count._all },
    article: { max: article._max.updatedAt, count: article._count._all },
    official: { max: official._max.updatedAt, count: official._count._all },
  };
}

/**
 * Catches up with rows written without a sync: rows updated since the last look are
 * re-indexed; fewer rows than before (a hard delete) means a rebuild.
 */
async function catchUp(db: Client, before: Watermark): Promise<void> {
  const now = await watermark(db);
  marks.set(db, now);
  const d = db as Db;
  const shrank = (["meeting", "article", "official"] as const).some((k) => now[k].count < before[k].count);
  if (shrank) {
    await rebuildSearchIndex(db);
    return;
  }
  const since = (k: "meeting" | "article" | "official") => (before[k].max ? { updatedAt: { gte: before[k].max } } : {});
  const changed = (k: "meeting" | "article" | "official") =>
    (now[k].max?.getTime() ?? 0) !== (before[k].max?.getTime() ?? 0) || now[k].count !== before[k].count;
  const [meetingIds, articleIds, officialIds] = await Promise.all([
    changed("meeting") ? d.meeting.findMany({ where: since("meeting"), select: { id: true } }) : [],
    changed("article") ? d.article.findMany({ where: since("article"), select: { id: true } }) : [],
    changed("official") ? d.official.findMany({ where: since("official"), select: { id: true } }) : [],
  ]);
  if (meetingIds.length || articleIds.length || officialIds.length) {
    await syncSearchIndex(db, {
      meetingIds: meetingIds.map((r) => r.id),
      articleIds: articleIds.map((r) => r.id),
      officialIds: officialIds.map((r) => r.id),
    });
  }
}

/**
 * The safety net: the first search against a database without an index builds it, and a
 * search at most every few seconds re-indexes rows changed since. Concurrent searches share one
 * build or catch-up instead of reading a half-written index.
 */
function prepare(db: Client): Promise<void> {
  let p = ready.get(db);
  const mark = marks.get(db);
  if (p && mark && Date.now() - mark.checkedAt > RECHECK_MS) {
    // A failed catch-up leaves the index as it was: searching it beats failing the page.
    p = p.then(() => catchUp(db, mark)).catch((e: unknown) => console.error("search index catch-up failed", e));
    ready.set(db, p);
    // Until it settles, later searches wait on the same catch-up.
    marks.set(db, { ...mark, checkedAt: Date.now() });
  }
  if (!p) {
    p = (async () => {
      const before = await watermark(db);
      if (await ensureSearchIndex(db)) await rebuildSearchIndex(db);
      marks.set(db, before);
    })();
    p.catch(() => ready.delete(db));
    ready.set(db, p);
  }
  return p;
}

async function match(db: Client, kind: DocKind, q: string, limit: number): Promise<number[] | null> {
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  await prepare(db);
  return provider(db).matchDocs(db, kind, tokens, limit);
}

/**
 * Meetings a timeline query `q` finds: by their own text (participants' names and aliases in
 * Arabic and Latin, roles, place, country, topics, date phrase) or through the text of an
 * article that reports them. null when q holds no searchable word (so no filter applies).
 */
export async function searchMeetingIds(db: Client, q: string): Promise<number[] | null> {
  const direct = await match(db, "meeting", q, MAX_MEETING_HITS);
  if (direct === null) return null;
  // Joined in SQL: thousands of matching articles never become bound parameters.
  const viaArticles = await provider(db).matchMeetingsViaArticles(db, queryTokens(q), MAX_MEETING_HITS);
  return unique([...direct, ...viaArticles]).slice(0, MAX_MEETING_HITS);
}

/** Officials by name, alias (Arabic or Latin) or position title, best first. */
export async function searchOfficialIds(db: Client, q: string, limit = 50): Promise<number[] | null> {
  return match(db, "official", q, limit);
}

/** Articles by title, source or text, best first. */
export async function searchArticleIds(db: Client, q: string, limit = 50): Promise<number[] | null> {
  return match(db, "article", q, limit);
}

function unique(ids: number[] | undefined): number[] {
  return [...new Set((ids ?? []).filter((n) => Number.isInteger(n)))];
}
