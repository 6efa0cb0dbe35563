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

/** /admin/audit?entity=Meeting&entityId=12&page=2 — coerced and defaulted, never throws. */
export const auditFiltersSchema = z.object({
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
