import type { Db } from "../db";
import { addCorrected, writeAudit, type Tx } from "./audit";
import { applyMeeting, snapshotMeeting } from "./snapshots";
import { stripVersion, type CurrentMeeting } from "./update-meeting";
import { whenBusy } from "./busy";

export type DeleteMeetingResult =
  | { ok: true; officialIds: number[]; articleIds: number[] }
  | { ok: false; notFound: true }
  | { ok: false; conflict: CurrentMeeting }
  | { ok: false; formError: string };

/**
 * Soft delete: "this is not a meeting". The row stays (its sources and evidence too) so that
 * ingest recognises the same report later and does not create it again, and so a revert can undo it.
 * A busy database (locked by another writer) comes back as a "nothing saved, retry" form error.
 */
export async function deleteMeeting(
  db: Db,
  actorId: number,
  input: { id: number; version: number },
  now = new Date(),
): Promise<DeleteMeetingResult> {
  return whenBusy(
    () => deleteMeetingInTransaction(db, actorId, input, now),
    (formError): DeleteMeetingResult => ({ ok: false, formError }),
  );
}

async function deleteMeetingInTransaction(
  db: Db,
  actorId: number,
  input: { id: number; version: number },
  now: Date,
): Promise<DeleteMeetingResult> {
  return db.$transaction(async (tx: Tx): Promise<DeleteMeetingResult> => {
    const before = await snapshotMeeting(tx, input.id);
    if (!before) return { ok: false, notFound: true };
    if (before.version !== input.version) return { ok: false, conflict: before };
    if (before.deletedAt) return { ok: true, officialIds: [], articleIds: [] };
    await applyMeeting(tx, input.id, { deletedAt: now.toISOString() });
    const meta = await tx.meeting.findUniqueOrThrow({ where: { id: input.id }, select: { corrected: true } });
    await tx.meeting.update({
      where: { id: input.id },
      data: { corrected: addCorrected(meta.corrected, ["deletedAt"]) },
    });
    const after = (await snapshotMeeting(tx, input.id))!;
    await writeAudit(tx, {
      actorId,
      action: "delete",
      entity: "Meeting",
      entityId: input.id,
      before: stripVersion(before),
      after: stripVersion(after),
    });
    const sources = await tx.meetingSource.findMany({ where: { meetingId: input.id }, select: { articleId: true } });
    return {
      ok: true,
      officialIds: before.participants.map((p) => p.officialId).filter((x): x is number => x !== null),
      articleIds: sources.map((s) => s.articleId),
    };
  });
}
