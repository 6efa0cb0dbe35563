// Two rows for one person (extraction spelled them differently): everything the other row owns
// moves to the survivor, and the other row stays as a redirect (mergedIntoId). The audit row
// records exactly which rows moved or were folded together, so a revert can put them back.
import type { Db } from "../db";
import { normalizeArabic } from "../extract";
import { addCorrected, writeAudit, type Tx } from "./audit";
import { snapshotOfficial, type OfficialSnapshot } from "./snapshots";
import { whenBusy } from "./busy";

export interface MergeRecord {
  survivorId: number;
  otherId: number;
  movedAliasIds: number[];
  droppedAliases: { alias: string; normalized: string; origin: string }[];
  addedAliasIds: number[];
  movedParticipantIds: number[];
  /** The other's participation in a meeting the survivor was already in: folded into the survivor's row. */
  droppedParticipants: {
    meetingId: number;
    survivorParticipantId: number;
    roleText: string | null;
    side: string;
    resolvedBy: string;
    position: number;
    evidenceIds: number[];
  }[];
  movedMentionIds: number[];
  foldedMentions: { articleId: number; survivorMentionId: number; count: number; role: string | null }[];
  movedTenureIds: number[];
  droppedTenures: { positionId: number; from: string | null; to: string | null; origin: string }[];
  touchedMeetingIds: number[];
  /** Officials earlier merged into the other, now pointing at the survivor. */
  repointedIds: number[];
}

export interface MergeBefore {
  survivor: OfficialSnapshot & { id: number; slug: string };
  other: OfficialSnapshot & { id: number; slug: string; reviewStatus: string };
}

export type MergeResult =
  | { ok: true; survivorSlug: string; otherSlug: string; meetingIds: number[]; articleIds: number[] }
  | { ok: false; formError: string };

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error. */
export async function mergeOfficials(
  db: Db,
  actorId: number,
  input: { survivorId: number; otherId: number },
): Promise<MergeResult> {
  return whenBusy(
    () => mergeOfficialsInTransaction(db, actorId, input),
    (formError): MergeResult => ({ ok: false, formError }),
  );
}

async function mergeOfficialsInTransaction(
  db: Db,
  actorId: number,
  input: { survivorId: number; otherId: number },
): Promise<MergeResult> {
  return db.$transaction(async (tx: Tx): Promise<MergeResult> => {
    const [survivor, other] = await Promise.all(
      [input.survivorId, input.otherId].map((id) =>
        tx.official.findUnique({
          where: { id },
          select: { id: true, slug: true, nameAr: true, nameEn: true, mergedIntoId: true, corrected: true },
        }),
      ),
    );
    if (!survivor || !other) return { ok: false, formError: "أحد المسؤولَين غير موجود" };
    if (survivor.id === other.id) return { ok: false, formError: "اختر مسؤولَين مختلفين" };
    if (survivor.mergedIntoId || other.mergedIntoId) return { ok: false, formError: "أحدهما مدموج سابقًا في مسؤول آخر" };

    const before: MergeBefore = {
      survivor: { id: survivor.id, slug: survivor.slug, ...(await snapshotOfficial(tx, survivor.id))! },
      other: { id: other.id, slug: other.slug, ...(await snapshotOfficial(tx, other.id))! },
    };
    const rec: MergeRecord = {
      survivorId: survivor.id,
      otherId: other.id,
      movedAliasIds: [],
      droppedAliases: [],
      addedAliasIds: [],
      movedParticipantIds: [],
      droppedParticipants: [],
      movedMentionIds: [],
      foldedMentions: [],
      movedTenureIds: [],
      droppedTenures: [],
      touchedMeetingIds: [],
      repointedIds: [],
    };

    const survivorAliases = new Set(
      (await tx.officialAlias.findMany({ where: { officialId: survivor.id }, select: { normalized: true } })).map(
        (a) => a.normalized,
      ),
    );
    for (const a of await tx.officialAlias.findMany({ where: { officialId: other.id } })) {
      if (survivorAliases.has(a.normalized)) {
        rec.droppedAliases.push({ alias: a.alias, normalized: a.normalized, origin: a.origin });
        await tx.officialAlias.delete({ where: { id: a.id } });
      } else {
        rec.movedAliasIds.push(a.id);
        survivorAliases.add(a.normalized);
        await tx.officialAlias.update({ where: { id: a.id }, data: { officialId: survivor.id } });
      }
    }
    // The other's names become the survivor's aliases, so the extractor and search find the survivor by them.
    for (const name of [other.nameAr, other.nameEn]) {
      const normalized = name ? normalizeArabic(name) : "";
      if (!name || !normalized || survivorAliases.has(normalized)) continue;
      survivorAliases.add(normalized);
      const row = await tx.officialAlias.create({
        data: { officialId: survivor.id, alias: name, normalized, origin: "admin" },
        select: { id: true },
      });
      rec.addedAliasIds.push(row.id);
    }

    for (const p of await tx.meetingParticipant.findMany({ where: { officialId: other.id } })) {
      rec.touchedMeetingIds.push(p.meetingId);
      const mine = await tx.meetingParticipant.findFirst({
        where: { meetingId: p.meetingId, officialId: survivor.id },
        select: { id: true },
      });
      if (mine) {
        const evidence = await tx.evidence.findMany({ where: { participantId: p.id }, select: { id: true } });
        await tx.evidence.updateMany({ where: { participantId: p.id }, data: { participantId: mine.id } });
        rec.droppedParticipants.push({
          meetingId: p.meetingId,
          survivorParticipantId: mine.id,
          roleText: p.roleText,
          side: p.side,
          resolvedBy: p.resolvedBy,
          position: p.position,
          evidenceIds: evidence.map((e) => e.id),
        });
        await tx.meetingParticipant.delete({ where: { id: p.id } });
      } else {
        rec.movedParticipantIds.push(p.id);
        await tx.meetingParticipant.update({ where: { id: p.id }, data: { officialId: survivor.id } });
      }
    }
    if (rec.touchedMeetingIds.length) {
      // Open editors of these meetings must reload rather than save a participant list that no longer exists.
      await tx.meeting.updateMany({
        where: { id: { in: rec.touchedMeetingIds } },
        data: { version: { increment: 1 } },
      });
    }

    for (const m of await tx.articleMention.findMany({ where: { officialId: other.id } })) {
      const mine = await tx.articleMention.findUnique({
        where: { articleId_officialId: { articleId: m.articleId, officialId: survivor.id } },
        select: { id: true },
      });
      if (mine) {
        await tx.articleMention.update({ where: { id: mine.id }, data: { count: { increment: m.count } } });
        rec.foldedMentions.push({ articleId: m.articleId, survivorMentionId: mine.id, count: m.count, role: m.role });
        await tx.articleMention.delete({ where: { id: m.id } });
      } else {
        rec.movedMentionIds.push(m.id);
        await tx.articleMention.update({ where: { id: m.id }, data: { officialId: survivor.id } });
      }
    }

    const survivorTenures = await tx.tenure.findMany({
      where: { officialId: survivor.id },
      select: { positionId: true, from: true, to: true },
    });
    for (const t of await tx.tenure.findMany({ where: { officialId: other.id } })) {
      if (survivorTenures.some((s) => s.positionId === t.positionId && s.from === t.from && s.to === t.to)) {
        rec.droppedTenures.push({ positionId: t.positionId, from: t.from, to: t.to, origin: t.origin });
        await tx.tenure.delete({ where: { id: t.id } });
      } else {
        rec.movedTenureIds.push(t.id);
        await tx.tenure.update({ where: { id: t.id }, data: { officialId: survivor.id } });
      }
    }

    await tx.official.update({
      where: { id: other.id },
      data: { mergedIntoId: survivor.id, corrected: addCorrected(other.corrected, ["mergedIntoId"]) },
    });
    // Anything previously merged into the other now points straight at the survivor (one hop to redirect).
    rec.repointedIds = (await tx.official.findMany({ where: { mergedIntoId: other.id }, select: { id: true } })).map(
      (o) => o.id,
    );
    await tx.official.updateMany({ where: { id: { in: rec.repointedIds } }, data: { mergedIntoId: survivor.id } });
    await writeAudit(tx, { actorId, action: "merge", entity: "Official", entityId: other.id, before, after: rec });

    const articles = await tx.articleMention.findMany({
      where: { officialId: survivor.id },
      select: { articleId: true },
    });
    return {
      ok: true,
      survivorSlug: survivor.slug,
      otherSlug: other.slug,
      meetingIds: [...new Set(rec.touchedMeetingIds)],
      articleIds: articles.map((a) => a.articleId),
    };
  });
}

/** Undoes a merge recorded by mergeOfficials, if the survivor still holds what moved. */
export async function unmergeOfficials(
  tx: Tx,
  rec: MergeRecord,
  before: MergeBefore,
): Promise<{ ok: true } | { ok: false; formError: string }> {
  const other = await tx.official.findUnique({
    where: { id: rec.otherId },
    select: { mergedIntoId: true, corrected: true },
  });
  if (!other || other.mergedIntoId !== rec.survivorId)
    return { ok: false, formError: "لم يعد هذا المسؤول مدموجًا في الآخر" };

  await tx.officialAlias.updateMany({
    where: { id: { in: rec.movedAliasIds }, officialId: rec.survivorId },
    data: { officialId: rec.otherId },
  });
  await tx.officialAlias.deleteMany({ where: { id: { in: rec.addedAliasIds } } });
  for (const a of rec.droppedAliases) {
    await tx.officialAlias.upsert({
      where: { officialId_normalized: { officialId: rec.otherId, normalized: a.normalized } },
      create: { officialId: rec.otherId, ...a },
      update: {},
    });
  }

  await tx.meetingParticipant.updateMany({
    where: { id: { in: rec.movedParticipantIds }, officialId: rec.survivorId },
    data: { officialId: rec.otherId },
  });
  for (const p of rec.droppedParticipants) {
    const meeting = await tx.meeting.findUnique({ where: { id: p.meetingId }, select: { id: true } });
    if (!meeting) continue;
    const row = await tx.meetingParticipant.create({
      data: {
        meetingId: p.meetingId,
        officialId: rec.otherId,
        roleText: p.roleText,
        side: p.side,
        resolvedBy: p.resolvedBy,
        position: p.position,
      },
      select: { id: true },
    });
    await tx.evidence.updateMany({ where: { id: { in: p.evidenceIds } }, data: { participantId: row.id } });
  }
  if (rec.touchedMeetingIds.length) {
    await tx.meeting.updateMany({ where: { id: { in: rec.touchedMeetingIds } }, data: { version: { increment: 1 } } });
  }

  await tx.articleMention.updateMany({
    where: { id: { in: rec.movedMentionIds }, officialId: rec.survivorId },
    data: { officialId: rec.otherId },
  });
  for (const m of rec.foldedMentions) {
    const mine = await tx.articleMention.findUnique({ where: { id: m.survivorMentionId }, select: { count: true } });
    if (mine)
      await tx.articleMention.update({
        where: { id: m.survivorMentionId },
        data: { count: Math.max(1, mine.count - m.count) },
      });
    await tx.articleMention.upsert({
      where: { articleId_officialId: { articleId: m.articleId, officialId: rec.otherId } },
      create: { articleId: m.articleId, officialId: rec.otherId, count: m.count, role: m.role },
      update: {},
    });
  }

  await tx.tenure.updateMany({
    where: { id: { in: rec.movedTenureIds }, officialId: rec.survivorId },
    data: { officialId: rec.otherId },
  });
  for (const t of rec.droppedTenures) await tx.tenure.create({ data: { officialId: rec.otherId, ...t } });

  await tx.official.updateMany({
    where: { id: { in: rec.repointedIds ?? [] }, mergedIntoId: rec.survivorId },
    data: { mergedIntoId: rec.otherId },
  });
  const corrected = JSON.stringify((JSON.parse(other.corrected) as string[]).filter((f) => f !== "mergedIntoId"));
  await tx.official.update({
    where: { id: rec.otherId },
    data: { mergedIntoId: null, reviewStatus: before.other.reviewStatus, corrected },
  });
  return { ok: true };
}
