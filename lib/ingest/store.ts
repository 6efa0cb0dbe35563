// Stores one article and what the extractor found in it, in one transaction: either the
// article lands with all its meetings and evidence, or nothing of it does.
import { createHash } from "node:crypto";
import { cleanText } from "../text/controls";
import type { Db, Tx } from "../db";
import { extractArticle, normalizeArabic } from "../extract";
import type { ExtractedMeeting, ExtractionResult, Knowledge } from "../extract/types";
import { ensureSearchIndex, rebuildSearchIndex, syncSearchIndex } from "../search";
import { datesCompatible, mergeDate } from "./merge";

export interface ArticleToIngest {
  text: string;
  file?: string | null;
  source?: string | null;
  url?: string | null;
  title?: string | null;
  published?: string | null;
  /** stated | inferred | admin | unknown */
  publishedBy?: string;
  language?: string;
  /** Who added it, for the audit row: a user's id (admin form), or null for the ingest CLI ("system"). */
  actorId?: number | null;
}

export type IngestOutcome =
  | {
      status: "created";
      articleId: number;
      meetings: number;
      newMeetings: number;
      officials: number;
      /** Rows this article created or changed: what the search index must re-read. */
      meetingIds: number[];
      officialIds: number[];
    }
  | { status: "unchanged"; articleId: number };

export interface StoreOptions {
  /**
   * Re-index the touched rows once the transaction has committed (default). A batch passes false
   * and syncs once per chunk of articles instead (see ingestManifest).
   */
  syncSearch?: boolean;
}

export { cleanText, stripBidiControls } from "../text/controls";

function cleanInput(input: ArticleToIngest): ArticleToIngest {
  const clean = (v: string | null | undefined) => (v == null ? v : cleanText(v).trim() || null);
  return { ...input, text: cleanText(input.text), title: clean(input.title), source: clean(input.source) };
}

export function contentHash(text: string): string {
  return createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex");
}

/** First non-empty line of the text, trimmed to a title's length. */
export function guessTitle(text: string): string | null {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l.length >= 8);
  if (!line) return null;
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

export async function ingestArticle(
  db: Db,
  raw: ArticleToIngest,
  knowledge: Knowledge,
  opts: StoreOptions = {},
): Promise<IngestOutcome> {
  const input = cleanInput(raw);
  const existing = await findArticleByText(db, input.text);
  if (existing) return { status: "unchanged", articleId: existing };
  // Pure and possibly slow: run it before opening the write transaction.
  const result = extractArticle(
    { text: input.text, published: input.published ?? null, title: input.title ?? null },
    knowledge,
  );
  return storeArticle(db, input, result, opts);
}

export async function findArticleByText(db: Db, text: string): Promise<number | null> {
  const row = await db.article.findUnique({ where: { contentHash: contentHash(text) }, select: { id: true } });
  return row?.id ?? null;
}

/**
 * Stores an article with an extraction result already in hand (the admin's "new article" form
 * stores exactly what it previewed). One transaction: all of it lands, or none.
 */
export async function storeArticle(
  db: Db,
  raw: ArticleToIngest,
  result: ExtractionResult,
  opts: StoreOptions = {},
): Promise<IngestOutcome> {
  // The text is stored as given (the extraction's offsets point into it); titles are cleaned.
  const input = {
    ...raw,
    title: raw.title == null ? raw.title : cleanText(raw.title),
    source: raw.source == null ? raw.source : cleanText(raw.source),
  };
  const hash = contentHash(input.text);
  const outcome: IngestOutcome = await db.$transaction(
    async (tx: Tx) => {
      // Checked again inside the transaction: a concurrent ingest of the same text must not double it.
      const again = await tx.article.findUnique({ where: { contentHash: hash }, select: { id: true } });
      if (again) return { status: "unchanged" as const, articleId: again.id };
      const article = await tx.article.create({
        data: {
          file: input.file ?? null,
          source: input.source ?? null,
          url: input.url ?? null,
          title: input.title ?? guessTitle(input.text),
          text: input.text,
          contentHash: hash,
          published: input.published ?? null,
          publishedBy: input.published ? (input.publishedBy ?? "stated") : "unknown",
          language: input.language ?? "ar",
        },
        select: { id: true },
      });
      const stored = await storeExtraction(tx, article.id, result);
      // The audit row commits with the article or not at all.
      await tx.auditLog.create({
        data: {
          actorId: input.actorId ?? null,
          action: "ingest",
          entity: "Article",
          entityId: String(article.id),
          before: null,
          after: JSON.stringify({
            file: input.file ?? null,
            title: input.title ?? null,
            source: input.source ?? null,
            url: input.url ?? null,
            published: input.published ?? null,
            meetings: stored.meetings,
            newMeetings: stored.newMeetings,
            officials: stored.officials,
          }),
        },
      });
      return { status: "created" as const, articleId: article.id, ...stored };
    },
    { timeout: 30_000 },
  );
  if (outcome.status === "created" && opts.syncSearch !== false) {
    await syncIngested(db, {
      articleIds: [outcome.articleId],
      meetingIds: outcome.meetingIds,
      officialIds: outcome.officialIds,
    });
  }
  return outcome;
}

/**
 * Brings the search index up to date with ingested rows (after their transaction committed). An
 * index created just now is built whole: a partial sync into it would hold only these rows.
 */
export async function syncIngested(
  db: Db,
  targets: { articleIds: number[]; meetingIds: number[]; officialIds: number[] },
): Promise<void> {
  if (await ensureSearchIndex(db)) await rebuildSearchIndex(db);
  else await syncSearchIndex(db, targets);
}

async function storeExtraction(tx: Tx, articleId: number, result: ExtractionResult) {
  const officialIds = await resolveOfficials(tx, result);
  await addSpellings(tx, result, officialIds);
  // The article is new in this transaction: its mentions are inserted, never updated. Two keys
  // that landed on one official (an alias, a merge) add up to one row, with the first role seen.
  const mentions = new Map<number, { count: number; role: string | null }>();
  for (const o of result.officials) {
    const id = officialIds.get(o.key);
    if (id === undefined) continue;
    const cur = mentions.get(id);
    if (cur) cur.count += Math.max(1, o.mentions.length);
    else mentions.set(id, { count: Math.max(1, o.mentions.length), role: o.role });
  }
  if (mentions.size) {
    await tx.articleMention.createMany({
      data: [...mentions].map(([officialId, m]) => ({ articleId, officialId, count: m.count, role: m.role })),
    });
  }

  let newMeetings = 0;
  const meetingIds = new Set<number>();
  const evidence: EvidenceRow[] = [];
  const sources = new Map<number, ExtractedMeeting>();
  for (const m of result.meetings) {
    const participantIds = m.participants
      .map((p) => (p.officialKey ? officialIds.get(p.officialKey) : undefined))
      .filter((x): x is number => x !== undefined);
    // meetings this article already reported are not candidates (their source rows come at the end)
    const target = await findSameMeeting(tx, articleId, m, participantIds, sources);
    if (target === "rejected") continue;
    const meetingId = target ?? (await createMeeting(tx, articleId, m));
    meetingIds.add(meetingId);
    if (target === null) newMeetings++;
    else await mergeInto(tx, target, articleId, m);
    // one source row per meeting and article: the first report of this article stands
    if (!sources.has(meetingId)) sources.set(meetingId, m);
    evidence.push({
      articleId,
      meetingId,
      kind: "meeting",
      start: m.evidence.start,
      end: m.evidence.end,
      text: m.evidence.text,
    });
    if (m.date.span)
      evidence.push({
        articleId,
        meetingId,
        kind: "date",
        start: m.date.span.start,
        end: m.date.span.end,
        text: m.date.span.text,
      });
    if (m.placeSpan)
      evidence.push({
        articleId,
        meetingId,
        kind: "place",
        start: m.placeSpan.start,
        end: m.placeSpan.end,
        text: m.placeSpan.text,
      });
    await addParticipants(tx, meetingId, articleId, m, officialIds, target === null, evidence);
  }
  if (sources.size) {
    await tx.meetingSource.createMany({
      data: [...sources].map(([meetingId, m]) => ({
        meetingId,
        articleId,
        dateStart: m.date.start,
        dateEnd: m.date.end,
        precision: m.date.precision,
        dateText: m.date.text,
        dateExplanation: m.date.explanation,
        dateDependsOnPublished: m.date.dependsOnPublished,
        place: m.place,
        status: m.status,
        topics: JSON.stringify(m.topics),
      })),
    });
  }
  // All evidence rows of the article in one statement.
  if (evidence.length) await tx.evidence.createMany({ data: evidence });
  return {
    meetings: result.meetings.length,
    newMeetings,
    officials: result.officials.length,
    meetingIds: [...meetingIds],
    officialIds: [...new Set(officialIds.values())],
  };
}

/**
 * The database id of every official the article names, in three statements whatever their
 * number: the known slugs, then the spellings admins or knowledge attached to someone (an alias
 * wins over a new row), then one insert of the people seen for the first time.
 */
async function resolveOfficials(tx: Tx, result: ExtractionResult): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const byKey = new Map(result.officials.map((o) => [o.key, o] as const));
  if (byKey.size === 0) return ids;
  const found = await tx.official.findMany({
    where: { slug: { in: [...byKey.keys()] } },
    select: { slug: true, id: true, mergedIntoId: true },
  });
  for (const f of found) ids.set(f.slug, f.mergedIntoId ?? f.id);
  const missing = [...byKey.values()].filter((o) => !ids.has(o.key));
  if (missing.length === 0) return ids;
  const norms = [...new Set(missing.map((o) => normalizeArabic(o.name)).filter(Boolean))];
  const aliases = norms.length
    ? await tx.officialAlias.findMany({
        where: { normalized: { in: norms }, official: { mergedIntoId: null } },
        select: { normalized: true, officialId: true },
        orderBy: { id: "asc" },
      })
    : [];
  const aliasOf = new Map<string, number>();
  for (const a of aliases) if (!aliasOf.has(a.normalized)) aliasOf.set(a.normalized, a.officialId);
  const create: typeof missing = [];
  const sameName = new Map<string, string>(); // normalized name → key of the row being created
  const twins: [string, string][] = [];
  for (const o of missing) {
    const n = normalizeArabic(o.name);
    const hit = n ? aliasOf.get(n) : undefined;
    const first = n ? sameName.get(n) : undefined;
    if (hit !== undefined) ids.set(o.key, hit);
    else if (first !== undefined) twins.push([o.key, first]);
    else {
      if (n) sameName.set(n, o.key);
      create.push(o);
    }
  }
  if (create.length) {
    const rows = await tx.official.createManyAndReturn({
      data: create.map((o) => ({
        slug: o.key,
        nameAr: o.name,
        nameEn: o.nameEn,
        country: o.country,
        origin: "extract",
        reviewStatus: "machine",
      })),
      select: { id: true, slug: true },
    });
    for (const r of rows) ids.set(r.slug, r.id);
  }
  for (const [key, first] of twins) {
    const id = ids.get(first);
    if (id !== undefined) ids.set(key, id);
  }
  return ids;
}

/** Each official's spellings in this article that the database does not know yet: one read, one insert. */
async function addSpellings(tx: Tx, result: ExtractionResult, officialIds: Map<string, number>) {
  const wanted = new Map<string, { officialId: number; alias: string; normalized: string }>();
  const keyOf = (officialId: number, normalized: string) => `${officialId} ${normalized}`;
  for (const o of result.officials) {
    const officialId = officialIds.get(o.key);
    if (officialId === undefined) continue;
    for (const m of o.mentions) {
      const normalized = normalizeArabic(m.text);
      if (normalized && !wanted.has(keyOf(officialId, normalized)))
        wanted.set(keyOf(officialId, normalized), { officialId, alias: m.text.trim(), normalized });
    }
  }
  if (wanted.size === 0) return;
  const rows = [...wanted.values()];
  const known = await tx.officialAlias.findMany({
    where: {
      officialId: { in: [...new Set(rows.map((r) => r.officialId))] },
      normalized: { in: [...new Set(rows.map((r) => r.normalized))] },
    },
    select: { officialId: true, normalized: true },
  });
  for (const k of known) wanted.delete(keyOf(k.officialId, k.normalized));
  if (wanted.size)
    await tx.officialAlias.createMany({ data: [...wanted.values()].map((w) => ({ ...w, origin: "extract" })) });
}

/**
 * The same meeting reported by another article: at least two shared participants (or all of
 * the smaller side's, when it names one) and overlapping dates. An undated report never merges:
 * two undated meetings of the same pair are as likely different as the same.
 */
async function findSameMeeting(
  tx: Tx,
  articleId: number,
  m: ExtractedMeeting,
  participantIds: number[],
  reported: ReadonlyMap<number, unknown>,
): Promise<number | null | "rejected"> {
  if (participantIds.length === 0 || !m.date.start) return null;
  const candidates = await tx.meeting.findMany({
    where: {
      participants: { some: { officialId: { in: participantIds } } },
      sources: { none: { articleId } },
      ...(reported.size ? { id: { notIn: [...reported.keys()] } } : {}),
      dateStart: { not: null },
    },
    select: {
      id: true,
      dateStart: true,
      dateEnd: true,
      reviewStatus: true,
      deletedAt: true,
      participants: { select: { officialId: true } },
    },
  });
  const mine = new Set(participantIds);
  let best: { id: number; shared: number; rejected: boolean } | null = null;
  for (const c of candidates) {
    const theirs = new Set(c.participants.map((p) => p.officialId).filter((x): x is number => x !== null));
    const shared = [...mine].filter((id) => theirs.has(id)).length;
    const need = Math.min(2, mine.size, theirs.size);
    if (shared < need || shared === 0) continue;
    if (!datesCompatible({ start: c.dateStart, end: c.dateEnd }, { start: m.date.start, end: m.date.end })) continue;
    if (!best || shared > best.shared)
      best = { id: c.id, shared, rejected: c.reviewStatus === "rejected" || c.deletedAt !== null };
  }
  if (!best) return null;
  return best.rejected ? "rejected" : best.id;
}

async function createMeeting(tx: Tx, articleId: number, m: ExtractedMeeting): Promise<number> {
  const meeting = await tx.meeting.create({
    data: {
      dateStart: m.date.start,
      dateEnd: m.date.end,
      precision: m.date.precision,
      dateText: m.date.text,
      dateExplanation: m.date.explanation,
      dateArticleId: articleId,
      sortKey: m.date.start ?? "0000-00-00",
      place: m.place,
      country: m.country,
      status: m.status,
      topics: JSON.stringify(m.topics),
    },
    select: { id: true },
  });
  return meeting.id;
}

/** A second report of a known meeting: keep the sharper date, fill what was missing, never overwrite corrections. */
async function mergeInto(tx: Tx, meetingId: number, articleId: number, m: ExtractedMeeting) {
  const cur = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      dateStart: true,
      dateEnd: true,
      precision: true,
      place: true,
      country: true,
      topics: true,
      corrected: true,
    },
  });
  const fixed = parseCorrected(cur.corrected);
  const data: Record<string, unknown> = {};
  if (!fixed.has("date")) {
    const merged = mergeDate(
      { start: cur.dateStart, end: cur.dateEnd, precision: cur.precision },
      { start: m.date.start, end: m.date.end, precision: m.date.precision },
    );
    if (merged.fromSecond) {
      Object.assign(data, {
        dateStart: m.date.start,
        dateEnd: m.date.end,
        precision: m.date.precision,
        dateText: m.date.text,
        dateExplanation: m.date.explanation,
        dateArticleId: articleId,
        sortKey: m.date.start ?? "0000-00-00",
      });
    }
  }
  if (!fixed.has("place") && !cur.place && m.place) Object.assign(data, { place: m.place, country: m.country });
  if (!fixed.has("topics")) {
    const topics = JSON.parse(cur.topics) as string[];
    const seen = new Set(topics.map(normalizeArabic));
    for (const t of m.topics) if (!seen.has(normalizeArabic(t))) topics.push(t);
    data.topics = JSON.stringify(topics);
  }
  // status: the first report's stands (a later one never changes it), and an admin's is final.
  if (Object.keys(data).length) await tx.meeting.update({ where: { id: meetingId }, data });
}

/** The `corrected` JSON list of a row, tolerating a malformed value (treated as nothing corrected). */
function parseCorrected(s: string | null): Set<string> {
  try {
    const v: unknown = JSON.parse(s ?? "[]");
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
  } catch {
    return new Set();
  }
}

interface EvidenceRow {
  articleId: number;
  meetingId: number;
  participantId?: number;
  kind: string;
  start: number;
  end: number;
  text: string;
}

async function addParticipants(
  tx: Tx,
  meetingId: number,
  articleId: number,
  m: ExtractedMeeting,
  officialIds: Map<string, number>,
  isNew: boolean,
  evidence: EvidenceRow[],
) {
  if (isNew) return addNewParticipants(tx, meetingId, articleId, m, officialIds, evidence);
  // A meeting created by this article has no participants and no corrections yet: nothing to read.
  const meta = isNew
    ? null
    : await tx.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { corrected: true } });
  // An admin settled who took part: a report never adds, re-sides or re-orders participants.
  // Its evidence still attaches to the participants the admin kept.
  const fixed = meta ? parseCorrected(meta.corrected).has("participants") : false;
  const existing = isNew
    ? []
    : await tx.meetingParticipant.findMany({
        where: { meetingId },
        select: { id: true, officialId: true, roleText: true, side: true, resolvedBy: true },
      });
  let order = existing.length;
  for (const p of m.participants) {
    const officialId = p.officialKey ? (officialIds.get(p.officialKey) ?? null) : null;
    const roleNorm = p.role ? normalizeArabic(p.role) : null;
    let row = existing.find((e) =>
      officialId !== null
        ? e.officialId === officialId
        : e.officialId === null && e.roleText !== null && normalizeArabic(e.roleText) === roleNorm,
    );
    if (!row && fixed) continue;
    if (!row) {
      const created = await tx.meetingParticipant.create({
        data: {
          meetingId,
          officialId,
          roleText: p.role,
          side: p.side,
          resolvedBy: p.resolvedBy,
          position: p.side === "host" ? 0 : ++order,
        },
        select: { id: true, officialId: true, roleText: true, side: true, resolvedBy: true },
      });
      existing.push(created);
      row = created;
    } else if (!fixed && row.side === "other" && p.side !== "other") {
      await tx.meetingParticipant.update({ where: { id: row.id }, data: { side: p.side } });
    }
    if (p.evidence) {
      evidence.push({
        articleId,
        meetingId,
        participantId: row.id,
        kind: "participant",
        start: p.evidence.start,
        end: p.evidence.end,
        text: p.evidence.text,
      });
    }
  }
}

/** The participants of a meeting this article just created: one insert, in the extractor's order. */
async function addNewParticipants(
  tx: Tx,
  meetingId: number,
  articleId: number,
  m: ExtractedMeeting,
  officialIds: Map<string, number>,
  evidence: EvidenceRow[],
) {
  const rows: {
    officialId: number | null;
    roleText: string | null;
    roleNorm: string | null;
    side: string;
    resolvedBy: string;
    position: number;
    spans: NonNullable<ExtractedMeeting["participants"][number]["evidence"]>[];
  }[] = [];
  let order = 0;
  for (const p of m.participants) {
    const officialId = p.officialKey ? (officialIds.get(p.officialKey) ?? null) : null;
    const roleNorm = p.role ? normalizeArabic(p.role) : null;
    // the same person twice in one report is one participant (as for an existing meeting)
    let row = rows.find((e) =>
      officialId !== null
        ? e.officialId === officialId
        : e.officialId === null && e.roleNorm !== null && e.roleNorm === roleNorm,
    );
    if (!row) {
      row = {
        officialId,
        roleText: p.role,
        roleNorm,
        side: p.side,
        resolvedBy: p.resolvedBy,
        position: p.side === "host" ? 0 : ++order,
        spans: [],
      };
      rows.push(row);
    } else if (row.side === "other" && p.side !== "other") {
      row.side = p.side;
    }
    if (p.evidence) row.spans.push(p.evidence);
  }
  if (rows.length === 0) return;
  const created = await tx.meetingParticipant.createManyAndReturn({
    data: rows.map((r) => ({
      meetingId,
      officialId: r.officialId,
      roleText: r.roleText,
      side: r.side,
      resolvedBy: r.resolvedBy,
      position: r.position,
    })),
    select: { id: true },
  });
  // RETURNING's order is unspecified (SQLite says so), but ids are handed out in insertion order
  created.sort((a, b) => a.id - b.id);
  created.forEach((c, i) => {
    for (const sp of rows[i]?.spans ?? []) {
      evidence.push({
        articleId,
        meetingId,
        participantId: c.id,
        kind: "participant",
        start: sp.start,
        end: sp.end,
        text: sp.text,
      });
    }
  });
}
