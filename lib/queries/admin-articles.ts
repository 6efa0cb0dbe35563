// Reads for the admin's article screens (lib/queries/articles.ts serves the public pages).
import "server-only";
import { getDb, type Db } from "../db";

const PAGE = 50;

export async function listArticlesForAdmin(page: number, db: Db = getDb()) {
  const [rows, total] = await Promise.all([
    db.article.findMany({
      orderBy: { id: "desc" },
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: { id: true, title: true, source: true, published: true, _count: { select: { sources: true } } },
    }),
    db.article.count(),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export async function getArticleForEdit(id: number, db: Db = getDb()) {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      source: true,
      url: true,
      published: true,
      publishedBy: true,
      corrected: true,
      updatedAt: true,
      file: true,
      sources: {
        orderBy: { meetingId: "asc" },
        select: {
          meetingId: true,
          dateStart: true,
          dateEnd: true,
          precision: true,
          dateText: true,
          dateDependsOnPublished: true,
        },
      },
    },
  });
}

/** The stored publication date, which the save action compares with the form's to decide whether a preview is due. */
export async function getArticlePublished(id: number, db: Db = getDb()) {
  return db.article.findUnique({ where: { id }, select: { published: true } });
}
