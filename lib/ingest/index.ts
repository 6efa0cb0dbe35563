// Runs the extractor over a manifest's files and stores the results. Each article is its own
// transaction: a bad file is reported by name and the others still land.
import path from "node:path";
import type { Db } from "../db";
import type { Knowledge } from "../extract/types";
import { readArticleFile, readManifest } from "./files";
import { ingestArticle, type IngestOutcome } from "./store";

export { contentHash, findArticleByText, guessTitle, ingestArticle, storeArticle, type ArticleToIngest, type IngestOutcome } from "./store";
export { datesCompatible, mergeDate, PRECISION_RANK } from "./merge";
export { decodeArticleBytes, readArticleFile, readManifest, manifestSchema, type ManifestEntry } from "./files";
export { loadKnowledge, seedKnowledge } from "./knowledge";

export type FileOutcome = { file: string } & (IngestOutcome | { status: "error"; error: string });

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
  for (const entry of manifest.entries) {
    const read = readArticleFile(path.resolve(manifest.dir, entry.file));
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
          },
          knowledge,
        );
        outcome = { file: entry.file, ...r };
      } catch (e) {
        outcome = { file: entry.file, status: "error", error: `${entry.file}: ${(e as Error).message}` };
      }
    }
    results.push(outcome);
    onProgress?.(++i, manifest.entries.length, outcome);
  }
  return {
    results,
    created: results.filter((r) => r.status === "created").length,
    unchanged: results.filter((r) => r.status === "unchanged").length,
    errors: results.filter((r) => r.status === "error").length,
  };
}
