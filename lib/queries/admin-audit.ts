import "server-only";
import { getDb, type Db } from "../db";
import type { AuditFilters } from "../schemas/audit-filters";

const PAGE = 30;

/** A page of the audit log, newest first, each row marked when a later revert undid it. */
export async function listAudit(f: AuditFilters, db: Db = getDb()) {
  const where = {
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    // «system»: the ingest CLI's rows (no actor); an article an admin pasted is theirs
    ...(f.by === "people"
      ? { NOT: { action: "ingest", actorId: null } }
      : f.by === "system"
        ? { action: "ingest", actorId: null }
        : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (f.page - 1) * PAGE,
      take: PAGE,
      select: {
        id: true,
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
        revertOf: true,
        at: true,
        actor: { select: { email: true, name: true } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  const reverted = new Set(
    (
      await db.auditLog.findMany({
        where: { revertOf: { in: rows.map((r) => r.id) } },
        select: { revertOf: true },
      })
    ).map((r) => r.revertOf),
  );
  return {
    rows: rows.map((r) => ({ ...r, reverted: reverted.has(r.id) })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE)),
  };
}

/** Official names for participant lists in before/after snapshots. */
export async function getOfficialNames(ids: number[], db: Db = getDb()) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.official.findMany({ where: { id: { in: ids } }, select: { id: true, nameAr: true } });
  return new Map(rows.map((r) => [r.id, r.nameAr]));
}
