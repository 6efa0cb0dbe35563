// The PostgreSQL twin of lib/search/sqlite.ts: the same documents in an ordinary table (outside
// Prisma's migrations, like the FTS table), matched word-prefix by word-prefix with LIKE over the
// same normalized text. Every value is a bound parameter; only the number of clauses varies.
// (A pg_trgm GIN index on body/stems is the next step when the corpus grows.)
import type { DocKind, SearchDoc } from "./documents";
import { docKey } from "./documents";
import { CHANGE_MARK_SQL, type RawSql } from "./sqlite";
import { likeWordPrefix, type QueryToken } from "./text";

const ROWS_PER_INSERT = 500;

export async function ensureIndex(db: RawSql): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'search_doc'",
  );
  if (Number(rows[0]?.n ?? 0) > 0) return false;
  // Body and stems are stored with a leading space so that a word prefix is always «% word».
  await db.$executeRawUnsafe(
    "CREATE TABLE IF NOT EXISTS search_doc (key BIGINT PRIMARY KEY, kind TEXT NOT NULL, ref INTEGER NOT NULL, body TEXT NOT NULL, stems TEXT NOT NULL)",
  );
  return true;
}

export async function removeDocs(db: RawSql, keys: number[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    await db.$executeRawUnsafe(
      `DELETE FROM search_doc WHERE key IN (${chunk.map((_, j) => `$${j + 1}`).join(",")})`,
      ...chunk,
    );
  }
}

/** Writes documents, replacing any with the same key (`fresh`: the index was just cleared, a plain insert). */
export async function writeDocs(db: RawSql, docs: SearchDoc[], opts: { fresh?: boolean } = {}): Promise<void> {
  const onConflict = opts.fresh
    ? ""
    : "ON CONFLICT (key) DO UPDATE SET kind = EXCLUDED.kind, ref = EXCLUDED.ref, body = EXCLUDED.body, stems = EXCLUDED.stems";
  for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
    const chunk = docs.slice(i, i + ROWS_PER_INSERT);
    const values = chunk
      .map((_, j) => `($${j * 5 + 1}, $${j * 5 + 2}, $${j * 5 + 3}, $${j * 5 + 4}, $${j * 5 + 5})`)
      .join(", ");
    await db.$executeRawUnsafe(
      `INSERT INTO search_doc (key, kind, ref, body, stems) VALUES ${values} ${onConflict}`,
      ...chunk.flatMap((d) => [docKey(d.kind, d.ref), d.kind, d.ref, ` ${d.body}`, ` ${d.stems}`]),
    );
  }
}

/** Empties the index (creating it when missing). */
export async function clearIndex(db: RawSql): Promise<void> {
  await ensureIndex(db);
  await db.$executeRawUnsafe("TRUNCATE search_doc");
}

export async function matchDocs(db: RawSql, kind: DocKind, tokens: QueryToken[], limit: number): Promise<number[]> {
  if (tokens.length === 0) return [];
  const clauses = tokens.map((_, j) => `(body LIKE $${j * 2 + 2} OR stems LIKE $${j * 2 + 3})`).join(" AND ");
  const rows = await db.$queryRawUnsafe<{ ref: number | bigint }[]>(
    `SELECT ref FROM search_doc WHERE kind = $1 AND ${clauses} ORDER BY ref DESC LIMIT $${tokens.length * 2 + 2}`,
    kind,
    ...tokens.flatMap((t) => [likeWordPrefix(t.norm), likeWordPrefix(t.stem)]),
    limit,
  );
  return rows.map((r) => Number(r.ref));
}

/** The twin of sqlite.ts's: meetings reported by matching articles, joined in SQL. */
export async function matchMeetingsViaArticles(db: RawSql, tokens: QueryToken[], limit: number): Promise<number[]> {
  if (tokens.length === 0) return [];
  const clauses = tokens.map((_, j) => `(d.body LIKE $${j * 2 + 1} OR d.stems LIKE $${j * 2 + 2})`).join(" AND ");
  const rows = await db.$queryRawUnsafe<{ meetingId: number | bigint }[]>(
    `SELECT DISTINCT s."meetingId" AS "meetingId"
       FROM search_doc d
       JOIN "MeetingSource" s ON s."articleId" = d.ref
       JOIN "Meeting" m ON m."id" = s."meetingId"
      WHERE d.kind = 'article' AND ${clauses} AND m."deletedAt" IS NULL AND m."reviewStatus" <> 'rejected'
      LIMIT $${tokens.length * 2 + 1}`,
    ...tokens.flatMap((t) => [likeWordPrefix(t.norm), likeWordPrefix(t.stem)]),
    limit,
  );
  return rows.map((r) => Number(r.meetingId));
}

/** See sqlite.ts: the newest change of every table the cached queries read. */
export async function changeMark(db: RawSql): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(CHANGE_MARK_SQL);
  return JSON.stringify(Object.values(rows[0] ?? {}), (_k, v: unknown) =>
    v instanceof Date ? v.getTime() : typeof v === "bigint" ? String(v) : v,
  );
}
