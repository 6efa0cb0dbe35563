import type { Db } from "../db";
import { deepEqual, writeAudit, type Tx } from "./audit";
import { whenBusy } from "./busy";
import type { EventDateChange } from "./plan-event-dates";
import { applyArticle, snapshotArticle } from "./snapshots";

export type ApplyEventResult =
  | { ok: true; changed: number; meetingIds: number[]; articleIds: number[] }
  | { ok: false; stale: true }
  | { ok: false; formError: string };

/**
 * Re-dates stored meetings against an event, as the admin previewed (planEventDates): each
 * source's date, and the meeting's own when it follows. One audit row per changed meeting source,
 * in the shape of an article's date edit (entity Article, `dates` of that one meeting), so the
 * audit page shows it and revert puts both dates back. If a date moved since the preview, nothing
 * is saved (`stale`). A busy database comes back as a "nothing saved, retry" form error.
 */
export async function applyEventToArticles(
  db: Db,
  actorId: number,
  plan: EventDateChange[],
): Promise<ApplyEventResult> {
  return whenBusy(
    () => applyInTransaction(db, actorId, plan),
    (formError): ApplyEventResult => ({ ok: false, formError }),
  );
}

async function applyInTransaction(db: Db, actorId: number, plan: EventDateChange[]): Promise<ApplyEventResult> {
  return db.$transaction(async (tx: Tx): Promise<ApplyEventResult> => {
    for (const c of plan) {
      const before = await snapshotArticle(tx, c.articleId, [c.meetingId]);
      const cur = before?.dates[0];
      const sourceSame = cur?.source && deepEqual(cur.source, c.source.before);
      const meetingSame = !c.meeting || (cur?.meeting && deepEqual(cur.meeting, c.meeting.before));
      if (!before || !cur || !sourceSame || !meetingSame) return { ok: false, stale: true };
      await applyArticle(tx, c.articleId, {
        dates: [{ meetingId: c.meetingId, source: c.source.after, meeting: c.meeting?.after ?? null }],
      });
      await tx.meetingSource.updateMany({
        where: { articleId: c.articleId, meetingId: c.meetingId },
        data: { dateDependsOnPublished: c.dependsOnPublished },
      });
      const after = (await snapshotArticle(tx, c.articleId, [c.meetingId]))!;
      await writeAudit(tx, { actorId, action: "update", entity: "Article", entityId: c.articleId, before, after });
    }
    return {
      ok: true,
      changed: plan.length,
      meetingIds: [...new Set(plan.map((c) => c.meetingId))],
      articleIds: [...new Set(plan.map((c) => c.articleId))],
    };
  });
}
