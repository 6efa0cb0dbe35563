// SQLite FTS5 search. The only raw SQL of the SQLite search provider; every value is a bound
// parameter, and the MATCH expression is built from quoted, normalized words (lib/search/text.ts).
// The virtual table lives outside Prisma's migrations on purpose (it would show as drift):
// ensureIndex creates it on demand.
import type { DocKind, SearchDoc } from "./documents";
import { docKey } from "./documents";
import { ftsMatchExpression, type QueryToken } from "./text";

/** The subset of the Prisma client (or a transaction client) that raw SQL needs. */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

// 5 values a row: 150 rows stay under the 999 bound values Prisma allows a SQLite statement.
const ROWS_PER_INSERT = 150;

/** Creates the index table when missing; true when it was just created (and so is empty). */
export async function ensureIndex(db: RawSql): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'",
  );
  if (Number(rows[0]?.n ?? 0) > 0) return false;
  // unicode61 folds Latin case and accents (Fischer = fischer); Arabic is folded before it (text.ts).
  await db.$executeRawUnsafe(
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, ref UNINDEXED, body, stems, tokenize = 'unicode61 remove_diacritics 2')",
  );
  return true;
}

export async function removeDocs(db: RawSql, keys: number[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    await db.$executeRawUnsafe(`DELETE FROM search_fts WHERE rowid IN (${chunk.map(() => "?").join(",")})`, ...chunk);
  }
}

/** Writes documents, replacing any with the same key (`fresh`: the index was just cleared, nothing to replace). */
export async function writeDocs(db: RawSql, docs: SearchDoc[], opts: { fresh?: boolean } = {}): Promise<void> {
  if (!opts.fresh)
    await removeDocs(
      db,
      docs.map((d) => docKey(d.kind, d.ref)),
    );
  for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
    const chunk = docs.slice(i, i + ROWS_PER_INSERT);
    await db.$executeRawUnsafe(
      `INSERT INTO search_fts (rowid, kind, ref, body, stems) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?)").join(", ")}`,
      ...chunk.flatMap((d) => [docKey(d.kind, d.ref), d.kind, d.ref, d.body, d.stems]),
    );
  }
}

/** Empties the index (creating it when missing). Dropping is far cheaper than deleting every row of FTS5. */
export async function clearIndex(db: RawSql): Promise<void> {
  await db.$executeRawUnsafe("DROP TABLE IF EXISTS search_fts");
  await ensureIndex(db);
}

/** Ids of documents of one kind matching every token, best match first. */
export async function matchDocs(db: RawSql, kind: DocKind, tokens: QueryToken[], limit: number): Promise<number[]> {
  if (tokens.length === 0) return [];
  const rows = await db.$queryRawUnsafe<{ ref: number | bigint }[]>(
    "SELECT ref FROM search_fts WHERE search_fts MATCH ? AND kind = ? ORDER BY rank LIMIT ?",
    ftsMatchExpression(tokens),
    kind,
    limit,
  );
  return rows.map((r) => Number(r.ref));
}

/**
 * Meetings reported by articles matching every token (live meetings only), joined in SQL so that
 * no list of article ids travels as bound parameters.
 */
export async function matchMeetingsViaArticles(db: RawSql, tokens: QueryToken[], limit: number): Promise<number[]> {
  if (tokens.length === 0) return [];
  const rows = await db.$queryRawUnsafe<{ meetingId: number | bigint }[]>(
    `SELECT DISTINCT s."meetingId" AS "meetingId"
       FROM search_fts f
       JOIN "MeetingSource" s ON s."articleId" = f.ref
       JOIN "Meeting" m ON m."id" = s."meetingId"
      WHERE search_fts MATCH ? AND f.kind = 'article' AND m."deletedAt" IS NULL AND m."reviewStatus" <> 'rejected'
      LIMIT ?`,
    ftsMatchExpression(tokens),
    limit,
  );
  return rows.map((r) => Number(r.meetingId));
}

/**
 * The newest change of every table a timeline count, a span or the filter options read, in one
 * statement of index lookups (max over an index is a single seek). Any insert, or any update
 * that bumps updatedAt, changes it; lib/queries/cache.ts drops its entries when it does.
 */
export async function changeMark(db: RawSql): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(CHANGE_MARK_SQL);
  return JSON.stringify(Object.values(rows[0] ?? {}), (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v));
}

/** Shared with postgres.ts: the same identifiers and max() lookups work on both. */
export const CHANGE_MARK_SQL = `SELECT
  (SELECT max("updatedAt") FROM "Meeting") AS m_u, (SELECT max("id") FROM "Meeting") AS m_i,
  (SELECT max("id") FROM "MeetingParticipant") AS p_i, (SELECT max("id") FROM "MeetingSource") AS s_i,
  (SELECT max("updatedAt") FROM "Official") AS o_u, (SELECT max("id") FROM "Official") AS o_i,
  (SELECT max("updatedAt") FROM "Article") AS a_u, (SELECT max("id") FROM "Article") AS a_i,
  (SELECT max("updatedAt") FROM "Agency") AS g_u, (SELECT max("id") FROM "Agency") AS g_i,
  (SELECT max("id") FROM "Position") AS ps_i, (SELECT max("id") FROM "Tenure") AS t_i,
  (SELECT count(*) FROM "Country") AS c_n`;
