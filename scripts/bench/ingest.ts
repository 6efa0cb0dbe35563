// Ingest throughput on generated articles: the pure extractor alone, then lib/ingest's
// ingestArticle (extraction + storage in one transaction per article) into a database that holds
// only the knowledge the articles were written from (same seed and officials, no meetings).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Corpus } from "./corpora";
import { generateCorpus } from "./generate";
import { OUT_DIR, ROOT } from "./util";

export interface IngestResult {
  articles: number;
  extractPerSec: number | null;
  ingestPerSec: number | null;
  meetingsExpected: number;
  meetingsFound: number | null;
  note: string;
}

interface ArticleText {
  id: number;
  text: string;
  published: string | null;
  title: string | null;
  source: string | null;
}

export async function benchIngest(source: Corpus, count: number): Promise<IngestResult> {
  const src = new Database(source.file, { readonly: true });
  const texts = src
    .prepare(`SELECT id, text, published, title, source FROM "Article" ORDER BY id LIMIT ?`)
    .all(count) as ArticleText[];
  const meetingsExpected = (
    src.prepare(`SELECT COUNT(*) AS n FROM "MeetingSource" WHERE "articleId" <= ?`).get(texts.at(-1)?.id ?? 0) as {
      n: number;
    }
  ).n;
  src.close();
  const base = {
    articles: texts.length,
    extractPerSec: null,
    ingestPerSec: null,
    meetingsExpected,
    meetingsFound: null,
  };
  if (!fs.existsSync(path.join(ROOT, "lib/extract/index.ts")))
    return { ...base, note: "n/a: lib/extract/index.ts does not exist yet" };

  // Loaded by path at run time: the extractor may not have landed when this file is type-checked.
  let extract: {
    extractArticle: (
      input: { text: string; published: string | null; title: string | null },
      k: unknown,
    ) => { meetings: unknown[] };
  };
  let ingest: {
    loadKnowledge: (db: unknown) => Promise<unknown>;
    ingestArticle: (db: unknown, input: Record<string, unknown>, k: unknown) => Promise<unknown>;
  };
  try {
    const extractPath = "../../lib/extract/index";
    extract = (await import(extractPath)) as typeof extract;
    ingest = (await import("../../lib/ingest")) as unknown as typeof ingest;
  } catch (e) {
    return { ...base, note: `n/a: extractor failed to load (${(e as Error).message.split("\n")[0]})` };
  }
  const file = path.join(OUT_DIR, "ingest.db");
  await generateCorpus({
    meetings: 0,
    articles: 0,
    officials: source.info.options.officials,
    seed: source.info.options.seed,
    db: file,
    searchIndex: false,
  });
  const { createDb } = await import("../../lib/db");
  const db = createDb(`file:${file}`);
  try {
    const knowledge = await ingest.loadKnowledge(db);
    const input = (a: ArticleText) => ({ text: a.text, published: a.published, title: a.title });
    for (const a of texts.slice(0, 5)) extract.extractArticle(input(a), knowledge);
    let found = 0;
    const t0 = performance.now();
    for (const a of texts) found += extract.extractArticle(input(a), knowledge).meetings.length;
    const extractSec = (performance.now() - t0) / 1000;

    const t1 = performance.now();
    for (const a of texts) {
      await ingest.ingestArticle(
        db,
        { text: a.text, published: a.published, title: a.title, source: a.source, publishedBy: "stated" },
        knowledge,
      );
    }
    const ingestSec = (performance.now() - t1) / 1000;
    return {
      ...base,
      extractPerSec: texts.length / extractSec,
      ingestPerSec: texts.length / ingestSec,
      meetingsFound: found,
      note: "",
    };
  } catch (e) {
    return { ...base, note: `n/a: ${(e as Error).message.split("\n")[0]}` };
  } finally {
    await db.$disconnect();
  }
}
