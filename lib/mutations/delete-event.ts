import type { Db } from "../db";
import { writeAudit, type Tx } from "./audit";
import { whenBusy } from "./busy";
import { snapshotEvent } from "./snapshots";

export type DeleteEventResult = { ok: true } | { ok: false; notFound: true } | { ok: false; formError: string };

export const KNOWLEDGE_EVENT_UNDELETABLE =
  "هذا الحدث من ملف المعرفة: لو حُذف لأعاده تحميل المعرفة التالي (npm run db:seed). صحِّح تواريخه أو أسماءه بدلًا من حذفه.";

/**
 * Removes an event an admin added. The row goes (the table has no soft delete, and nothing
 * references it: meetings dated by it keep their dates and explanation); the audit row keeps
 * everything it held. Events from the knowledge file are refused: the next seed would bring them
 * back. A busy database comes back as a "nothing saved, retry" form error.
 */
export async function deleteEvent(db: Db, actorId: number, input: { id: number }): Promise<DeleteEventResult> {
  return whenBusy(
    () => deleteEventInTransaction(db, actorId, input),
    (formError): DeleteEventResult => ({ ok: false, formError }),
  );
}

async function deleteEventInTransaction(db: Db, actorId: number, input: { id: number }): Promise<DeleteEventResult> {
  return db.$transaction(async (tx: Tx): Promise<DeleteEventResult> => {
    const row = await tx.knowledgeEvent.findUnique({ where: { id: input.id }, select: { slug: true, origin: true } });
    if (!row) return { ok: false, notFound: true };
    if (row.origin !== "admin") return { ok: false, formError: KNOWLEDGE_EVENT_UNDELETABLE };
    const before = (await snapshotEvent(tx, input.id))!;
    await tx.knowledgeEvent.delete({ where: { id: input.id } });
    await writeAudit(tx, {
      actorId,
      action: "delete",
      entity: "KnowledgeEvent",
      entityId: input.id,
      before: { slug: row.slug, origin: row.origin, ...before },
    });
    return { ok: true };
  });
}
