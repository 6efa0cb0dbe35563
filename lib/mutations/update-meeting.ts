import type { Db } from "../db";
import type { FieldErrors } from "../schemas/form-state";
import type { MeetingFormData } from "../schemas/meeting-form";
import { addCorrected, changedKeys, writeAudit, type Tx } from "./audit";
import {
  applyMeeting,
  participantKey,
  snapshotMeeting,
  type MeetingSnapshot,
  type ParticipantState,
} from "./snapshots";
import { whenBusy } from "./busy";

export type CurrentMeeting = MeetingSnapshot & { version: number };

export type UpdateMeetingResult =
  | { ok: true; changed: string[]; officialIds: number[]; articleIds: number[] }
  | { ok: false; notFound: true }
  | { ok: false; conflict: CurrentMeeting }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

/** Snapshot keys → the `corrected` names lib/ingest checks before merging a new report in. */
const CORRECTED_AS: Partial<Record<keyof MeetingSnapshot, string>> = {
  dateStart: "date",
  dateEnd: "date",
  precision: "date",
  place: "place",
  country: "place",
  status: "status",
  topics: "topics",
  participants: "participants",
  reviewStatus: "reviewStatus",
  deletedAt: "deletedAt",
};

export function correctedNames(keys: string[]): string[] {
  return [...new Set(keys.map((k) => CORRECTED_AS[k as keyof MeetingSnapshot]).filter((x): x is string => !!x))];
}

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error. */
export async function updateMeeting(db: Db, actorId: number, data: MeetingFormData): Promise<UpdateMeetingResult> {
  return whenBusy(
    () => updateMeetingInTransaction(db, actorId, data),
    (formError): UpdateMeetingResult => ({ ok: false, fieldErrors: {}, formError }),
  );
}

async function updateMeetingInTransaction(
  db: Db,
  actorId: number,
  data: MeetingFormData,
): Promise<UpdateMeetingResult> {
  return db.$transaction(async (tx: Tx): Promise<UpdateMeetingResult> => {
    const before = await snapshotMeeting(tx, data.id);
    if (!before) return { ok: false, notFound: true };
    if (before.version !== data.version) return { ok: false, conflict: before };

    const rows = await tx.meetingParticipant.findMany({
      where: { meetingId: data.id },
      select: { id: true, officialId: true, roleText: true, side: true, resolvedBy: true },
    });
    const fieldErrors: FieldErrors = {};
    const participants: ParticipantState[] = [];
    for (const [i, p] of data.participants.entries()) {
      const row = rows.find((r) => r.id === p.id);
      if (!row) {
        fieldErrors[`participants.${i}.side`] = ["هذا المشارك لم يعد في اللقاء: أعد تحميل الصفحة"];
        continue;
      }
      if (!p.remove)
        participants.push({
          officialId: row.officialId,
          roleText: row.roleText,
          side: p.side,
          resolvedBy: row.resolvedBy,
        });
    }
    // Rows the form did not list (added meanwhile by ingest) stay as they are.
    for (const row of rows) {
      if (!data.participants.some((p) => p.id === row.id)) {
        participants.push({
          officialId: row.officialId,
          roleText: row.roleText,
          side: row.side,
          resolvedBy: row.resolvedBy,
        });
      }
    }
    if (data.add.officialId) {
      const official = await tx.official.findUnique({
        where: { id: data.add.officialId },
        select: { id: true, mergedIntoId: true },
      });
      const officialId = official?.mergedIntoId ?? official?.id;
      if (!officialId) fieldErrors["add.officialId"] = ["المسؤول غير موجود"];
      else if (participants.some((p) => p.officialId === officialId))
        fieldErrors["add.officialId"] = ["هذا المسؤول مشارك في اللقاء أصلًا"];
      else participants.push({ officialId, roleText: null, side: data.add.side, resolvedBy: "admin" });
    }
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    participants.sort((a, b) => participantKey(a).localeCompare(participantKey(b)));

    const { version: _v, ...beforeState } = before;
    void _v;
    const unknownDate = data.precision === "unknown";
    const wanted: MeetingSnapshot = {
      ...beforeState,
      dateStart: unknownDate ? null : data.dateStart,
      // A single day keeps the row's convention (end = start, or no end) unless the admin typed an end.
      dateEnd: unknownDate
        ? null
        : (data.dateEnd ??
          (data.precision === "day" && before.dateEnd && before.dateEnd === before.dateStart ? data.dateStart : null)),
      precision: data.precision,
      place: data.place,
      country: data.country,
      status: data.status,
      topics: data.topics,
      reviewStatus: data.reviewStatus,
      participants,
    };
    let changed: (keyof MeetingSnapshot)[] = changedKeys(beforeState, wanted);
    if (changed.some((k) => k === "dateStart" || k === "dateEnd" || k === "precision")) {
      // The admin's date no longer comes from an article's phrase: a publication-date change must not move it.
      wanted.dateExplanation = "صُحح يدويًا";
      wanted.dateArticleId = null;
      changed = [...new Set([...changed, "dateExplanation" as const, "dateArticleId" as const])];
    }
    if (changed.length && before.reviewStatus === "machine" && wanted.reviewStatus === "machine") {
      wanted.reviewStatus = "reviewed";
      changed.push("reviewStatus");
    }
    if (!changed.length) return { ok: true, changed: [], officialIds: [], articleIds: [] };

    // The version check and the bump happen in one statement: a concurrent save cannot slip between.
    const claimed = await tx.meeting.updateMany({
      where: { id: data.id, version: data.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) return { ok: false, conflict: (await snapshotMeeting(tx, data.id))! };
    await applyMeeting(tx, data.id, Object.fromEntries(changed.map((k) => [k, wanted[k]])), { bump: false });
    const meta = await tx.meeting.findUniqueOrThrow({ where: { id: data.id }, select: { corrected: true } });
    const fixed = correctedNames(changed);
    if (fixed.length)
      await tx.meeting.update({ where: { id: data.id }, data: { corrected: addCorrected(meta.corrected, fixed) } });
    const after = (await snapshotMeeting(tx, data.id))!;
    await writeAudit(tx, {
      actorId,
      action: "update",
      entity: "Meeting",
      entityId: data.id,
      before: beforeState,
      after: stripVersion(after),
    });
    const sources = await tx.meetingSource.findMany({ where: { meetingId: data.id }, select: { articleId: true } });
    const officialIds = [...before.participants, ...after.participants]
      .map((p) => p.officialId)
      .filter((x): x is number => x !== null);
    return { ok: true, changed, officialIds: [...new Set(officialIds)], articleIds: sources.map((s) => s.articleId) };
  });
}

export function stripVersion(s: CurrentMeeting): MeetingSnapshot {
  const { version: _v, ...rest } = s;
  void _v;
  return rest;
}
