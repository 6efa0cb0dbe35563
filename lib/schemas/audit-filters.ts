import { z } from "zod";

export const AUDIT_ENTITIES = ["Meeting", "Official", "Agency", "Article", "KnowledgeEvent", "User"] as const;
export const AUDIT_ENTITY_LABELS: Record<(typeof AUDIT_ENTITIES)[number], string> = {
  Meeting: "لقاء",
  Official: "مسؤول",
  Agency: "جهة",
  Article: "مقال",
  KnowledgeEvent: "حدث مرجعي",
  User: "مستخدم",
};

/** Who made the change: a signed-in person, or the ingest (one «ingest» row per stored article). */
export const AUDIT_ACTORS = ["people", "system"] as const;
export const AUDIT_ACTOR_LABELS: Record<(typeof AUDIT_ACTORS)[number], string> = {
  people: "المشرفون",
  system: "الإدخال الآلي",
};

/** /admin/audit?entity=Meeting&entityId=12&by=people&page=2 — coerced and defaulted, never throws. */
export const auditFiltersSchema = z.object({
  by: z.enum(AUDIT_ACTORS).optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  entityId: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;
