// Runs the extractor over a manifest's files and stores the results. Each article is its own
// transaction: a bad file is reported by name and the others still land.
import type { Db } from "../db";
import type { Knowledge } from "../extract/types";
import { readArticleFile, readManifest, resolveEntryFile } from "./files";
import { BUSY_MESSAGE_EN, isRetryableDbError } from "../mutations/busy";
import { ensureSearchIndex, rebuildSearchIndex } from "../search";
import { ingestArticle, syncIngested, type IngestOutcome } from "./store";

export {
  contentHash,
  findArticleByText,
  guessTitle,
  ingestArticle,
  storeArticle,
  stripBidiControls,
  syncIngested,
  type ArticleToIngest,
  type IngestOutcome,
} from "./store";
export { datesCompatible, mergeDate, PRECISION_RANK } from "./merge";
export { decodeArticleBytes, MAX_ARTICLE_BYTES } from "./decode";
export { readArticleFile, readManifest, resolveEntryFile, manifestSchema, type ManifestEntry } from "./files";
export { loadKnowledge, seedKnowledge } from "./knowledge";

export type FileOutcome = { file: string } & (IngestOutcome | { status: "error"; error: string });

/**
 * Articles between two search-index syncs. Each article's own transaction commits first; the
 * index follows per chunk (one sync of many ids is far cheaper than one per article). A batch
 * killed between syncs leaves rows the index has not seen yet: the search's own catch-up
 * (lib/search) re-indexes rows changed since it last looked, and the next run's sync covers them.
 */
export const SEARCH_SYNC_EVERY = 200;

export interface BatchReport {
  results: FileOutcome[];
  created: number;
  unchanged: number;
  errors: number;
}

export async function ingestManifest(
  db: Db,
  target: string,
  knowledge: Knowledge,
  onProgress?: (done: number, total: number, outcome: FileOutcome) => void,
): Promise<BatchReport | { fatal: string }> {
  const manifest = readManifest(target);
  if (!manifest.ok) return { fatal: manifest.error };
  const results: FileOutcome[] = [];
  let i = 0;
  let pending = { articleIds: [] as number[], meetingIds: [] as number[], officialIds: [] as number[] };
  const flush = async () => {
    if (!pending.articleIds.length) return;
    const targets = pending;
    pending = { articleIds: [], meetingIds: [], officialIds: [] };
    await syncIngested(db, targets);
  };
  for (const entry of manifest.entries) {
    const where = resolveEntryFile(manifest.dir, entry.file);
    const read = where.ok ? readArticleFile(where.path) : where;
    let outcome: FileOutcome;
    if (!read.ok) {
      outcome = { file: entry.file, status: "error", error: read.error };
    } else {
      try {
        const r = await ingestArticle(
          db,
          {
            text: read.text,
            file: entry.file,
            source: entry.source,
            url: entry.url,
            title: entry.title,
            published: entry.published,
            publishedBy: "stated",
            language: entry.language,
            actorId: null,
          },
          knowledge,
          { syncSearch: false },
        );
        outcome = { file: entry.file, ...r };
        if (r.status === "created") {
          pending.articleIds.push(r.articleId);
          pending.meetingIds.push(...r.meetingIds);
          pending.officialIds.push(...r.officialIds);
        }
      } catch (e) {
        outcome = { file: entry.file, status: "error", error: `${entry.file}: ${describeError(e)}` };
      }
    }
    results.push(outcome);
    onProgress?.(++i, manifest.entries.length, outcome);
    if (pending.articleIds.length >= SEARCH_SYNC_EVERY) await flush();
  }
  if (pending.articleIds.length) await flush();
  // Nothing new (all unchanged or failed): still leave the database with a search index.
  else if (await ensureSearchIndex(db)) await rebuildSearchIndex(db);
  return {
    results,
    created: results.filter((r) => r.status === "created").length,
    unchanged: results.filter((r) => r.status === "unchanged").length,
    errors: results.filter((r) => r.status === "error").length,
  };
}

/** One line for the CLI: a busy database says so (and that a re-run is safe); anything else keeps its message. */
export function describeError(e: unknown): string {
  if (isRetryableDbError(e)) return BUSY_MESSAGE_EN;
  const msg = e instanceof Error ? e.message : String(e);
  // Prisma's messages open with a code frame of the call site; the last line says what failed.
  return (
    msg
      .trim()
      .split("\n")
      .filter((l) => l.trim())
      .at(-1)
      ?.trim() ?? "unknown error"
  );
}
