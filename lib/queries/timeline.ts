import "server-only";
import { getDb, type Db } from "../db";
import { parseStringList } from "../format";
import type { Prisma } from "../generated/prisma/client";
import { rangeEnd, rangeStart, type TimelineFilters } from "../schemas/timeline-filters";
import { searchMeetingIds } from "../search";
import { inChunks } from "../search/documents";
import { cached } from "./cache";
import { resolveFilterRefs, type FilterRefs } from "./filter-refs";

/** A page of the timeline: 25 meetings (the seeds hold fewer, so `/` shows them all). */
export const PAGE_SIZE = 25;
/** Exports and feeds read in batches of this many. */
const BATCH = 500;
/** An export holds at most this many meetings. */
export const MAX_EXPORT = 10_000;

const meetingListSelect = {
  id: true,
  dateStart: true,
  dateEnd: true,
  precision: true,
  dateText: true,
  place: true,
  country: true,
  status: true,
  reviewStatus: true,
  topics: true,
  sortKey: true,
  participants: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      side: true,
      roleText: true,
      official: { select: { id: true, slug: true, nameAr: true, nameEn: true } },
    },
  },
  sources: {
    orderBy: { articleId: "asc" },
    select: { articleId: true, article: { select: { title: true, source: true, published: true } } },
  },
} satisfies Prisma.MeetingSelect;

const meetingExportSelect = {
  ...meetingListSelect,
  dateExplanation: true,
  createdAt: true,
  updatedAt: true,
  sources: {
    orderBy: { articleId: "asc" },
    select: { articleId: true, article: { select: { title: true, source: true, published: true, url: true } } },
  },
} satisfies Prisma.MeetingSelect;

type ListRow = Prisma.MeetingGetPayload<{ select: typeof meetingListSelect }>;
type ExportRow = Prisma.MeetingGetPayload<{ select: typeof meetingExportSelect }>;

const SIDE_ORDER: Record<string, number> = { host: 0, guest: 1, other: 2 };

type Shaped<R extends ListRow> = Omit<R, "topics" | "sources"> & {
  topics: string[];
  sources: (R["sources"][number]["article"] & { articleId: number })[];
};

function shape<R extends ListRow>(r: R): Shaped<R> {
  return {
    ...r,
    topics: parseStringList(r.topics),
    // Host first, then the order the article names them in.
    participants: [...r.participants].sort((a, b) => (SIDE_ORDER[a.side] ?? 3) - (SIDE_ORDER[b.side] ?? 3)),
    sources: r.sources.map((s) => ({ articleId: s.articleId, ...s.article })),
  };
}

export type TimelineMeeting = Shaped<ListRow>;
export type ExportMeeting = Shaped<ExportRow>;

/** What a view is pinned to beyond its URL filters (the official or agency whose page it is). */
export interface FixedScope {
  officialId?: number;
  agencyId?: number;
}

export interface TimelineView {
  filters: TimelineFilters;
  refs: FilterRefs;
  where: Prisma.MeetingWhereInput;
  /**
   * Search hits too many to travel as one `id IN (…)` list (Prisma's SQLite limit is 999 bound
   * values, and its query interpreter slows down quadratically with long lists): `where` then
   * holds everything but the search, and the hits are matched against it in chunks.
   */
  hits: number[] | null;
  /**
   * The ids of an official the view is pinned to (the page's own, or the first filter): its
   * pages are read from that official's participations (an index range of a few hundred rows)
   * instead of walking the whole timeline until 25 of theirs turn up.
   */
  anchor: number[] | null;
}

/** Search hits up to this many go into the view's where; more are matched in chunks. */
const INLINE_HITS = 100;

/** Active, non-rejected meetings matching the filters. The cursor is not part of it. */
export function meetingWhere(
  f: TimelineFilters,
  refs: FilterRefs,
  searchIds: number[] | null,
  fixed: FixedScope = {},
): Prisma.MeetingWhereInput {
  const and: Prisma.MeetingWhereInput[] = [{ deletedAt: null }, { reviewStatus: f.review ?? { not: "rejected" } }];
  // Several officials: meetings where all of them took part (who met whom).
  const officials = [...(fixed.officialId ? [[fixed.officialId]] : []), ...refs.officials.map((o) => o.ids)];
  for (const ids of officials)
    and.push({ participants: { some: { officialId: ids.length === 1 ? ids[0] : { in: ids } } } });
  const agencyId = fixed.agencyId ?? refs.agency?.id;
  if (agencyId !== undefined) {
    and.push({ participants: { some: { official: { tenures: { some: { position: { agencyId } } } } } } });
  }
  if (f.country) {
    and.push({ OR: [{ country: f.country }, { participants: { some: { official: { country: f.country } } } }] });
  }
  if (f.from) {
    const from = rangeStart(f.from);
    and.push({ OR: [{ dateEnd: { gte: from } }, { dateEnd: null, dateStart: { gte: from } }] });
  }
  if (f.to) and.push({ dateStart: { lte: rangeEnd(f.to), not: null } });
  if (f.status) and.push({ status: f.status });
  if (searchIds !== null) and.push({ id: { in: searchIds } });
  return { AND: and };
}

function cursorWhere(f: TimelineFilters): Prisma.MeetingWhereInput | null {
  if (!f.after) return null;
  const { sortKey, id } = f.after;
  const cmp = f.order === "asc" ? "gt" : "lt";
  return { OR: [{ sortKey: { [cmp]: sortKey } }, { sortKey, id: { [cmp]: id } }] };
}

function orderBy(f: TimelineFilters): Prisma.MeetingOrderByWithRelationInput[] {
  return [{ sortKey: f.order }, { id: f.order }];
}

/** Resolves the view's references (slugs → ids) and its search hits once for a request. */
export async function prepareView(f: TimelineFilters, fixed: FixedScope = {}, db: Db = getDb()): Promise<TimelineView> {
  const [refs, searchIds] = await Promise.all([
    resolveFilterRefs(f, db),
    f.q ? searchMeetingIds(db, f.q) : Promise.resolve(null),
  ]);
  const anchor = fixed.officialId ? [fixed.officialId] : (refs.officials[0]?.ids ?? null);
  if (searchIds && searchIds.length > INLINE_HITS)
    return { filters: f, refs, where: meetingWhere(f, refs, null, fixed), hits: searchIds, anchor };
  return { filters: f, refs, where: meetingWhere(f, refs, searchIds, fixed), hits: null, anchor };
}

interface HitRow {
  id: number;
  sortKey: string;
  dateStart: string | null;
  updatedAt: Date;
}

/** The view's meetings among its search hits, in timeline order (cached: the same for every page of the view). */
function hitRows(view: TimelineView, db: Db): Promise<HitRow[]> {
  const hits = view.hits ?? [];
  return cached(db, `hits:${JSON.stringify(view.where)}:${view.filters.order}:${hits.join(",")}`, async () => {
    const rows = await inChunks(hits, (ids) =>
      db.meeting.findMany({
        where: { AND: [view.where, { id: { in: ids } }] },
        select: { id: true, sortKey: true, dateStart: true, updatedAt: true },
      }),
    );
    const dir = view.filters.order === "asc" ? 1 : -1;
    return rows.sort((a, b) => dir * (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id - b.id));
  });
}

/** Full rows for ids, in the ids' order. */
async function rowsInOrder<S extends Prisma.MeetingSelect & { id: true }>(db: Db, ids: number[], select: S) {
  const rows = await inChunks(ids, (chunk) => db.meeting.findMany({ where: { id: { in: chunk } }, select }));
  const byId = new Map(rows.map((r) => [(r as unknown as { id: number }).id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is (typeof rows)[number] => r !== undefined);
}

function afterCursor(rows: HitRow[], f: TimelineFilters): HitRow[] {
  const after = f.after;
  if (!after) return rows;
  const asc = f.order === "asc";
  return rows.filter((r) => {
    const c = r.sortKey < after.sortKey ? -1 : r.sortKey > after.sortKey ? 1 : r.id - after.id;
    return asc ? c > 0 : c < 0;
  });
}

export interface TimelinePage {
  meetings: TimelineMeeting[];
  total: number;
  /** Cursor for the next page, when there is one. */
  next: { sortKey: string; id: number } | null;
  /** Earliest and latest dated meeting of the whole view (for titles: «2020–2023»). */
  span: { min: string | null; max: string | null };
}

/** One page of the view, keyset-paged on (sortKey, id): stable when meetings are added meanwhile. */
export async function getTimelinePage(
  view: TimelineView,
  pageSize = PAGE_SIZE,
  db: Db = getDb(),
): Promise<TimelinePage> {
  if (view.hits) {
    const all = await hitRows(view, db);
    const rest = afterCursor(all, view.filters);
    const page = await rowsInOrder(
      db,
      rest.slice(0, pageSize).map((r) => r.id),
      meetingListSelect,
    );
    const dated = all.map((r) => r.dateStart).filter((d): d is string => d !== null);
    const last = page.at(-1);
    return {
      meetings: page.map(shape),
      total: all.length,
      next: rest.length > pageSize && last ? { sortKey: last.sortKey, id: last.id } : null,
      span: {
        min: dated.length ? dated.reduce((a, b) => (b < a ? b : a)) : null,
        max: dated.length ? dated.reduce((a, b) => (b > a ? b : a)) : null,
      },
    };
  }
  const cursor = cursorWhere(view.filters);
  const where = cursor ? { AND: [view.where, cursor] } : view.where;
  const [rows, { total, span }] = await Promise.all([
    (view.anchor ? anchoredPage(db, view, where, pageSize + 1) : Promise.resolve(null)).then(
      (anchored) =>
        anchored ??
        db.meeting.findMany({ where, orderBy: orderBy(view.filters), take: pageSize + 1, select: meetingListSelect }),
    ),
    viewTotals(view, db),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    meetings: page.map(shape),
    total,
    next: rows.length > pageSize && last ? { sortKey: last.sortKey, id: last.id } : null,
    span,
  };
}

/**
 * A page of a view pinned to an official, read from their participations: SQL starts from the
 * MeetingParticipant(officialId, meetingId) index and sorts only that official's meetings. null
 * when a meeting lists the official twice within the page (then the ordinary walk answers).
 */
async function anchoredPage(db: Db, view: TimelineView, where: Prisma.MeetingWhereInput, take: number) {
  const anchor = view.anchor ?? [];
  const order = view.filters.order;
  const parts = await db.meetingParticipant.findMany({
    where: { officialId: anchor.length === 1 ? anchor[0] : { in: anchor }, meeting: where },
    orderBy: [{ meeting: { sortKey: order } }, { meetingId: order }],
    take,
    select: { meetingId: true },
  });
  const ids = [...new Set(parts.map((p) => p.meetingId))];
  if (ids.length < parts.length) return null;
  return rowsInOrder(db, ids, meetingListSelect);
}

/** sortKey of undated meetings; a dated meeting's sortKey is its dateStart (set by every writer). */
const UNDATED = "0000-00-00";

/** The view's size and date span: the same for every page of it, so cached until the data changes. */
function viewTotals(view: TimelineView, db: Db): Promise<{ total: number; span: TimelinePage["span"] }> {
  return cached(db, `totals:${JSON.stringify(view.where)}`, async () => {
    const [total, min, max] = await Promise.all([
      viewCount(db, view),
      spanEnd(db, view, "asc"),
      spanEnd(db, view, "desc"),
    ]);
    return { total, span: { min, max } };
  });
}

/**
 * How many meetings the view holds. Pinned to an official: their distinct meetings among their
 * participations (an index range), not an EXISTS probe for every live meeting.
 */
async function viewCount(db: Db, view: TimelineView): Promise<number> {
  if (!view.anchor) return db.meeting.count({ where: view.where });
  const anchor = view.anchor;
  const rows = await db.meetingParticipant.groupBy({
    by: ["meetingId"],
    where: { officialId: anchor.length === 1 ? anchor[0] : { in: anchor }, meeting: view.where },
  });
  return rows.length;
}

/**
 * The earliest or latest dateStart of the view, as the first dated row in sortKey order: an index
 * seek (the live-meeting index, or the anchor official's participations) instead of MIN/MAX over
 * every row of the view.
 */
async function spanEnd(db: Db, view: TimelineView, dir: "asc" | "desc"): Promise<string | null> {
  const where: Prisma.MeetingWhereInput = {
    AND: [view.where, { sortKey: { gt: UNDATED } }, { dateStart: { not: null } }],
  };
  if (view.anchor) {
    const anchor = view.anchor;
    const p = await db.meetingParticipant.findFirst({
      where: { officialId: anchor.length === 1 ? anchor[0] : { in: anchor }, meeting: where },
      orderBy: [{ meeting: { sortKey: dir } }, { meetingId: dir }],
      select: { meeting: { select: { dateStart: true } } },
    });
    return p?.meeting.dateStart ?? null;
  }
  const m = await db.meeting.findFirst({
    where,
    orderBy: [{ sortKey: dir }, { id: dir }],
    select: { dateStart: true },
  });
  return m?.dateStart ?? null;
}

/** Every meeting of the view in timeline order (up to MAX_EXPORT), for the JSON/CSV exports. */
export async function listViewForExport(
  view: TimelineView,
  db: Db = getDb(),
): Promise<{ meetings: ExportMeeting[]; truncated: boolean }> {
  if (view.hits) {
    const rest = afterCursor(await hitRows(view, db), view.filters);
    const rows = await rowsInOrder(
      db,
      rest.slice(0, MAX_EXPORT).map((r) => r.id),
      meetingExportSelect,
    );
    return { meetings: rows.map(shape), truncated: rest.length > MAX_EXPORT };
  }
  const out: ExportMeeting[] = [];
  let after: { sortKey: string; id: number } | undefined = view.filters.after;
  for (;;) {
    const cursor = cursorWhere({ ...view.filters, after });
    const rows = await db.meeting.findMany({
      where: cursor ? { AND: [view.where, cursor] } : view.where,
      orderBy: orderBy(view.filters),
      take: BATCH,
      select: meetingExportSelect,
    });
    out.push(...rows.map(shape));
    if (out.length >= MAX_EXPORT) return { meetings: out.slice(0, MAX_EXPORT), truncated: true };
    const last = rows.at(-1);
    if (rows.length < BATCH || !last) return { meetings: out, truncated: false };
    after = { sortKey: last.sortKey, id: last.id };
  }
}

/** The most recently added or updated meetings of the view, for Atom feeds. */
export async function listRecentForFeed(view: TimelineView, limit = 50, db: Db = getDb()): Promise<ExportMeeting[]> {
  if (view.hits) {
    const recent = [...(await hitRows(view, db))].sort(
      (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id,
    );
    return (
      await rowsInOrder(
        db,
        recent.slice(0, limit).map((r) => r.id),
        meetingExportSelect,
      )
    ).map(shape);
  }
  const rows = await db.meeting.findMany({
    where: view.where,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: meetingExportSelect,
  });
  return rows.map(shape);
}
