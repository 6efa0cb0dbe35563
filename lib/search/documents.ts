// Builds the searchable text of meetings, articles and officials from the database, with
// ordinary Prisma reads (the same on every provider). Only live rows get a document: a deleted or
// rejected meeting, or a merged official, is removed from the index instead.
import type { Db } from "../db";
import { parseStringList } from "../format";
import { indexText, type IndexedText } from "./text";

export type DocKind = "meeting" | "article" | "official";

export interface SearchDoc extends IndexedText {
  kind: DocKind;
  ref: number;
}

const KIND_CODE: Record<DocKind, number> = { meeting: 1, article: 2, official: 3 };

/** One integer key per document, so an update replaces exactly one row without scanning. */
export function docKey(kind: DocKind, ref: number): number {
  return ref * 4 + KIND_CODE[kind];
}

export function kindOfKey(key: number): { kind: DocKind; ref: number } | null {
  const code = key % 4;
  const kind = (Object.keys(KIND_CODE) as DocKind[]).find((k) => KIND_CODE[k] === code);
  return kind ? { kind, ref: Math.floor(key / 4) } : null;
}

const officialNames = {
  nameAr: true,
  nameEn: true,
  aliases: { select: { alias: true } },
} as const;

export async function meetingDocs(db: Db, ids?: number[]): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const rows = await db.meeting.findMany({
    where: ids ? { id: { in: ids } } : { deletedAt: null, reviewStatus: { not: "rejected" } },
    select: {
      id: true,
      deletedAt: true,
      reviewStatus: true,
      place: true,
      country: true,
      topics: true,
      dateText: true,
      participants: { select: { roleText: true, official: { select: officialNames } } },
      sources: { select: { place: true, topics: true } },
    },
  });
  const countries = await countryNames(db, rows.map((r) => r.country));
  const live = rows.filter((r) => r.deletedAt === null && r.reviewStatus !== "rejected");
  const docs = live.map((m) => ({
    kind: "meeting" as const,
    ref: m.id,
    ...indexText([
      ...m.participants.flatMap((p) => [p.roleText, p.official?.nameAr, p.official?.nameEn, ...(p.official?.aliases.map((a) => a.alias) ?? [])]),
      m.place,
      ...(m.country ? (countries.get(m.country) ?? [m.country]) : []),
      ...parseStringList(m.topics),
      ...m.sources.flatMap((s) => [s.place, ...parseStringList(s.topics)]),
      m.dateText,
    ]),
  }));
  const liveIds = new Set(live.map((m) => m.id));
  return { docs, gone: (ids ?? []).filter((id) => !liveIds.has(id)) };
}

export async function articleDocs(db: Db, ids?: number[]): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const rows = await db.article.findMany({
    where: ids ? { id: { in: ids } } : {},
    select: { id: true, title: true, source: true, text: true },
  });
  const docs = rows.map((a) => ({ kind: "article" as const, ref: a.id, ...indexText([a.title, a.source, a.text]) }));
  const found = new Set(rows.map((a) => a.id));
  return { docs, gone: (ids ?? []).filter((id) => !found.has(id)) };
}

export async function officialDocs(db: Db, ids?: number[]): Promise<{ docs: SearchDoc[]; gone: number[] }> {
  const rows = await db.official.findMany({
    where: ids ? { id: { in: ids } } : { mergedIntoId: null },
    select: {
      id: true,
      mergedIntoId: true,
      ...officialNames,
      tenures: { select: { position: { select: { titleAr: true, titleEn: true } } } },
    },
  });
  const live = rows.filter((o) => o.mergedIntoId === null);
  const docs = live.map((o) => ({
    kind: "official" as const,
    ref: o.id,
    ...indexText([o.nameAr, o.nameEn, ...o.aliases.map((a) => a.alias), ...o.tenures.flatMap((t) => [t.position.titleAr, t.position.titleEn])]),
  }));
  const liveIds = new Set(live.map((o) => o.id));
  return { docs, gone: (ids ?? []).filter((id) => !liveIds.has(id)) };
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
  const rows = await db.country.findMany({ where: { code: { in: wanted } }, select: { code: true, nameAr: true, nameEn: true } });
  return new Map(rows.map((c) => [c.code, [c.nameAr, c.nameEn]]));
}
