// What an audit row records of each entity, and how a (partial) snapshot is written back. The
// same shapes serve the audit page's before/after, the meeting conflict message and revert, so
// a snapshot holds only what an admin can change, keyed by meaning rather than row id (rows
// such as aliases and participants are recreated by a revert; their ids are not stable).
import type { Tx } from "./audit";
import { parseList } from "./audit";

// ---------------------------------------------------------------------------------- Official

export interface AliasState {
  alias: string;
  normalized: string;
  origin: string;
}
export interface TenureState {
  positionId: number;
  from: string | null;
  to: string | null;
  origin: string;
}
export interface OfficialSnapshot {
  nameAr: string;
  nameEn: string | null;
  country: string | null;
  gender: string | null;
  reviewStatus: string;
  aliases: AliasState[];
  tenures: TenureState[];
}

const byNormalized = (a: AliasState, b: AliasState) =>
  a.normalized.localeCompare(b.normalized) || a.alias.localeCompare(b.alias);
const tenureKey = (t: Omit<TenureState, "origin">) => `${t.positionId}|${t.from ?? ""}|${t.to ?? ""}`;

export async function snapshotOfficial(tx: Tx, id: number): Promise<OfficialSnapshot | null> {
  const o = await tx.official.findUnique({
    where: { id },
    select: {
      nameAr: true,
      nameEn: true,
      country: true,
      gender: true,
      reviewStatus: true,
      aliases: { select: { alias: true, normalized: true, origin: true } },
      tenures: { select: { positionId: true, from: true, to: true, origin: true } },
    },
  });
  if (!o) return null;
  return {
    nameAr: o.nameAr,
    nameEn: o.nameEn,
    country: o.country,
    gender: o.gender,
    reviewStatus: o.reviewStatus,
    aliases: [...o.aliases].sort(byNormalized),
    tenures: [...o.tenures].sort((a, b) => tenureKey(a).localeCompare(tenureKey(b))),
  };
}

export async function applyOfficial(tx: Tx, id: number, s: Partial<OfficialSnapshot>): Promise<void> {
  const { aliases, tenures, ...scalars } = s;
  if (Object.keys(scalars).length) await tx.official.update({ where: { id }, data: scalars });
  if (aliases) {
    const current = await tx.officialAlias.findMany({
      where: { officialId: id },
      select: { id: true, normalized: true },
    });
    const wanted = new Map(aliases.map((a) => [a.normalized, a]));
    const gone = current.filter((c) => !wanted.has(c.normalized)).map((c) => c.id);
    if (gone.length) await tx.officialAlias.deleteMany({ where: { id: { in: gone } } });
    const have = new Set(current.map((c) => c.normalized));
    for (const a of aliases) {
      if (!have.has(a.normalized)) await tx.officialAlias.create({ data: { officialId: id, ...a } });
    }
  }
  if (tenures) {
    const current = await tx.tenure.findMany({
      where: { officialId: id },
      select: { id: true, positionId: true, from: true, to: true },
    });
    const wanted = new Map(tenures.map((t) => [tenureKey(t), t]));
    const gone = current.filter((c) => !wanted.has(tenureKey(c))).map((c) => c.id);
    if (gone.length) await tx.tenure.deleteMany({ where: { id: { in: gone } } });
    const have = new Set(current.map(tenureKey));
    for (const t of tenures) {
      if (!have.has(tenureKey(t))) await tx.tenure.create({ data: { officialId: id, ...t } });
    }
  }
}

// ---------------------------------------------------------------------------------- Agency

export interface AgencySnapshot {
  nameAr: string;
  nameEn: string | null;
  kind: string;
  country: string | null;
  reviewStatus: string;
  aliases: AliasState[];
}

export async function snapshotAgency(tx: Tx, id: number): Promise<AgencySnapshot | null> {
  const a = await tx.agency.findUnique({
    where: { id },
    select: {
      nameAr: true,
      nameEn: true,
      kind: true,
      country: true,
      reviewStatus: true,
      aliases: { select: { alias: true, normalized: true, origin: true } },
    },
  });
  if (!a) return null;
  return { ...a, aliases: [...a.aliases].sort(byNormalized) };
}

export async function applyAgency(tx: Tx, id: number, s: Partial<AgencySnapshot>): Promise<void> {
  const { aliases, ...scalars } = s;
  if (Object.keys(scalars).length) await tx.agency.update({ where: { id }, data: scalars });
  if (aliases) {
    const current = await tx.agencyAlias.findMany({ where: { agencyId: id }, select: { id: true, normalized: true } });
    const wanted = new Set(aliases.map((a) => a.normalized));
    const gone = current.filter((c) => !wanted.has(c.normalized)).map((c) => c.id);
    if (gone.length) await tx.agencyAlias.deleteMany({ where: { id: { in: gone } } });
    const have = new Set(current.map((c) => c.normalized));
    for (const a of aliases) {
      if (!have.has(a.normalized)) await tx.agencyAlias.create({ data: { agencyId: id, ...a } });
    }
  }
}

// ---------------------------------------------------------------------------------- Meeting

export interface ParticipantState {
  officialId: number | null;
  roleText: string | null;
  side: string;
  resolvedBy: string;
}
export interface MeetingSnapshot {
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  dateExplanation: string;
  dateArticleId: number | null;
  place: string | null;
  country: string | null;
  status: string;
  topics: string[];
  reviewStatus: string;
  deletedAt: string | null;
  participants: ParticipantState[];
}

/** A participant is the official, or for an unresolved role the role as written. */
export const participantKey = (p: { officialId: number | null; roleText: string | null }) =>
  p.officialId !== null ? `o:${p.officialId}` : `r:${p.roleText ?? ""}`;

export async function snapshotMeeting(tx: Tx, id: number): Promise<(MeetingSnapshot & { version: number }) | null> {
  const m = await tx.meeting.findUnique({
    where: { id },
    select: {
      version: true,
      dateStart: true,
      dateEnd: true,
      precision: true,
      dateText: true,
      dateExplanation: true,
      dateArticleId: true,
      place: true,
      country: true,
      status: true,
      topics: true,
      reviewStatus: true,
      deletedAt: true,
      participants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { officialId: true, roleText: true, side: true, resolvedBy: true },
      },
    },
  });
  if (!m) return null;
  return {
    ...m,
    topics: parseList(m.topics),
    deletedAt: m.deletedAt ? m.deletedAt.toISOString() : null,
    participants: [...m.participants].sort((a, b) => participantKey(a).localeCompare(participantKey(b))),
  };
}

/** Writes a partial meeting snapshot back and bumps the version (an open editor must see a conflict). */
export async function applyMeeting(
  tx: Tx,
  id: number,
  s: Partial<MeetingSnapshot>,
  opts: { bump?: boolean } = {},
): Promise<void> {
  const { participants, topics, deletedAt, ...scalars } = s;
  await tx.meeting.update({
    where: { id },
    data: {
      ...scalars,
      ...(topics !== undefined ? { topics: JSON.stringify(topics) } : {}),
      ...(deletedAt !== undefined ? { deletedAt: deletedAt ? new Date(deletedAt) : null } : {}),
      ...("dateStart" in s ? { sortKey: s.dateStart ?? "0000-00-00" } : {}),
      ...(opts.bump === false ? {} : { version: { increment: 1 } }),
    },
  });
  if (participants) await setParticipants(tx, id, participants);
}

/** Makes the meeting's participants exactly `wanted`, keeping rows (and their evidence) that stay. */
export async function setParticipants(tx: Tx, meetingId: number, wanted: ParticipantState[]): Promise<void> {
  const current = await tx.meetingParticipant.findMany({
    where: { meetingId },
    select: { id: true, officialId: true, roleText: true, side: true },
  });
  const want = new Map(wanted.map((p) => [participantKey(p), p]));
  for (const c of current) {
    const w = want.get(participantKey(c));
    if (!w) {
      // Evidence stays with the meeting (it still proves the meeting); only the link to the row goes.
      await tx.evidence.updateMany({ where: { participantId: c.id }, data: { participantId: null } });
      await tx.meetingParticipant.delete({ where: { id: c.id } });
    } else if (w.side !== c.side) {
      await tx.meetingParticipant.update({ where: { id: c.id }, data: { side: w.side } });
    }
  }
  const have = new Set(current.map(participantKey));
  for (const p of wanted) {
    if (have.has(participantKey(p))) continue;
    const row = await tx.meetingParticipant.create({ data: { meetingId, ...p } });
    // A participant coming back gets back the evidence that named them, when it is still unlinked.
    if (p.officialId !== null) {
      const orphan = await tx.evidence.findMany({
        where: { meetingId, kind: "participant", participantId: null },
        select: { id: true, text: true, articleId: true },
      });
      const names = await tx.officialAlias.findMany({ where: { officialId: p.officialId }, select: { alias: true } });
      const mine = orphan.filter((e) => names.some((n) => n.alias && e.text.includes(n.alias))).map((e) => e.id);
      if (mine.length) await tx.evidence.updateMany({ where: { id: { in: mine } }, data: { participantId: row.id } });
    }
  }
  await renumber(tx, meetingId);
}

/** Display order: hosts first, then guests, then the rest, stable by id. */
async function renumber(tx: Tx, meetingId: number) {
  const rows = await tx.meetingParticipant.findMany({
    where: { meetingId },
    select: { id: true, side: true, position: true },
  });
  const rank = (s: string) => (s === "host" ? 0 : s === "guest" ? 1 : 2);
  rows.sort((a, b) => rank(a.side) - rank(b.side) || a.position - b.position || a.id - b.id);
  for (const [i, r] of rows.entries()) {
    if (r.position !== i) await tx.meetingParticipant.update({ where: { id: r.id }, data: { position: i } });
  }
}

// ---------------------------------------------------------------------------------- Article

export interface DateState {
  dateStart: string | null;
  dateEnd: string | null;
  precision: string;
  dateText: string;
  dateExplanation: string;
}
export interface ArticleDateState {
  meetingId: number;
  source: DateState | null;
  meeting: (DateState & { dateArticleId: number | null }) | null;
}
export interface ArticleSnapshot {
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  publishedBy: string;
  /** Dates of the meetings this article reports, for the meetings an edit touched. */
  dates: ArticleDateState[];
}

const dateSelect = { dateStart: true, dateEnd: true, precision: true, dateText: true, dateExplanation: true } as const;

export async function snapshotArticle(tx: Tx, id: number, meetingIds: number[]): Promise<ArticleSnapshot | null> {
  const a = await tx.article.findUnique({
    where: { id },
    select: { title: true, source: true, url: true, published: true, publishedBy: true },
  });
  if (!a) return null;
  const ids = [...new Set(meetingIds)].sort((x, y) => x - y);
  const [sources, meetings] = await Promise.all([
    tx.meetingSource.findMany({
      where: { articleId: id, meetingId: { in: ids } },
      select: { meetingId: true, ...dateSelect },
    }),
    tx.meeting.findMany({ where: { id: { in: ids } }, select: { id: true, dateArticleId: true, ...dateSelect } }),
  ]);
  return {
    ...a,
    dates: ids.map((meetingId) => {
      const s = sources.find((x) => x.meetingId === meetingId);
      const m = meetings.find((x) => x.id === meetingId);
      return {
        meetingId,
        source: s
          ? {
              dateStart: s.dateStart,
              dateEnd: s.dateEnd,
              precision: s.precision,
              dateText: s.dateText,
              dateExplanation: s.dateExplanation,
            }
          : null,
        meeting: m
          ? {
              dateStart: m.dateStart,
              dateEnd: m.dateEnd,
              precision: m.precision,
              dateText: m.dateText,
              dateExplanation: m.dateExplanation,
              dateArticleId: m.dateArticleId,
            }
          : null,
      };
    }),
  };
}

export async function applyArticle(tx: Tx, id: number, s: Partial<ArticleSnapshot>): Promise<void> {
  const { dates, ...scalars } = s;
  if (Object.keys(scalars).length) await tx.article.update({ where: { id }, data: scalars });
  for (const d of dates ?? []) {
    if (d.source)
      await tx.meetingSource.updateMany({ where: { articleId: id, meetingId: d.meetingId }, data: d.source });
    if (d.meeting) {
      const exists = await tx.meeting.findUnique({ where: { id: d.meetingId }, select: { id: true } });
      if (exists) {
        await tx.meeting.update({
          where: { id: d.meetingId },
          data: { ...d.meeting, sortKey: d.meeting.dateStart ?? "0000-00-00", version: { increment: 1 } },
        });
      }
    }
  }
}

// ---------------------------------------------------------------------------------- KnowledgeEvent

export interface EventSnapshot {
  nameAr: string;
  nameEn: string | null;
  start: string;
  end: string | null;
  country: string | null;
  /** In the admin's order: the first names are the ones the form lists first. */
  aliases: string[];
}

export async function snapshotEvent(tx: Tx, id: number): Promise<EventSnapshot | null> {
  const e = await tx.knowledgeEvent.findUnique({
    where: { id },
    select: { nameAr: true, nameEn: true, start: true, end: true, country: true, aliases: true },
  });
  if (!e) return null;
  return { ...e, aliases: parseList(e.aliases) };
}

/**
 * Writes a partial event snapshot back. Every such write is an admin's (an edit or a revert), so
 * it marks the row corrected: `npm run db:seed` then leaves it as the admin made it.
 */
export async function applyEvent(tx: Tx, id: number, s: Partial<EventSnapshot>, now = new Date()): Promise<void> {
  const { aliases, ...scalars } = s;
  await tx.knowledgeEvent.update({
    where: { id },
    data: { ...scalars, ...(aliases !== undefined ? { aliases: JSON.stringify(aliases) } : {}), correctedAt: now },
  });
}
