import "server-only";
import { getDb, type Db } from "../db";
import { normalizeArabic } from "../extract/normalize";
import type { TimelineFilters } from "../schemas/timeline-filters";

export interface OfficialRef {
  /** The value as it appeared in the URL. */
  value: string;
  slug: string;
  nameAr: string;
  /** The official and everyone merged into them: a merged official's meetings count as the survivor's. */
  ids: number[];
}

export interface FilterRefs {
  officials: OfficialRef[];
  /** URL values that named no official: shown in a notice, ignored by the query. */
  unknownOfficials: string[];
  agency: { id: number; slug: string; nameAr: string } | null;
  unknownAgency: string | null;
  country: { code: string; nameAr: string } | null;
}

const officialSelect = { id: true, slug: true, nameAr: true, mergedIntoId: true } as const;

/** Turns the slugs (or names) in a view's filters into rows; unknown ones are reported, not fatal. */
export async function resolveFilterRefs(f: TimelineFilters, db: Db = getDb()): Promise<FilterRefs> {
  const [officials, agency, country] = await Promise.all([
    Promise.all(f.official.map((v) => resolveOfficial(db, v))),
    f.agency
      ? db.agency.findFirst({
          where: { OR: [{ slug: f.agency }, { aliases: { some: { normalized: normalizeArabic(f.agency) } } }] },
          select: { id: true, slug: true, nameAr: true },
        })
      : null,
    f.country ? db.country.findUnique({ where: { code: f.country }, select: { code: true, nameAr: true } }) : null,
  ]);
  const found: OfficialRef[] = [];
  const unknownOfficials: string[] = [];
  f.official.forEach((v, i) => {
    const o = officials[i];
    if (!o) unknownOfficials.push(v);
    else if (!found.some((x) => x.slug === o.slug)) found.push(o);
  });
  return {
    officials: found,
    unknownOfficials,
    agency: agency ?? null,
    unknownAgency: f.agency && !agency ? f.agency : null,
    country: country ?? (f.country ? { code: f.country, nameAr: f.country } : null),
  };
}

/** A slug, or else a name or alias as written (the form's text field accepts either). */
async function resolveOfficial(db: Db, value: string): Promise<OfficialRef | null> {
  let row = await db.official.findUnique({ where: { slug: value }, select: officialSelect });
  if (!row) {
    const normalized = normalizeArabic(value);
    if (!normalized) return null;
    const alias = await db.officialAlias.findFirst({
      where: { normalized },
      orderBy: { officialId: "asc" },
      select: { official: { select: officialSelect } },
    });
    row =
      alias?.official ??
      (await db.official.findFirst({ where: { OR: [{ nameAr: value }, { nameEn: value }] }, select: officialSelect }));
  }
  if (!row) return null;
  const survivor = row.mergedIntoId
    ? await db.official.findUnique({ where: { id: row.mergedIntoId }, select: officialSelect })
    : row;
  if (!survivor) return null;
  const merged = await db.official.findMany({ where: { mergedIntoId: survivor.id }, select: { id: true } });
  return { value, slug: survivor.slug, nameAr: survivor.nameAr, ids: [survivor.id, ...merged.map((m) => m.id)] };
}
