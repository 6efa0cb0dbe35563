// A new article from the admin form: preview what extraction finds, then store it through the
// same ingest path as the CLI (one transaction per article), and log who added it.
import type { Db } from "../db";
import { extractArticle } from "../extract";
import { loadKnowledge } from "../ingest/knowledge";
import { contentHash, ingestArticle } from "../ingest/store";
import type { ExtractionResult } from "../extract/types";
import type { NewArticleData } from "../schemas/article-new";
import { whenBusy } from "./busy";

export interface ArticlePreview {
  text: string;
  duplicateOf: number | null;
  meetings: {
    evidence: { start: number; end: number; text: string };
    date: { start: string | null; end: string | null; precision: string; text: string; explanation: string };
    place: string | null;
    status: string;
    topics: string[];
    participants: { name: string | null; role: string | null; side: string; known: boolean }[];
  }[];
  officials: { name: string; role: string | null; known: boolean }[];
}

export async function previewArticle(db: Db, input: NewArticleData): Promise<ArticlePreview> {
  const duplicate = await db.article.findUnique({
    where: { contentHash: contentHash(input.text) },
    select: { id: true },
  });
  const knowledge = await loadKnowledge(db);
  const result: ExtractionResult = extractArticle(
    { text: input.text, published: input.published, title: input.title },
    knowledge,
  );
  const byKey = new Map(result.officials.map((o) => [o.key, o]));
  return {
    text: input.text,
    duplicateOf: duplicate?.id ?? null,
    meetings: result.meetings.map((m) => ({
      evidence: m.evidence,
      date: {
        start: m.date.start,
        end: m.date.end,
        precision: m.date.precision,
        text: m.date.text,
        explanation: m.date.explanation,
      },
      place: m.place,
      status: m.status,
      topics: m.topics,
      participants: m.participants.map((p) => {
        const o = p.officialKey ? byKey.get(p.officialKey) : undefined;
        return { name: o?.name ?? p.name, role: p.role, side: p.side, known: o?.known ?? false };
      }),
    })),
    officials: result.officials.map((o) => ({ name: o.name, role: o.role, known: o.known })),
  };
}

export type CreateArticleResult =
  { ok: true; articleId: number; created: boolean; meetings: number } | { ok: false; formError: string };

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error: the article's one transaction stored none of it. */
export async function createArticle(db: Db, actorId: number, input: NewArticleData): Promise<CreateArticleResult> {
  return whenBusy(
    () => storeNewArticle(db, actorId, input),
    (formError): CreateArticleResult => ({ ok: false, formError }),
  );
}

async function storeNewArticle(db: Db, actorId: number, input: NewArticleData): Promise<CreateArticleResult> {
  const knowledge = await loadKnowledge(db);
  const outcome = await ingestArticle(
    db,
    {
      text: input.text,
      title: input.title,
      source: input.source,
      url: input.url,
      published: input.published,
      publishedBy: input.published ? "admin" : "unknown",
      language: "ar",
      // The audit row (who added it) is written in the article's own transaction.
      actorId,
    },
    knowledge,
  );
  if (outcome.status === "unchanged") return { ok: true, articleId: outcome.articleId, created: false, meetings: 0 };
  return { ok: true, articleId: outcome.articleId, created: true, meetings: outcome.meetings };
}
