// Reads for the admin's screens of dated events (the extractor reads them through lib/ingest/knowledge.ts loadKnowledge).
import "server-only";
import { getDb, type Db } from "../db";

/** Every event, newest first: the table stays small (one row per public event articles date against). */
export async function listEventsForAdmin(q: string | undefined, db: Db = getDb()) {
  return db.knowledgeEvent.findMany({
    where: q ? { OR: [{ nameAr: { contains: q } }, { nameEn: { contains: q } }, { aliases: { contains: q } }] } : {},
    orderBy: [{ start: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      nameAr: true,
      nameEn: true,
      start: true,
      end: true,
      country: true,
      aliases: true,
      origin: true,
      correctedAt: true,
    },
  });
}

export async function getEventForEdit(id: number, db: Db = getDb()) {
  return db.knowledgeEvent.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      start: true,
      end: true,
      country: true,
      aliases: true,
      origin: true,
      correctedAt: true,
      updatedAt: true,
    },
  });
}
