// Arabic search over the same articles: the app's FTS5 index (search_fts, built by lib/search)
// against a LIKE '%…%' scan of Article.text. Both sides find every match (a count), so neither
// stops early; the FTS side uses lib/search's own query normalization.
import Database from "better-sqlite3";
import { median } from "./util";

export interface FtsRow {
  term: string;
  ftsMs: number;
  likeMs: number;
  ftsHits: number;
  likeHits: number;
  /** The first 25 hits only (a results page): LIKE may stop early on a common word. */
  ftsFirstMs: number;
  likeFirstMs: number;
}

export interface FtsResult {
  articles: number;
  rows: FtsRow[];
  note: string;
}

export async function benchFts(file: string, terms: string[], reps: number): Promise<FtsResult> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const articles = (db.prepare(`SELECT COUNT(*) AS n FROM "Article"`).get() as { n: number }).n;
    if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'search_fts'`).get()) {
      return {
        articles,
        rows: [],
        note: "n/a: no search_fts table (lib/search did not build an index for this corpus)",
      };
    }
    const text = (await import("../../lib/search/text")) as {
      queryTokens: (q: string) => unknown[];
      ftsMatchExpression: (t: unknown[]) => string;
    };
    const fts = db.prepare(`SELECT COUNT(*) AS n FROM search_fts WHERE search_fts MATCH ? AND kind = 'article'`);
    const like = db.prepare(`SELECT COUNT(*) AS n FROM "Article" WHERE text LIKE ?`);
    const ftsFirst = db.prepare(`SELECT ref FROM search_fts WHERE search_fts MATCH ? AND kind = 'article' LIMIT 25`);
    const likeFirst = db.prepare(`SELECT id FROM "Article" WHERE text LIKE ? LIMIT 25`);
    const rows: FtsRow[] = [];
    for (const term of terms) {
      const match = text.ftsMatchExpression(text.queryTokens(term));
      const t = (fn: () => unknown, n: number) => {
        fn();
        const xs: number[] = [];
        for (let i = 0; i < n; i++) {
          const s = performance.now();
          fn();
          xs.push(performance.now() - s);
        }
        return median(xs);
      };
      const ftsHits = (fts.get(match) as { n: number }).n;
      const likeHits = (like.get(`%${term}%`) as { n: number }).n;
      // The scan reads ~200 MB at 50k articles: fewer repetitions, same median.
      rows.push({
        term,
        ftsMs: t(() => fts.get(match), reps * 3),
        likeMs: t(() => like.get(`%${term}%`), Math.max(3, Math.ceil(reps / 2))),
        ftsHits,
        likeHits,
        ftsFirstMs: t(() => ftsFirst.all(match), reps * 3),
        likeFirstMs: t(() => likeFirst.all(`%${term}%`), Math.max(3, Math.ceil(reps / 2))),
      });
    }
    return { articles, rows, note: "" };
  } finally {
    db.close();
  }
}
