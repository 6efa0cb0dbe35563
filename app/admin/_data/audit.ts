import "server-only";
import { getDb } from "@/lib/db";
import type { AuditFilters } from "@/lib/schemas/audit-filters";

const PAGE = 30;

export async function listAudit(f: AuditFilters) {
  const where = { ...(f.entity ? { entity: f.entity } : {}), ...(f.entityId ? { entityId: f.entityId } : {}) };
  const [rows, total] = await Promise.all([
    getDb().auditLog.findMany({
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
    getDb().auditLog.count({ where }),
  ]);
  const reverted = new Set(
    (
      await getDb().auditLog.findMany({
        where: { revertOf: { in: rows.map((r) => r.id) } },
        select: { revertOf: true },
      })
    ).map((r) => r.revertOf),
  );
  return { rows: rows.map((r) => ({ ...r, reverted: reverted.has(r.id) })), total, pages: Math.max(1, Math.ceil(total / PAGE)) };
}

/** Official names for participant lists in before/after snapshots. */
export async function officialNames(ids: number[]) {
  if (!ids.length) return new Map<number, string>();
  const rows = await getDb().official.findMany({ where: { id: { in: ids } }, select: { id: true, nameAr: true } });
  return new Map(rows.map((r) => [r.id, r.nameAr]));
}
