// Builds the searchable text of meetings, articles and officials from the database, with
// ordinary Prisma reads (the same on every provider). Only live rows get a document: a deleted or
// rejected meeting, or a merged official, is removed from the index instead.
import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseStringList } from "../format";
import { indexText, type IndexedText } from "./text";

export type DocKind = "meeting" | "article" | "official";

export interface SearchDoc extends IndexedText {
  kind: DocKind;
  ref: number;
}

const KIND_CODE: Record<DocKind, number> = { meeting: 1, article: 2, official: 3 };

/** Which rows to read: a list of ids (a sync), or an id range (a rebuild reads the table range by range). */
export type Rows = number[] | { from: number; to: number };

/**
 * Prisma's query interpreter slows down quadratically with the length of an `in` list (2,000 ids:
 * ~0.6 s; 100 ids: ~1 ms), so id lists are read in chunks of this size, and rebuilds use ranges.
 */
const IN_CHUNK = 100;

/** Runs `read` over `ids` in chunks and concatenates the results. */
export async function inChunks<T>(ids: number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) out.push(...(await read(ids.slice(i, i + IN_CHUNK))));
  return out;
}

function idWhere(rows: { from: number; to: number }) {
  return { gte: rows.from, lte: rows.to };
}

/** One integer key per document, so an update replaces exactly one row without scanning. */
export function docKey(kind: DocKind, ref: number): number {
  return ref * 4 + KIND_CODE[kind];
}

export function kindOfKey(key: number): { kind: DocKind; ref: number } | null {
  const code = key % 4;
  const kind = (Object.keys(KIND_CODE) as DocKind[]).find((k) => KIND_CODE[k] === code);
  return kind ? { kind, ref: Math.floor(key / 4) } : null;
}

/**
 * Meeting documents. Read as flat lists (meetings, their participants, the officials' names and
 * aliases, their sources) and joined here: nested selects cost ~1 ms a meeting through the
 * query interpreter, flat ones a small fraction of that.
 */
const participantSelect = { meetingId: true, roleText: true, officialId: true } as const;
const sourceSelect = { meetingId: true, place: true, topics: true } as const;

export async function meetingDocs(db: Db, which: Rows): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const select = {
    id: true,
    deletedAt: true,
    reviewStatus: true,
    place: true,
    country: true,
    topics: true,
    dateText: true,
  } as const;
  const rows = Array.isArray(which)
    ? await inChunks(which, (ids) => db.meeting.findMany({ where: { id: { in: ids } }, select }))
    : await db.meeting.findMany({ where: { id: idWhere(which) }, select });
  const live = rows.filter((r) => r.deletedAt === null && r.reviewStatus !== "rejected");
  const liveIds = live.map((m) => m.id);
  const [participants, sources, countries] = await Promise.all([
    Array.isArray(which)
      ? inChunks(liveIds, (ids) =>
          db.meetingParticipant.findMany({ where: { meetingId: { in: ids } }, select: participantSelect }),
        )
      : db.meetingParticipant.findMany({ where: { meetingId: idWhere(which) }, select: participantSelect }),
    Array.isArray(which)
      ? inChunks(liveIds, (ids) =>
          db.meetingSource.findMany({ where: { meetingId: { in: ids } }, select: sourceSelect }),
        )
      : db.meetingSource.findMany({ where: { meetingId: idWhere(which) }, select: sourceSelect }),
    countryNames(
      db,
      live.map((r) => r.country),
    ),
  ]);
  const officialIds = [...new Set(participants.map((p) => p.officialId).filter((id): id is number => id !== null))];
  // The officials' id range (a few thousand rows at most) beats an id list; extra rows are ignored.
  const span = officialIds.length ? { from: Math.min(...officialIds), to: Math.max(...officialIds) } : null;
  const [officials, aliases] = span
    ? await Promise.all([
        db.official.findMany({ where: { id: idWhere(span) }, select: { id: true, nameAr: true, nameEn: true } }),
        db.officialAlias.findMany({
          where: { officialId: idWhere(span) },
          orderBy: { id: "asc" },
          select: { officialId: true, alias: true },
        }),
      ])
    : [[], []];
  const names = new Map<number, (string | null)[]>(officials.map((o) => [o.id, [o.nameAr, o.nameEn]]));
  for (const a of aliases) names.get(a.officialId)?.push(a.alias);
  const byMeeting = <T extends { meetingId: number }>(list: T[]) => {
    const m = new Map<number, T[]>();
    for (const x of list) {
      const l = m.get(x.meetingId);
      if (l) l.push(x);
      else m.set(x.meetingId, [x]);
    }
    return m;
  };
  const partsOf = byMeeting(participants);
  const sourcesOf = byMeeting(sources);
  const docs = live.map((m) => ({
    kind: "meeting" as const,
    ref: m.id,
    ...indexText([
      ...(partsOf.get(m.id) ?? []).flatMap((p) => [
        p.roleText,
        ...((p.officialId !== null && names.get(p.officialId)) || []),
      ]),
      m.place,
      ...(m.country ? (countries.get(m.country) ?? [m.country]) : []),
      ...parseStringList(m.topics),
      ...(sourcesOf.get(m.id) ?? []).flatMap((s) => [s.place, ...parseStringList(s.topics)]),
      m.dateText,
    ]),
  }));
  const liveSet = new Set(liveIds);
  return { docs, gone: Array.isArray(which) ? which.filter((id) => !liveSet.has(id)) : [] };
}

export async function articleDocs(db: Db, which: Rows): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const select = { id: true, title: true, source: true, text: true } as const;
  const rows = Array.isArray(which)
    ? await inChunks(which, (ids) => db.article.findMany({ where: { id: { in: ids } }, select }))
    : await db.article.findMany({ where: { id: idWhere(which) }, select });
  const docs = rows.map((a) => ({ kind: "article" as const, ref: a.id, ...indexText([a.title, a.source, a.text]) }));
  const found = new Set(rows.map((a) => a.id));
  return { docs, gone: Array.isArray(which) ? which.filter((id) => !found.has(id)) : [] };
}

export async function officialDocs(db: Db, which: Rows): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const read = (where: Prisma.OfficialWhereInput) =>
    db.official.findMany({
      where,
      select: {
        id: true,
        mergedIntoId: true,
        nameAr: true,
        nameEn: true,
        aliases: { select: { alias: true } },
        tenures: { select: { position: { select: { titleAr: true, titleEn: true } } } },
      },
    });
  const rows = Array.isArray(which)
    ? await inChunks(which, (ids) => read({ id: { in: ids } }))
    : await read({ id: idWhere(which) });
  const live = rows.filter((o) => o.mergedIntoId === null);
  const docs = live.map((o) => ({
    kind: "official" as const,
    ref: o.id,
    ...indexText([
      o.nameAr,
      o.nameEn,
      ...o.aliases.map((a) => a.alias),
      ...o.tenures.flatMap((t) => [t.position.titleAr, t.position.titleEn]),
    ]),
  }));
  const liveIds = new Set(live.map((o) => o.id));
  return { docs, gone: Array.isArray(which) ? which.filter((id) => !liveIds.has(id)) : [] };
}

/** Meetings whose document holds an official's names: they change when the official does. */
export async function meetingIdsOfOfficials(db: Db, officialIds: number[]): Promise<number[]> {
  if (officialIds.length === 0) return [];
  const rows = await db.meetingParticipant.findMany({
    where: { officialId: { in: officialIds } },
    select: { meetingId: true },
    distinct: ["meetingId"],
  });
  return rows.map((r) => r.meetingId);
}

async function countryNames(db: Db, codes: (string | null)[]): Promise<Map<string, string[]>> {
  const wanted = [...new Set(codes.filter((c): c is string => Boolean(c)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.country.findMany({
    where: { code: { in: wanted } },
    select: { code: true, nameAr: true, nameEn: true },
  });
  return new Map(rows.map((c) => [c.code, [c.nameAr, c.nameEn]]));
}
