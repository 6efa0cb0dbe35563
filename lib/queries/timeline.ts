import "server-only";
import { getDb } from "../db";

export interface TimelineMeeting {
  id: number;
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  place: string | null;
  status: string;
  reviewStatus: string;
  topics: string[];
  participants: { id: number; side: string; roleText: string | null; official: { slug: string; nameAr: string } | null }[];
  sources: { articleId: number; title: string | null; source: string | null }[];
}

function parseList(s: string): string[] {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Meetings newest first (undated last), without the ones an admin rejected or deleted. */
export async function listTimeline(): Promise<TimelineMeeting[]> {
  const rows = await getDb().meeting.findMany({
    where: { deletedAt: null, reviewStatus: { not: "rejected" } },
    orderBy: [{ sortKey: "desc" }, { id: "desc" }],
    select: {
      id: true,
      dateStart: true,
      dateEnd: true,
      precision: true,
      dateText: true,
      place: true,
      status: true,
      reviewStatus: true,
      topics: true,
      participants: {
        orderBy: { position: "asc" },
        select: { id: true, side: true, roleText: true, official: { select: { slug: true, nameAr: true } } },
      },
      sources: {
        orderBy: { articleId: "asc" },
        select: { articleId: true, article: { select: { title: true, source: true } } },
      },
    },
  });
  return rows.map((r) => ({
    ...r,
    topics: parseList(r.topics),
    sources: r.sources.map((s) => ({ articleId: s.articleId, title: s.article.title, source: s.article.source })),
  }));
}
