import type { Db } from "../db";
import { normalizeArabic } from "../extract";
import type { OfficialFormData } from "../schemas/official-form";
import type { FieldErrors } from "../schemas/form-state";
import { addCorrected, changedKeys, writeAudit, type Tx } from "./audit";
import { applyOfficial, snapshotOfficial, type OfficialSnapshot } from "./snapshots";
import { whenBusy } from "./busy";

export type UpdateOfficialResult =
  | { ok: true; slug: string; changed: string[]; meetingIds: number[]; articleIds: number[] }
  | { ok: false; notFound: true }
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

/** Fields whose admin value re-ingest and knowledge seeding must keep. */
const CORRECTABLE = ["nameAr", "nameEn", "country", "gender", "aliases", "tenures"];

/** A busy database (locked by another writer) comes back as a "nothing saved, retry" form error. */
export async function updateOfficial(db: Db, actorId: number, data: OfficialFormData): Promise<UpdateOfficialResult> {
  return whenBusy(
    () => updateOfficialInTransaction(db, actorId, data),
    (formError): UpdateOfficialResult => ({ ok: false, fieldErrors: {}, formError }),
  );
}

async function updateOfficialInTransaction(
  db: Db,
  actorId: number,
  data: OfficialFormData,
): Promise<UpdateOfficialResult> {
  return db.$transaction(async (tx: Tx): Promise<UpdateOfficialResult> => {
    const row = await tx.official.findUnique({
      where: { id: data.id },
      select: {
        slug: true,
        mergedIntoId: true,
        corrected: true,
        aliases: { select: { id: true, alias: true, normalized: true, origin: true } },
        tenures: { select: { id: true, positionId: true, from: true, to: true, origin: true } },
      },
    });
    if (!row) return { ok: false, notFound: true };
    if (row.mergedIntoId)
      return { ok: false, fieldErrors: {}, formError: "دُمج هذا المسؤول في مسؤول آخر: عدّل الباقي منهما" };
    const before = (await snapshotOfficial(tx, data.id))!;

    const fieldErrors: FieldErrors = {};
    const removeIds = new Set(data.aliases.filter((a) => a.remove).map((a) => a.id));
    const aliases = row.aliases
      .filter((a) => !removeIds.has(a.id))
      .map(({ alias, normalized, origin }) => ({ alias, normalized, origin }));
    for (const [i, alias] of data.newAliases.entries()) {
      const normalized = normalizeArabic(alias);
      if (!normalized) {
        (fieldErrors.newAliases ??= []).push(`السطر ${i + 1}: لا يحتوي اسمًا`);
        continue;
      }
      // Origin "admin": the extractor's knowledge is read from these rows, so the next article uses it.
      if (!aliases.some((a) => a.normalized === normalized)) aliases.push({ alias, normalized, origin: "admin" });
    }

    const positionIds = [
      ...data.tenures.filter((t) => !t.remove).map((t) => t.positionId),
      ...(data.newTenure.positionId ? [data.newTenure.positionId] : []),
    ];
    const known = new Set(
      (await tx.position.findMany({ where: { id: { in: positionIds } }, select: { id: true } })).map((p) => p.id),
    );
    const tenures: OfficialSnapshot["tenures"] = [];
    for (const [i, t] of data.tenures.entries()) {
      const cur = row.tenures.find((x) => x.id === t.id);
      if (!cur || t.remove) continue;
      if (!known.has(t.positionId)) {
        fieldErrors[`tenures.${i}.positionId`] = ["المنصب غير موجود"];
        continue;
      }
      const same = cur.positionId === t.positionId && cur.from === t.from && cur.to === t.to;
      tenures.push({ positionId: t.positionId, from: t.from, to: t.to, origin: same ? cur.origin : "admin" });
    }
    if (data.newTenure.positionId) {
      if (!known.has(data.newTenure.positionId)) fieldErrors["newTenure.positionId"] = ["المنصب غير موجود"];
      else
        tenures.push({
          positionId: data.newTenure.positionId,
          from: data.newTenure.from,
          to: data.newTenure.to,
          origin: "admin",
        });
    }
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

    const wanted: OfficialSnapshot = {
      nameAr: data.nameAr,
      nameEn: data.nameEn,
      country: data.country,
      gender: data.gender,
      reviewStatus: data.reviewStatus,
      aliases,
      tenures,
    };
    // Same comparison order as a stored snapshot.
    const sortedWanted = {
      ...wanted,
      aliases: [...aliases].sort((a, b) => a.normalized.localeCompare(b.normalized) || a.alias.localeCompare(b.alias)),
    };
    let changed: string[] = changedKeys(before, sortedWanted).filter(
      (k) => k !== "tenures" || tenuresDiffer(before.tenures, tenures),
    );
    // Correcting an unreviewed record is reviewing it: it leaves the review queue.
    if (changed.length && before.reviewStatus === "machine" && wanted.reviewStatus === "machine") {
      wanted.reviewStatus = "reviewed";
      changed = [...new Set([...changed, "reviewStatus"])];
    }
    if (!changed.length) return { ok: true, slug: row.slug, changed: [], meetingIds: [], articleIds: [] };

    await applyOfficial(tx, data.id, Object.fromEntries(changed.map((k) => [k, wanted[k as keyof OfficialSnapshot]])));
    const fixed = changed.filter((k) => (CORRECTABLE as readonly string[]).includes(k));
    if (fixed.length)
      await tx.official.update({ where: { id: data.id }, data: { corrected: addCorrected(row.corrected, fixed) } });
    const after = (await snapshotOfficial(tx, data.id))!;
    await writeAudit(tx, { actorId, action: "update", entity: "Official", entityId: data.id, before, after });

    const [parts, mentions] = await Promise.all([
      tx.meetingParticipant.findMany({ where: { officialId: data.id }, select: { meetingId: true } }),
      tx.articleMention.findMany({ where: { officialId: data.id }, select: { articleId: true } }),
    ]);
    return {
      ok: true,
      slug: row.slug,
      changed,
      meetingIds: [...new Set(parts.map((p) => p.meetingId))],
      articleIds: mentions.map((m) => m.articleId),
    };
  });
}

function tenuresDiffer(a: OfficialSnapshot["tenures"], b: OfficialSnapshot["tenures"]): boolean {
  const key = (t: OfficialSnapshot["tenures"][number]) => `${t.positionId}|${t.from ?? ""}|${t.to ?? ""}`;
  const x = a.map(key).sort().join(",");
  const y = b.map(key).sort().join(",");
  return x !== y;
}
