import "server-only";
import { getDb, type Db } from "../db";
import { listOfficialOptions } from "./officials";

/** The choices the filter form offers: agencies, countries that occur in meetings, officials to suggest. */
export async function getFilterOptions(db: Db = getDb()) {
  const [agencies, meetingCountries, officialCountries, officials] = await Promise.all([
    db.agency.findMany({ select: { slug: true, nameAr: true }, orderBy: { nameAr: "asc" } }),
    db.meeting.findMany({ where: { deletedAt: null, country: { not: null } }, select: { country: true }, distinct: ["country"] }),
    db.official.findMany({ where: { country: { not: null }, participations: { some: {} } }, select: { country: true }, distinct: ["country"] }),
    listOfficialOptions(300, db),
  ]);
  const codes = [...new Set([...meetingCountries, ...officialCountries].map((r) => r.country).filter((c): c is string => Boolean(c)))];
  const named = await db.country.findMany({ where: { code: { in: codes } }, select: { code: true, nameAr: true } });
  const names = new Map(named.map((c) => [c.code, c.nameAr]));
  const countries = codes.map((code) => ({ code, nameAr: names.get(code) ?? code })).sort((a, b) => a.nameAr.localeCompare(b.nameAr, "ar"));
  return { agencies, countries, officials };
}

export type FilterOptions = Awaited<ReturnType<typeof getFilterOptions>>;
