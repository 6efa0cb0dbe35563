import "server-only";
import { getDb, type Db } from "../db";

/** Machine-extracted meetings and officials nobody has reviewed, newest first, with their evidence. */
export async function getReviewQueue(limit = 50, db: Db = getDb()) {
  const [meetings, officials, meetingCount, officialCount] = await Promise.all([
    db.meeting.findMany({
      where: { reviewStatus: "machine", deletedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        dateStart: true,
        dateEnd: true,
        precision: true,
        dateText: true,
        place: true,
        status: true,
        createdAt: true,
        participants: {
          orderBy: { position: "asc" },
          select: { side: true, roleText: true, official: { select: { id: true, nameAr: true } } },
        },
        evidence: {
          where: { kind: "meeting" },
          orderBy: { id: "asc" },
          select: { id: true, text: true, article: { select: { id: true, title: true, source: true } } },
        },
      },
    }),
    db.official.findMany({
      where: { reviewStatus: "machine", mergedIntoId: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        nameAr: true,
        nameEn: true,
        country: true,
        createdAt: true,
        aliases: { select: { alias: true } },
        mentions: { take: 3, select: { role: true, article: { select: { id: true, title: true } } } },
        participations: {
          take: 3,
          select: {
            evidence: { take: 1, select: { id: true, text: true, articleId: true } },
            meeting: { select: { id: true } },
          },
        },
      },
    }),
    db.meeting.count({ where: { reviewStatus: "machine", deletedAt: null } }),
    db.official.count({ where: { reviewStatus: "machine", mergedIntoId: null } }),
  ]);
  return { meetings, officials, meetingCount, officialCount };
}
