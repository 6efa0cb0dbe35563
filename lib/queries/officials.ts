import "server-only";
import { getDb, type Db } from "../db";
import { searchOfficialIds } from "../search";
import { cached } from "./cache";

const liveMeeting = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;

export interface OfficialListItem {
  id: number;
  slug: string;
  nameAr: string;
  nameEn: string | null;
  country: string | null;
  reviewStatus: string;
  meetings: number;
}

/** Officials (not merged away) with their meeting counts, most meetings first; `q` narrows by name, alias or title. */
export async function listOfficials(opts: { q?: string } = {}, db: Db = getDb()): Promise<OfficialListItem[]> {
  const ids = opts.q ? await searchOfficialIds(db, opts.q, 200) : null;
  const rows = await db.official.findMany({
    where: { mergedIntoId: null, ...(ids ? { id: { in: ids } } : {}) },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      reviewStatus: true,
      _count: { select: { participations: { where: { meeting: liveMeeting } } } },
    },
  });
  return rows
    .map(({ _count, ...o }) => ({ ...o, meetings: _count.participations }))
    .sort((a, b) => b.meetings - a.meetings || a.nameAr.localeCompare(b.nameAr, "ar"));
}

export type OfficialLookup =
  | { kind: "found"; official: NonNullable<Awaited<ReturnType<typeof loadOfficial>>>; countryName: string | null }
  | { kind: "merged"; slug: string }
  | { kind: "missing" };

async function loadOfficial(db: Db, slug: string) {
  return db.official.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      nameAr: true,
      nameEn: true,
      country: true,
      gender: true,
      reviewStatus: true,
      mergedInto: { select: { slug: true, mergedInto: { select: { slug: true } } } },
      aliases: { orderBy: { alias: "asc" }, select: { id: true, alias: true } },
      tenures: {
        orderBy: [{ from: "desc" }, { id: "desc" }],
        select: {
          id: true,
          from: true,
          to: true,
          position: { select: { titleAr: true, titleEn: true, agency: { select: { slug: true, nameAr: true } } } },
        },
      },
    },
  });
}

/** An official page's header data; a merged official answers with the survivor's slug (for a redirect). */
export async function getOfficial(slug: string, db: Db = getDb()): Promise<OfficialLookup> {
  const o = await loadOfficial(db, slug);
  if (!o) return { kind: "missing" };
  if (o.mergedInto) return { kind: "merged", slug: o.mergedInto.mergedInto?.slug ?? o.mergedInto.slug };
  const country = o.country
    ? await db.country.findUnique({ where: { code: o.country }, select: { nameAr: true } })
    : null;
  return { kind: "found", official: o, countryName: country?.nameAr ?? o.country };
}

export interface Counterpart {
  slug: string;
  nameAr: string;
  count: number;
  first: string | null;
  last: string | null;
  /** Dated meetings with them (YYYY-MM-DD, precision), for the chart. */
  dates: { date: string; precision: string; meetingId: number }[];
}

/** Everyone the official met (resolved officials only), ranked by number of meetings; cached until the data changes. */
export function listCounterparts(officialId: number, db: Db = getDb()): Promise<Counterpart[]> {
  return cached(db, `counterparts:${officialId}`, () => loadCounterparts(officialId, db));
}

/**
 * Three flat reads whose filters stay in SQL (the official's live meetings, their participant
 * rows, the officials in them), joined here: no id list travels as parameters, and no nested
 * select multiplies queries.
 */
async function loadCounterparts(officialId: number, db: Db): Promise<Counterpart[]> {
  const merged = await db.official.findMany({ where: { mergedIntoId: officialId }, select: { id: true } });
  const self = new Set([officialId, ...merged.map((m) => m.id)]);
  const theirs = { ...liveMeeting, participants: { some: { officialId: { in: [...self] } } } };
  const [meetings, participants, officials] = await Promise.all([
    db.meeting.findMany({
      where: theirs,
      orderBy: [{ sortKey: "asc" }, { id: "asc" }],
      select: { id: true, dateStart: true, precision: true },
    }),
    db.meetingParticipant.findMany({
      where: { officialId: { not: null }, meeting: theirs },
      select: { meetingId: true, officialId: true },
    }),
    db.official.findMany({
      where: { participations: { some: { meeting: theirs } } },
      select: { id: true, slug: true, nameAr: true, mergedInto: { select: { slug: true, nameAr: true } } },
    }),
  ]);
  const who = new Map(officials.map((o) => [o.id, o.mergedInto ?? o]));
  const inMeeting = new Map<number, number[]>();
  for (const p of participants) {
    if (p.officialId === null || self.has(p.officialId)) continue;
    const l = inMeeting.get(p.meetingId);
    if (l) l.push(p.officialId);
    else inMeeting.set(p.meetingId, [p.officialId]);
  }
  const by = new Map<string, Counterpart>();
  for (const m of meetings) {
    const seen = new Set<string>();
    for (const id of inMeeting.get(m.id) ?? []) {
      const o = who.get(id);
      if (!o || seen.has(o.slug)) continue;
      seen.add(o.slug);
      const c = by.get(o.slug) ?? { slug: o.slug, nameAr: o.nameAr, count: 0, first: null, last: null, dates: [] };
      c.count++;
      if (m.dateStart) {
        c.first ??= m.dateStart;
        c.last = m.dateStart;
        c.dates.push({ date: m.dateStart, precision: m.precision, meetingId: m.id });
      }
      by.set(o.slug, c);
    }
  }
  return [...by.values()].sort(
    (a, b) => b.count - a.count || (b.last ?? "").localeCompare(a.last ?? "") || a.nameAr.localeCompare(b.nameAr, "ar"),
  );
}

/** Articles that name the official, newest first. */
export async function listOfficialArticles(officialId: number, db: Db = getDb()) {
  const rows = await db.articleMention.findMany({
    where: { official: { OR: [{ id: officialId }, { mergedIntoId: officialId }] } },
    orderBy: [{ article: { published: "desc" } }, { articleId: "desc" }],
    take: 200,
    select: { count: true, role: true, article: { select: { id: true, title: true, source: true, published: true } } },
  });
  const seen = new Set<number>();
  return rows.filter((r) => (seen.has(r.article.id) ? false : (seen.add(r.article.id), true)));
}
