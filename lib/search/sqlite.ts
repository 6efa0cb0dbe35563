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

const ROWS_PER_INSERT = 100;

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

export async function writeDocs(db: RawSql, docs: SearchDoc[]): Promise<void> {
  await removeDocs(db, docs.map((d) => docKey(d.kind, d.ref)));
  for (let i = 0; i < docs.length; i += ROWS_PER_INSERT) {
    const chunk = docs.slice(i, i + ROWS_PER_INSERT);
    await db.$executeRawUnsafe(
      `INSERT INTO search_fts (rowid, kind, ref, body, stems) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?)").join(", ")}`,
      ...chunk.flatMap((d) => [docKey(d.kind, d.ref), d.kind, d.ref, d.body, d.stems]),
    );
  }
}

export async function clearIndex(db: RawSql): Promise<void> {
  await db.$executeRawUnsafe("DELETE FROM search_fts");
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
