import type { Db } from "../db";
import { eventNameWords, MIN_EVENT_NAME_WORDS } from "../extract/event-names";
import { normalizeArabic } from "../extract/normalize";
import type { EventFormData } from "../schemas/event-form";
import type { FieldErrors } from "../schemas/form-state";
import { changedKeys, parseList, writeAudit, type Tx } from "./audit";
import { whenBusy } from "./busy";
import { applyEvent, snapshotEvent, type EventSnapshot } from "./snapshots";

export type UpdateEventResult =
  | { ok: true; changed: string[] }
  | { ok: false; notFound: true }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

/**
 * What the form cannot know: whether the country is one the database has, and whether a name
 * already belongs to another event. The extractor takes the first event a name matches, so a
 * name two events share would never date anything against the second one.
 */
export async function checkEvent(tx: Tx, data: EventFormData, selfId: number | null): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (data.country && !(await tx.country.findUnique({ where: { code: data.country }, select: { code: true } }))) {
    errors.country = ["بلد غير معروف: اختره من القائمة"];
  }
  const others = await tx.knowledgeEvent.findMany({
    where: selfId === null ? {} : { id: { not: selfId } },
    select: { nameAr: true, nameEn: true, aliases: true },
  });
  const owner = new Map<string, string>();
  for (const o of others) {
    for (const name of [o.nameAr, o.nameEn ?? "", ...parseList(o.aliases)]) {
      if (name.trim()) owner.set(normalizeArabic(name), o.nameAr);
    }
  }
  const fields: [string, string[]][] = [
    ["nameAr", [data.nameAr]],
    ["nameEn", data.nameEn ? [data.nameEn] : []],
    ["aliases", data.aliases],
  ];
  for (const [field, names] of fields) {
    for (const name of names) {
      // Names the extractor skips (one word) cannot clash.
      if (eventNameWords(name).length < MIN_EVENT_NAME_WORDS) continue;
      const other = owner.get(normalizeArabic(name));
      if (other !== undefined) {
        (errors[field] ??= []).push(
          `«${name}» اسم للحدث «${other}» أيضًا، والمستخرِج يؤرِّخ بأولهما دائمًا: ميِّز الاسم (بالسنة أو المكان مثلًا)`,
        );
      }
    }
  }
  return errors;
}

export function eventState(data: EventFormData): EventSnapshot {
  return {
    nameAr: data.nameAr,
    nameEn: data.nameEn,
    start: data.start,
    end: data.end,
    country: data.country,
    aliases: data.aliases,
  };
}

/**
 * An admin's correction of a dated event. The row is marked corrected (so `npm run db:seed`
 * keeps it) and keeps its origin. A busy database comes back as a "nothing saved, retry" form error.
 */
export async function updateEvent(
  db: Db,
  actorId: number,
  data: EventFormData,
  now = new Date(),
): Promise<UpdateEventResult> {
  return whenBusy(
    () => updateEventInTransaction(db, actorId, data, now),
    (formError): UpdateEventResult => ({ ok: false, fieldErrors: {}, formError }),
  );
}

async function updateEventInTransaction(
  db: Db,
  actorId: number,
  data: EventFormData,
  now: Date,
): Promise<UpdateEventResult> {
  const id = data.id;
  if (id === null) return { ok: false, notFound: true };
  return db.$transaction(async (tx: Tx): Promise<UpdateEventResult> => {
    const before = await snapshotEvent(tx, id);
    if (!before) return { ok: false, notFound: true };
    const fieldErrors = await checkEvent(tx, data, id);
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    const wanted = eventState(data);
    const changed = changedKeys(before, wanted);
    if (!changed.length) return { ok: true, changed: [] };
    await applyEvent(tx, id, Object.fromEntries(changed.map((k) => [k, wanted[k]])), now);
    const after = (await snapshotEvent(tx, id))!;
    await writeAudit(tx, { actorId, action: "update", entity: "KnowledgeEvent", entityId: id, before, after });
    return { ok: true, changed };
  });
}
