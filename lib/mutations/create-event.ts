import type { Db } from "../db";
import { slugifyName } from "../extract/slug";
import type { EventFormData } from "../schemas/event-form";
import type { FieldErrors } from "../schemas/form-state";
import { writeAudit, type Tx } from "./audit";
import { whenBusy } from "./busy";
import { snapshotEvent } from "./snapshots";
import { checkEvent, eventState } from "./update-event";

export type CreateEventResult =
  { ok: true; id: number; slug: string } | { ok: false; fieldErrors: FieldErrors; formError?: string };

/** At most this many words of the name go into the slug: enough to recognise it in a URL or a diff. */
const SLUG_WORDS = 6;

/**
 * «the Negev Summit» → "negev-summit". From the English name, as the knowledge file's slugs are;
 * from the Arabic one (transliterated by lib/extract/slug.ts) when there is no usable English name.
 */
export function eventSlugBase(nameAr: string, nameEn: string | null): string {
  const en = (nameEn ?? "")
    .normalize("NFKD")
    .replace(/['’]/g, "")
    .replace(/[^A-Za-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  if (en[0]?.toLowerCase() === "the") en.shift();
  const latin = en.join("").replace(/[^A-Za-z]/g, "");
  const source =
    latin.length >= 3 ? en.slice(0, SLUG_WORDS).join(" ") : nameAr.trim().split(/\s+/).slice(0, SLUG_WORDS).join(" ");
  return slugifyName(source, "event");
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.knowledgeEvent.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (r) => r.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const isUniqueViolation = (e: unknown) => (e as { code?: unknown } | null)?.code === "P2002";

/**
 * A new dated event from an admin: origin "admin", and marked corrected from the start so a
 * knowledge file that later ships the same slug cannot overwrite it. A busy database comes back
 * as a "nothing saved, retry" form error.
 */
export async function createEvent(
  db: Db,
  actorId: number,
  data: EventFormData,
  now = new Date(),
): Promise<CreateEventResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await whenBusy(
        () => createEventInTransaction(db, actorId, data, now),
        (formError): CreateEventResult => ({ ok: false, fieldErrors: {}, formError }),
      );
    } catch (e) {
      // Another admin took the same slug between our read and our insert: choose again.
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

async function createEventInTransaction(
  db: Db,
  actorId: number,
  data: EventFormData,
  now: Date,
): Promise<CreateEventResult> {
  return db.$transaction(async (tx: Tx): Promise<CreateEventResult> => {
    const fieldErrors = await checkEvent(tx, data, null);
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    const slug = await freeSlug(tx, eventSlugBase(data.nameAr, data.nameEn));
    const state = eventState(data);
    const row = await tx.knowledgeEvent.create({
      data: { slug, ...state, aliases: JSON.stringify(state.aliases), origin: "admin", correctedAt: now },
      select: { id: true },
    });
    const after = (await snapshotEvent(tx, row.id))!;
    await writeAudit(tx, {
      actorId,
      action: "create",
      entity: "KnowledgeEvent",
      entityId: row.id,
      after: { slug, origin: "admin", ...after },
    });
    return { ok: true, id: row.id, slug };
  });
}
