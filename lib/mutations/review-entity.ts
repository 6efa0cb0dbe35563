import type { Db } from "../db";
import type { ReviewDecision } from "../schemas/review-decision";
import { addCorrected, writeAudit, type Tx } from "./audit";
import { applyMeeting, applyOfficial, snapshotMeeting, snapshotOfficial } from "./snapshots";
import { stripVersion } from "./update-meeting";
import { whenBusy } from "./busy";

export type ReviewResult =
  | { ok: true; slug?: string; officialIds: number[]; meetingIds: number[]; articleIds: number[] }
  | { ok: false; notFound: true }
  | { ok: false; formError: string };

/**
 * Approve or reject one machine-extracted meeting or official from the review queue. A busy
 * database (locked by another writer) comes back as a "nothing saved, retry" message.
 */
export async function reviewEntity(db: Db, actorId: number, input: ReviewDecision): Promise<ReviewResult> {
  return whenBusy(
    () => reviewEntityInTransaction(db, actorId, input),
    (formError): ReviewResult => ({ ok: false, formError }),
  );
}

async function reviewEntityInTransaction(db: Db, actorId: number, input: ReviewDecision): Promise<ReviewResult> {
  const status = input.decision === "approve" ? "reviewed" : "rejected";
  return db.$transaction(async (tx: Tx): Promise<ReviewResult> => {
    if (input.entity === "Meeting") {
      const before = await snapshotMeeting(tx, input.id);
      if (!before) return { ok: false, notFound: true };
      const sources = await tx.meetingSource.findMany({ where: { meetingId: input.id }, select: { articleId: true } });
      const officialIds = before.participants.map((p) => p.officialId).filter((x): x is number => x !== null);
      if (before.reviewStatus === status) return { ok: true, officialIds, meetingIds: [input.id], articleIds: [] };
      await applyMeeting(tx, input.id, { reviewStatus: status });
      const meta = await tx.meeting.findUniqueOrThrow({ where: { id: input.id }, select: { corrected: true } });
      await tx.meeting.update({
        where: { id: input.id },
        data: { corrected: addCorrected(meta.corrected, ["reviewStatus"]) },
      });
      const after = (await snapshotMeeting(tx, input.id))!;
      await writeAudit(tx, {
        actorId,
        action: "review",
        entity: "Meeting",
        entityId: input.id,
        before: stripVersion(before),
        after: stripVersion(after),
      });
      return { ok: true, officialIds, meetingIds: [input.id], articleIds: sources.map((s) => s.articleId) };
    }
    const row = await tx.official.findUnique({ where: { id: input.id }, select: { slug: true, corrected: true } });
    const before = await snapshotOfficial(tx, input.id);
    if (!row || !before) return { ok: false, notFound: true };
    if (before.reviewStatus !== status) {
      await applyOfficial(tx, input.id, { reviewStatus: status });
      await tx.official.update({
        where: { id: input.id },
        data: { corrected: addCorrected(row.corrected, ["reviewStatus"]) },
      });
      const after = (await snapshotOfficial(tx, input.id))!;
      await writeAudit(tx, { actorId, action: "review", entity: "Official", entityId: input.id, before, after });
    }
    const parts = await tx.meetingParticipant.findMany({
      where: { officialId: input.id },
      select: { meetingId: true },
    });
    return {
      ok: true,
      slug: row.slug,
      officialIds: [input.id],
      meetingIds: [...new Set(parts.map((p) => p.meetingId))],
      articleIds: [],
    };
  });
}
