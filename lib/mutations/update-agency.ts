import type { Db } from "../db";
import { normalizeArabic } from "../extract";
import type { AgencyFormData } from "../schemas/agency-form";
import type { FieldErrors } from "../schemas/form-state";
import { addCorrected, changedKeys, writeAudit, type Tx } from "./audit";
import { applyAgency, snapshotAgency, type AgencySnapshot } from "./snapshots";
import { whenBusy } from "./busy";

export type UpdateAgencyResult =
  | { ok: true; slug: string; changed: string[] }
  | { ok: false; notFound: true }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

const CORRECTABLE = ["nameAr", "nameEn", "kind", "country", "aliases"];

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error. */
export async function updateAgency(db: Db, actorId: number, data: AgencyFormData): Promise<UpdateAgencyResult> {
  return whenBusy(
    () => updateAgencyInTransaction(db, actorId, data),
    (formError): UpdateAgencyResult => ({ ok: false, fieldErrors: {}, formError }),
  );
}

async function updateAgencyInTransaction(db: Db, actorId: number, data: AgencyFormData): Promise<UpdateAgencyResult> {
  return db.$transaction(async (tx: Tx): Promise<UpdateAgencyResult> => {
    const row = await tx.agency.findUnique({
      where: { id: data.id },
      select: {
        slug: true,
        corrected: true,
        aliases: { select: { id: true, alias: true, normalized: true, origin: true } },
      },
    });
    if (!row) return { ok: false, notFound: true };
    const before = (await snapshotAgency(tx, data.id))!;
    const removeIds = new Set(data.aliases.filter((a) => a.remove).map((a) => a.id));
    const aliases = row.aliases
      .filter((a) => !removeIds.has(a.id))
      .map(({ alias, normalized, origin }) => ({ alias, normalized, origin }));
    const fieldErrors: FieldErrors = {};
    for (const [i, alias] of data.newAliases.entries()) {
      const normalized = normalizeArabic(alias);
      if (!normalized) {
        (fieldErrors.newAliases ??= []).push(`السطر ${i + 1}: لا يحتوي اسمًا`);
        continue;
      }
      if (!aliases.some((a) => a.normalized === normalized)) aliases.push({ alias, normalized, origin: "admin" });
    }
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
    aliases.sort((a, b) => a.normalized.localeCompare(b.normalized) || a.alias.localeCompare(b.alias));
    const wanted: AgencySnapshot = {
      nameAr: data.nameAr,
      nameEn: data.nameEn,
      kind: data.kind,
      country: data.country,
      reviewStatus: before.reviewStatus === "machine" ? "reviewed" : before.reviewStatus,
      aliases,
    };
    let changed = changedKeys(before, wanted);
    if (changed.length === 1 && changed[0] === "reviewStatus") changed = [];
    if (!changed.length) return { ok: true, slug: row.slug, changed: [] };
    await applyAgency(tx, data.id, Object.fromEntries(changed.map((k) => [k, wanted[k]])));
    const fixed = changed.filter((k) => (CORRECTABLE as readonly string[]).includes(k));
    if (fixed.length)
      await tx.agency.update({ where: { id: data.id }, data: { corrected: addCorrected(row.corrected, fixed) } });
    const after = (await snapshotAgency(tx, data.id))!;
    await writeAudit(tx, { actorId, action: "update", entity: "Agency", entityId: data.id, before, after });
    return { ok: true, slug: row.slug, changed };
  });
}
