// What a dated event does to the articles already stored: the extractor dates «أسبوعا بعد <event>»
// only against events it knows, so an article ingested before the event was added kept that
// meeting's date unknown (or vaguer). Computed for the admin's preview, and again on confirm.
import { createHash } from "node:crypto";
import type { Db } from "../db";
import { extractArticle } from "../extract";
import type { ExtractedDate, Knowledge } from "../extract/types";
import { loadKnowledge } from "../ingest/knowledge";
import { mergeDate } from "../ingest/merge";
import { searchArticleIds } from "../search";
import { queryTokens } from "../search/text";
import { parseList } from "./audit";
import { findByEvidence } from "./plan-article-dates";
import type { DateState } from "./snapshots";

export type MeetingDateState = DateState & { dateArticleId: number | null };

export interface EventDateChange {
  articleId: number;
  articleTitle: string | null;
  meetingId: number;
  /** What this article says of the meeting's date, before and after. */
  source: { before: DateState; after: DateState };
  /** Whether the new source date used the publication date (a later change of it must re-resolve). */
  dependsOnPublished: boolean;
  /** The meeting's own date, when it follows (it was unknown, or the new one is sharper). */
  meeting: { before: MeetingDateState; after: MeetingDateState } | null;
  /** Why the meeting's date does not follow, when it does not. */
  kept?: "corrected" | "other-source";
}

/**
 * Articles looked at per query at most. The search index narrows by the event's names (its
 * normalization and clitic stripping are the extractor's); the extractor then decides.
 */
const MAX_CANDIDATES = 2000;

/**
 * Stored articles that may mention one of the event's names. Each name is searched with all its
 * words, and (three words or more) once more without each word in turn: a demonym spelled another
 * way («الأميركي» for «الأمريكي») is matched by the extractor but not by the index.
 */
async function candidateArticles(db: Db, names: string[]): Promise<number[]> {
  const queries = new Set<string>();
  for (const name of names) {
    const words = queryTokens(name).map((t) => t.norm);
    if (words.length < 2) continue;
    queries.add(words.join(" "));
    if (words.length >= 3)
      for (let i = 0; i < words.length; i++) queries.add(words.filter((_, j) => j !== i).join(" "));
  }
  const ids = new Set<number>();
  for (const q of queries) for (const id of (await searchArticleIds(db, q, MAX_CANDIDATES)) ?? []) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

const sameDate = (
  a: { start: string | null; end: string | null; precision: string },
  b: { start: string | null; end: string | null; precision: string },
) => a.start === b.start && a.end === b.end && a.precision === b.precision;

const dateState = (d: ExtractedDate): DateState => ({
  dateStart: d.start,
  dateEnd: d.end,
  precision: d.precision,
  dateText: d.text,
  dateExplanation: d.explanation,
});

/** null when the event does not exist. */
export async function planEventDates(db: Db, eventId: number): Promise<EventDateChange[] | null> {
  const event = await db.knowledgeEvent.findUnique({
    where: { id: eventId },
    select: { slug: true, nameAr: true, nameEn: true, aliases: true },
  });
  if (!event) return null;
  const ids = await candidateArticles(db, [event.nameAr, event.nameEn ?? "", ...parseList(event.aliases)]);
  if (!ids.length) return [];

  const knowledge = await loadKnowledge(db);
  // The same knowledge without this event: a date that comes out the same is not the event's doing.
  const without: Knowledge = { ...knowledge, events: (knowledge.events ?? []).filter((e) => e.slug !== event.slug) };
  const meetings = new Map<number, MeetingDateState & { corrected: boolean }>();
  const changes: EventDateChange[] = [];

  for (const articleId of ids) {
    const article = await db.article.findUnique({
      where: { id: articleId },
      select: {
        text: true,
        title: true,
        published: true,
        sources: {
          where: { meeting: { deletedAt: null } },
          orderBy: { meetingId: "asc" },
          select: {
            meetingId: true,
            dateStart: true,
            dateEnd: true,
            precision: true,
            dateText: true,
            dateExplanation: true,
            meeting: {
              select: {
                dateStart: true,
                dateEnd: true,
                precision: true,
                dateText: true,
                dateExplanation: true,
                dateArticleId: true,
                corrected: true,
              },
            },
          },
        },
        evidence: { where: { kind: "meeting" }, select: { meetingId: true, start: true, end: true } },
      },
    });
    if (!article?.sources.length) continue;
    const input = { text: article.text, published: article.published, title: article.title };
    const withEvent = extractArticle(input, knowledge).meetings;
    const withoutEvent = extractArticle(input, without).meetings;

    for (const s of article.sources) {
      const spans = article.evidence.filter((e) => e.meetingId === s.meetingId);
      const found = findByEvidence(withEvent, spans);
      if (!found || found.date.precision === "unknown") continue;
      const next = found.date;
      const baseline = findByEvidence(withoutEvent, spans)?.date;
      if (baseline && sameDate(baseline, next)) continue;
      const stored = { start: s.dateStart, end: s.dateEnd, precision: s.precision };
      if (sameDate(stored, next)) continue;
      // Sharper than what the article was read as saying, or a date where there was none.
      if (s.dateStart && !mergeDate(stored, next).fromSecond) continue;

      const m =
        meetings.get(s.meetingId) ??
        (() => {
          const { corrected, ...state } = s.meeting;
          return { ...state, corrected: parseList(corrected).includes("date") };
        })();
      const { corrected, ...meetingBefore } = m;
      let meeting: EventDateChange["meeting"] = null;
      let kept: EventDateChange["kept"];
      if (corrected) kept = "corrected";
      else if (
        !m.dateStart ||
        mergeDate({ start: m.dateStart, end: m.dateEnd, precision: m.precision }, next).fromSecond
      ) {
        meeting = { before: meetingBefore, after: { ...dateState(next), dateArticleId: articleId } };
        // A second article of the same meeting is weighed against the date the first one gives it.
        meetings.set(s.meetingId, { ...meeting.after, corrected });
      } else kept = "other-source";
      meetings.set(s.meetingId, meetings.get(s.meetingId) ?? m);

      changes.push({
        articleId,
        articleTitle: article.title,
        meetingId: s.meetingId,
        source: {
          before: {
            dateStart: s.dateStart,
            dateEnd: s.dateEnd,
            precision: s.precision,
            dateText: s.dateText,
            dateExplanation: s.dateExplanation,
          },
          after: dateState(next),
        },
        dependsOnPublished: next.dependsOnPublished,
        meeting,
        ...(kept ? { kept } : {}),
      });
    }
  }
  return changes;
}

/** A short fingerprint of a plan: the confirm button carries the one the admin saw. */
export function planToken(plan: EventDateChange[]): string {
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex").slice(0, 16);
}
