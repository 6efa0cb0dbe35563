import "server-only";
import { getDb, type Db } from "../db";

export async function listAgencies(db: Db = getDb()) {
  const rows = await db.agency.findMany({
    orderBy: { nameAr: "asc" },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      kind: true,
      positions: { select: { tenures: { select: { officialId: true } } } },
    },
  });
  return rows.map(({ positions, ...a }) => ({
    ...a,
    positions: positions.length,
    officials: new Set(positions.flatMap((p) => p.tenures.map((t) => t.officialId))).size,
  }));
}

/** An agency with its names, positions and who held them. */
export async function getAgency(slug: string, db: Db = getDb()) {
  const a = await db.agency.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      kind: true,
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true } },
      positions: {
        orderBy: { titleAr: "asc" },
        select: {
          id: true,
          titleAr: true,
          titleEn: true,
          tenures: {
            orderBy: [{ from: "desc" }, { id: "desc" }],
            select: {
              id: true,
              from: true,
              to: true,
              official: { select: { slug: true, nameAr: true, mergedInto: { select: { slug: true, nameAr: true } } } },
            },
          },
        },
      },
    },
  });
  if (!a) return null;
  const country = a.country
    ? await db.country.findUnique({ where: { code: a.country }, select: { nameAr: true } })
    : null;
  return { ...a, countryName: country?.nameAr ?? a.country };
}

export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgency>>>;
