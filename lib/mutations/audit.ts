// Shared by every mutation: the transaction client type, the audit row writer and the small
// JSON/equality helpers snapshots are compared with.
import type { Db } from "../db";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type AuditEntity = "Meeting" | "Official" | "Agency" | "Article" | "User" | "KnowledgeEvent";

export interface AuditInput {
  actorId: number | null;
  action: "update" | "review" | "delete" | "merge" | "revert" | "ingest" | "create";
  entity: AuditEntity;
  entityId: number | string;
  before?: unknown;
  after?: unknown;
  revertOf?: number | null;
}

export async function writeAudit(tx: Tx, a: AuditInput): Promise<number> {
  const row = await tx.auditLog.create({
    data: {
      actorId: a.actorId,
      action: a.action,
      entity: a.entity,
      entityId: String(a.entityId),
      before: a.before === undefined ? null : JSON.stringify(a.before),
      after: a.after === undefined ? null : JSON.stringify(a.after),
      revertOf: a.revertOf ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

export function parseList(s: string | null | undefined): string[] {
  try {
    const v: unknown = JSON.parse(s ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function addCorrected(current: string, fields: Iterable<string>): string {
  return JSON.stringify([...new Set([...parseList(current), ...fields])].sort());
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v === undefined ? null : v;
}

/** Keys whose values differ between two snapshots. */
export function changedKeys<T extends object>(before: T, after: T): (keyof T & string)[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (k) => !deepEqual((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k]),
  ) as (keyof T & string)[];
}

export function pick<T extends object>(o: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(
    keys.filter((k) => k in o).map((k) => [k, (o as Record<string, unknown>)[k]]),
  ) as Partial<T>;
}
