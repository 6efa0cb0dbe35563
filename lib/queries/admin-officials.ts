// Reads for the admin's official screens. Unlike lib/queries/officials.ts (public pages), these
// include rows the public never sees (rejected, merged away) and select what the edit form needs.
import "server-only";
import { getDb, type Db } from "../db";

const PAGE = 50;

export async function listOfficialsForAdmin(q: string | undefined, page: number, db: Db = getDb()) {
  const where = q
    ? {
        OR: [
          { nameAr: { contains: q } },
          { nameEn: { contains: q } },
          { aliases: { some: { alias: { contains: q } } } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    db.official.findMany({
      where,
      orderBy: [{ nameAr: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        slug: true,
        nameAr: true,
        nameEn: true,
        country: true,
        reviewStatus: true,
        mergedIntoId: true,
        _count: { select: { participations: true } },
      },
    }),
    db.official.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

export async function getOfficialForEdit(id: number, db: Db = getDb()) {
  return db.official.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      gender: true,
      reviewStatus: true,
      origin: true,
      corrected: true,
      updatedAt: true,
      mergedInto: { select: { id: true, nameAr: true } },
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true, origin: true } },
      tenures: { orderBy: { id: "asc" }, select: { id: true, positionId: true, from: true, to: true, origin: true } },
      _count: { select: { participations: true, mentions: true } },
    },
  });
}
