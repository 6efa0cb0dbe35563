// Reads for the admin's agency screens (lib/queries/agencies.ts serves the public pages).
import "server-only";
import { getDb, type Db } from "../db";

export async function listAgenciesForAdmin(q: string | undefined, db: Db = getDb()) {
  return db.agency.findMany({
    where: q ? { OR: [{ nameAr: { contains: q } }, { nameEn: { contains: q } }] } : {},
    orderBy: { nameAr: "asc" },
    take: 200,
    select: { id: true, slug: true, nameAr: true, nameEn: true, country: true, kind: true },
  });
}

export async function getAgencyForEdit(id: number, db: Db = getDb()) {
  return db.agency.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      kind: true,
      country: true,
      corrected: true,
      updatedAt: true,
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true, origin: true } },
    },
  });
}
