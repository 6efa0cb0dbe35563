import "server-only";
import { getDb, type Db } from "../db";
import { cached } from "./cache";

/**
 * The choices the filter form offers: agencies and the countries that occur in meetings.
 * Officials are not listed (the 300 it once listed were 70 KB of every page's HTML at 100k meetings): the form's
 * field asks app/api/officials/suggest as you type. The same on every page, so computed once
 * per data change (lib/queries/cache.ts); countries come from GROUP BY, not from reading every
 * meeting.
 */
export function getFilterOptions(db: Db = getDb()) {
  return cached(db, "filter-options", () => loadFilterOptions(db));
}

async function loadFilterOptions(db: Db) {
  const [agencies, meetingCountries, officialCountries] = await Promise.all([
    db.agency.findMany({ select: { slug: true, nameAr: true }, orderBy: { nameAr: "asc" } }),
    // Grouped by (country, deletedAt) and filtered here: an index-only walk of Meeting(country,
    // deletedAt); with `deletedAt IS NULL` in SQL, SQLite picks the live-meeting index and sorts.
    db.meeting
      .groupBy({ by: ["country", "deletedAt"], where: { country: { not: null } } })
      .then((rows) => rows.filter((r) => r.deletedAt === null)),
    db.official.groupBy({ by: ["country"], where: { country: { not: null }, participations: { some: {} } } }),
  ]);
  const codes = [
    ...new Set(
      [...meetingCountries, ...officialCountries].map((r) => r.country).filter((c): c is string => Boolean(c)),
    ),
  ];
  // The whole (small) country table: cheaper than an IN list of the codes.
  const named = codes.length ? await db.country.findMany({ select: { code: true, nameAr: true } }) : [];
  const names = new Map(named.map((c) => [c.code, c.nameAr]));
  const countries = codes
    .map((code) => ({ code, nameAr: names.get(code) ?? code }))
    .sort((a, b) => a.nameAr.localeCompare(b.nameAr, "ar"));
  return { agencies, countries };
}

export type FilterOptions = Awaited<ReturnType<typeof loadFilterOptions>>;
