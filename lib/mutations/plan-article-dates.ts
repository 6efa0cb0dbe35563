// What changing an article's publication date does to the meeting dates resolved from it
// («الاثنين» means a different day once the article has a date). Computed before saving so the
// admin sees it, and again inside the save.
import type { Db } from "../db";
import { extractArticle, reresolveDate } from "../extract";
import type { ExtractedDate, ExtractedMeeting } from "../extract/types";
import { loadKnowledge } from "../ingest/knowledge";
import { mergeDate } from "../ingest/merge";
import { parseList } from "./audit";
import type { DateState } from "./snapshots";

export interface DateChange {
  meetingId: number;
  /** What this article says of the meeting's date, before and after. */
  source: { before: DateState; after: DateState & { dependsOnPublished: boolean } };
  /** The meeting's own date changes too (it came from this article, was unknown, or is now sharper). */
  meeting: {
    before: DateState & { dateArticleId: number | null };
    after: DateState & { dateArticleId: number | null };
  } | null;
  /** Why the meeting's date does not follow, when it does not. */
  kept?: "corrected" | "other-source";
}

export async function planArticleDates(
  db: Db,
  articleId: number,
  published: string | null,
): Promise<DateChange[] | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      text: true,
      title: true,
      published: true,
      sources: {
        select: {
          meetingId: true,
          dateStart: true,
          dateEnd: true,
          precision: true,
          dateText: true,
          dateExplanation: true,
          dateDependsOnPublished: true,
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
      evidence: {
        where: { kind: { in: ["meeting", "date"] } },
        select: { meetingId: true, kind: true, start: true, end: true, text: true },
      },
    },
  });
  if (!article) return null;
  if (article.published === published) return [];
  // Only dates that used the publication date, or that could not be resolved without one.
  const affected = article.sources.filter((s) => s.dateDependsOnPublished || !s.dateStart);
  if (!affected.length) return [];

  const knowledge = await loadKnowledge(db);
  const result = extractArticle({ text: article.text, published, title: article.title }, knowledge);

  const changes: DateChange[] = [];
  for (const s of affected) {
    const found = resolveAgain(
      s,
      article.evidence.filter((e) => e.meetingId === s.meetingId),
      result.meetings,
      (d) => reresolveDate(d, { text: article.text, published }, knowledge),
    );
    if (!found) continue;
    const match = { date: found };
    const next = {
      dateStart: match.date.start,
      dateEnd: match.date.end,
      precision: match.date.precision,
      dateText: match.date.text,
      dateExplanation: match.date.explanation,
      dependsOnPublished: match.date.dependsOnPublished,
    };
    const before: DateState = {
      dateStart: s.dateStart,
      dateEnd: s.dateEnd,
      precision: s.precision,
      dateText: s.dateText,
      dateExplanation: s.dateExplanation,
    };
    if (next.dateStart === before.dateStart && next.dateEnd === before.dateEnd && next.precision === before.precision)
      continue;

    const m = s.meeting;
    const meetingBefore = {
      dateStart: m.dateStart,
      dateEnd: m.dateEnd,
      precision: m.precision,
      dateText: m.dateText,
      dateExplanation: m.dateExplanation,
      dateArticleId: m.dateArticleId,
    };
    let meeting: DateChange["meeting"] = null;
    let kept: DateChange["kept"];
    if (parseList(m.corrected).includes("date")) {
      kept = "corrected";
    } else if (
      m.dateArticleId === articleId ||
      !m.dateStart ||
      mergeDate(
        { start: m.dateStart, end: m.dateEnd, precision: m.precision },
        { start: next.dateStart, end: next.dateEnd, precision: next.precision },
      ).fromSecond
    ) {
      const { dependsOnPublished: _d, ...state } = next;
      void _d;
      meeting = { before: meetingBefore, after: { ...state, dateArticleId: articleId } };
    } else {
      kept = "other-source";
    }
    changes.push({ meetingId: s.meetingId, source: { before, after: next }, meeting, ...(kept ? { kept } : {}) });
  }
  return changes;
}

type StoredSource = {
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  dateExplanation: string;
  dateDependsOnPublished: boolean;
};
type StoredSpan = { kind: string; start: number; end: number; text: string };

/**
 * The date this article gives the meeting under the new publication date: the re-extracted
 * meeting whose date phrase sits at the stored span; else the extractor's own re-resolution of
 * that phrase (reresolveDate); else, when no phrase was stored, the meeting stated by the same
 * sentence.
 */
function resolveAgain(
  s: StoredSource,
  spans: StoredSpan[],
  meetings: ExtractedMeeting[],
  reresolve: (d: ExtractedDate) => ExtractedDate,
): ExtractedDate | null {
  const dateSpan = spans.find((e) => e.kind === "date");
  if (dateSpan) {
    const hit = meetings.find(
      (m) => m.date.span && m.date.span.start === dateSpan.start && m.date.span.end === dateSpan.end,
    );
    if (hit) return hit.date;
    return reresolve({
      start: s.dateStart,
      end: s.dateEnd,
      precision: s.precision as ExtractedDate["precision"],
      text: s.dateText,
      span: { start: dateSpan.start, end: dateSpan.end, text: dateSpan.text },
      explanation: s.dateExplanation,
      dependsOnPublished: s.dateDependsOnPublished,
    });
  }
  return (
    findByEvidence(
      meetings,
      spans.filter((e) => e.kind === "meeting"),
    )?.date ?? null
  );
}

/** The re-extracted meeting stated by the same sentence: same evidence span, else the most overlap. */
export function findByEvidence(
  meetings: ExtractedMeeting[],
  spans: { start: number; end: number }[],
): ExtractedMeeting | null {
  for (const m of meetings) {
    if (spans.some((s) => s.start === m.evidence.start && s.end === m.evidence.end)) return m;
  }
  let best: { m: ExtractedMeeting; overlap: number } | null = null;
  for (const m of meetings) {
    for (const s of spans) {
      const overlap = Math.min(s.end, m.evidence.end) - Math.max(s.start, m.evidence.start);
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { m, overlap };
    }
  }
  return best?.m ?? null;
}
