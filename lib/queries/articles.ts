import "server-only";
import { getDb, type Db } from "../db";

/** An article with its evidence spans and what was extracted from it (live meetings, named officials). */
export async function getArticle(id: number, db: Db = getDb()) {
  const a = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      file: true,
      source: true,
      url: true,
      title: true,
      text: true,
      published: true,
      publishedBy: true,
      ingestedAt: true,
      evidence: {
        where: { OR: [{ meetingId: null }, { meeting: { deletedAt: null, reviewStatus: { not: "rejected" } } }] },
        orderBy: [{ start: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, start: true, end: true, meetingId: true },
      },
      sources: {
        where: { meeting: { deletedAt: null, reviewStatus: { not: "rejected" } } },
        orderBy: [{ meeting: { sortKey: "asc" } }, { meetingId: "asc" }],
        select: {
          meetingId: true,
          dateStart: true,
          dateEnd: true,
          precision: true,
          dateText: true,
          place: true,
          status: true,
          meeting: {
            select: {
              participants: {
                orderBy: [{ position: "asc" }, { id: "asc" }],
                select: { id: true, side: true, roleText: true, official: { select: { slug: true, nameAr: true } } },
              },
            },
          },
        },
      },
      mentions: {
        orderBy: [{ count: "desc" }, { officialId: "asc" }],
        select: {
          count: true,
          role: true,
          official: { select: { slug: true, nameAr: true, mergedInto: { select: { slug: true, nameAr: true } } } },
        },
      },
    },
  });
  if (!a) return null;
  // Offsets come from the extractor; one that does not fit this text is dropped, not rendered wrong.
  const evidence = a.evidence.filter((e) => e.start >= 0 && e.end <= a.text.length && e.end > e.start);
  return { ...a, evidence };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
