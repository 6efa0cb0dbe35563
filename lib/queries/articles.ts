import "server-only";
import { getDb } from "../db";

export async function getArticle(id: number) {
  return getDb().article.findUnique({
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
      evidence: { orderBy: { start: "asc" }, select: { id: true, kind: true, start: true, end: true, meetingId: true } },
      sources: { select: { meetingId: true } },
    },
  });
}
