import "server-only";
import { getDb, type Db } from "../db";
import { parseStringList } from "../format";

/** Everything known about one meeting, for its permalink. Deleted and rejected meetings are not found. */
export async function getMeeting(id: number, db: Db = getDb()) {
  const m = await db.meeting.findFirst({
    where: { id, deletedAt: null, reviewStatus: { not: "rejected" } },
    select: {
      id: true,
      dateStart: true,
      dateEnd: true,
      precision: true,
      dateText: true,
      dateExplanation: true,
      place: true,
      country: true,
      status: true,
      topics: true,
      reviewStatus: true,
      createdAt: true,
      updatedAt: true,
      participants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          side: true,
          roleText: true,
          resolvedBy: true,
          official: { select: { slug: true, nameAr: true, nameEn: true, country: true } },
        },
      },
      sources: {
        orderBy: { articleId: "asc" },
        select: {
          articleId: true,
          dateStart: true,
          dateEnd: true,
          precision: true,
          dateText: true,
          dateExplanation: true,
          place: true,
          status: true,
          topics: true,
          article: { select: { title: true, source: true, published: true, url: true } },
        },
      },
      evidence: {
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: { id: true, articleId: true, kind: true, text: true },
      },
    },
  });
  if (!m) return null;
  const country = m.country
    ? await db.country.findUnique({ where: { code: m.country }, select: { nameAr: true } })
    : null;
  const sideRank: Record<string, number> = { host: 0, guest: 1, other: 2 };
  return {
    ...m,
    countryName: country?.nameAr ?? m.country,
    topics: parseStringList(m.topics),
    participants: [...m.participants].sort((a, b) => (sideRank[a.side] ?? 3) - (sideRank[b.side] ?? 3)),
    sources: m.sources.map((s) => ({
      ...s,
      topics: parseStringList(s.topics),
      evidence: m.evidence.filter((e) => e.articleId === s.articleId),
    })),
  };
}

export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;
