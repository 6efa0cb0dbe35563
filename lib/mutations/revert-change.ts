// Revert one audited change. Field by field: each field the change touched goes back to its
// before-value, but only if it still holds the change's after-value — a later edit is never
// silently undone. The revert is itself an audit row (revertOf), so it can be reverted too.
import type { Db } from "../db";
import { addCorrected, changedKeys, deepEqual, pick, writeAudit, type AuditEntity, type Tx } from "./audit";
import { unmergeOfficials, type MergeBefore, type MergeRecord } from "./merge-officials";
import {
  applyAgency,
  applyArticle,
  applyEvent,
  applyMeeting,
  applyOfficial,
  snapshotAgency,
  snapshotArticle,
  snapshotEvent,
  snapshotMeeting,
  snapshotOfficial,
  type ArticleSnapshot,
} from "./snapshots";
import { correctedNames, stripVersion } from "./update-meeting";
import { whenBusy } from "./busy";

export const REVERTABLE_ACTIONS = ["update", "review", "delete", "merge", "revert"];
const SNAPSHOT_ENTITIES = ["Official", "Agency", "Meeting", "Article", "KnowledgeEvent"];

export type RevertResult =
  | { ok: true; entity: AuditEntity; entityId: number; auditId: number; meetingIds: number[] }
  | { ok: false; formError: string };

type Snap = Record<string, unknown>;

/** Whether the audit page offers a revert button for this row. */
export function isRevertable(row: {
  action: string;
  entity: string;
  before: string | null;
  after: string | null;
}): boolean {
  if (!(REVERTABLE_ACTIONS as readonly string[]).includes(row.action)) return false;
  if (!(SNAPSHOT_ENTITIES as readonly string[]).includes(row.entity)) return false;
  if (row.action === "revert") return row.before !== null && row.after !== null && !row.before.includes('"survivorId"');
  return row.before !== null && row.after !== null;
}

async function snapshot(tx: Tx, entity: string, id: number, after: Snap): Promise<Snap | null> {
  switch (entity) {
    case "Official":
      return (await snapshotOfficial(tx, id)) as Snap | null;
    case "Agency":
      return (await snapshotAgency(tx, id)) as Snap | null;
    case "Meeting": {
      const s = await snapshotMeeting(tx, id);
      return s ? (stripVersion(s) as unknown as Snap) : null;
    }
    case "Article": {
      const dates = (after.dates as ArticleSnapshot["dates"] | undefined) ?? [];
      return (await snapshotArticle(
        tx,
        id,
        dates.map((d) => d.meetingId),
      )) as Snap | null;
    }
    case "KnowledgeEvent":
      return (await snapshotEvent(tx, id)) as Snap | null;
  }
  return null;
}

async function apply(tx: Tx, entity: string, id: number, s: Snap): Promise<void> {
  switch (entity) {
    case "Official":
      await applyOfficial(tx, id, s);
      if (Object.keys(s).some((k) => k !== "reviewStatus")) {
        const row = await tx.official.findUniqueOrThrow({ where: { id }, select: { corrected: true } });
        await tx.official.update({
          where: { id },
          data: {
            corrected: addCorrected(
              row.corrected,
              Object.keys(s).filter((k) => k !== "reviewStatus"),
            ),
          },
        });
      }
      return;
    case "Agency":
      return applyAgency(tx, id, s);
    case "Meeting": {
      await applyMeeting(tx, id, s);
      const row = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { corrected: true } });
      await tx.meeting.update({
        where: { id },
        data: { corrected: addCorrected(row.corrected, correctedNames(Object.keys(s))) },
      });
      return;
    }
    case "Article":
      return applyArticle(tx, id, s);
    case "KnowledgeEvent":
      return applyEvent(tx, id, s);
  }
}

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error. */
export async function revertChange(db: Db, actorId: number, auditId: number): Promise<RevertResult> {
  return whenBusy(
    () => revertChangeInTransaction(db, actorId, auditId),
    (formError): RevertResult => ({ ok: false, formError }),
  );
}

async function revertChangeInTransaction(db: Db, actorId: number, auditId: number): Promise<RevertResult> {
  return db.$transaction(async (tx: Tx): Promise<RevertResult> => {
    const row = await tx.auditLog.findUnique({ where: { id: auditId } });
    if (!row) return { ok: false, formError: "السجل غير موجود" };
    if (!isRevertable(row)) return { ok: false, formError: "لا يمكن التراجع عن هذا النوع من التغييرات" };
    const entityId = Number(row.entityId);
    const before = JSON.parse(row.before!) as Snap;
    const after = JSON.parse(row.after!) as Snap;

    if (row.action === "merge") {
      const rec = after as unknown as MergeRecord;
      const undone = await unmergeOfficials(tx, rec, before as unknown as MergeBefore);
      if (!undone.ok) return undone;
      const id = await writeAudit(tx, {
        actorId,
        action: "revert",
        entity: "Official",
        entityId,
        before: { survivorId: rec.survivorId, mergedIntoId: rec.survivorId },
        after: { mergedIntoId: null },
        revertOf: row.id,
      });
      return { ok: true, entity: "Official", entityId, auditId: id, meetingIds: rec.touchedMeetingIds };
    }

    const keys = changedKeys(before, after);
    if (!keys.length) return { ok: false, formError: "هذا التغيير لم يغيّر شيئًا" };
    const current = await snapshot(tx, row.entity, entityId, after);
    if (!current) return { ok: false, formError: "العنصر لم يعد موجودًا" };
    const moved = keys.filter((k) => !deepEqual(current[k], after[k]));
    if (moved.length) {
      return {
        ok: false,
        formError: `تغيّر ${moved.map(fieldLabel).join("، ")} بعد هذا التعديل: تراجع عن التعديلات الأحدث أولًا أو عدّل يدويًا`,
      };
    }
    if (row.entity === "KnowledgeEvent") {
      // Only the reverted fields go back: with a later edit kept, the dates could come out inverted.
      const next = { ...current, ...pick(before, keys) } as { start: string; end: string | null };
      if (next.end !== null && next.end < next.start) {
        return {
          ok: false,
          formError: "لو تُراجع هذا التغيير لصار تاريخ النهاية قبل تاريخ البداية بسبب تعديل أحدث: عدّل الحدث يدويًا",
        };
      }
    }
    await apply(tx, row.entity, entityId, pick(before, keys));
    const id = await writeAudit(tx, {
      actorId,
      action: "revert",
      entity: row.entity as AuditEntity,
      entityId,
      before: pick(current, keys),
      after: pick(before, keys),
      revertOf: row.id,
    });
    const meetingIds =
      row.entity === "Meeting"
        ? [entityId]
        : row.entity === "Article"
          ? ((after.dates as { meetingId: number }[] | undefined) ?? []).map((d) => d.meetingId)
          : [];
    return { ok: true, entity: row.entity as AuditEntity, entityId, auditId: id, meetingIds };
  });
}

export const FIELD_LABELS: Record<string, string> = {
  nameAr: "الاسم بالعربية",
  nameEn: "الاسم باللاتينية",
  country: "البلد",
  gender: "الجنس",
  reviewStatus: "حالة المراجعة",
  aliases: "الأسماء البديلة",
  tenures: "المناصب",
  kind: "النوع",
  dateStart: "بداية التاريخ",
  dateEnd: "نهاية التاريخ",
  precision: "دقة التاريخ",
  dateText: "عبارة التاريخ",
  dateExplanation: "تفسير التاريخ",
  dateArticleId: "مقال التاريخ",
  place: "المكان",
  status: "الحالة",
  topics: "المواضيع",
  deletedAt: "الحذف",
  participants: "المشاركون",
  title: "العنوان",
  source: "المصدر",
  url: "الرابط",
  published: "تاريخ النشر",
  publishedBy: "مصدر تاريخ النشر",
  dates: "تواريخ اللقاءات",
  start: "تاريخ البداية",
  end: "تاريخ النهاية",
  slug: "المعرّف في الروابط",
  origin: "الأصل",
  mergedIntoId: "الدمج",
};

export function fieldLabel(k: string): string {
  return FIELD_LABELS[k] ?? k;
}
