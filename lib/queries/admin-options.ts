// The lists the admin edit forms choose from.
import "server-only";
import { getDb, type Db } from "../db";

export async function listCountries(db: Db = getDb()) {
  return db.country.findMany({ orderBy: { nameAr: "asc" }, select: { code: true, nameAr: true } });
}

export async function listPositions(db: Db = getDb()) {
  return db.position.findMany({
    orderBy: { titleAr: "asc" },
    select: { id: true, titleAr: true, country: true, agency: { select: { nameAr: true } } },
  });
}

/** Officials an admin can pick (participants, merge): not merged away. */
export async function listOfficialChoices(db: Db = getDb()) {
  return db.official.findMany({
    where: { mergedIntoId: null },
    orderBy: { nameAr: "asc" },
    select: { id: true, nameAr: true, country: true, reviewStatus: true },
  });
}
