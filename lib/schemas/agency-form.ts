import { z } from "zod";
import { checkbox, countryCode, idField, lines, optionalText, requiredText } from "./form-state";

export const AGENCY_KINDS = [
  "government",
  "security",
  "intelligence",
  "military",
  "embassy",
  "ministry",
  "news-agency",
  "international",
  "other",
] as const;

export const AGENCY_KIND_LABELS: Record<(typeof AGENCY_KINDS)[number], string> = {
  government: "حكومية",
  security: "أمنية",
  intelligence: "استخباراتية",
  military: "عسكرية",
  embassy: "سفارة",
  ministry: "وزارة",
  "news-agency": "وكالة أنباء",
  international: "منظمة دولية",
  other: "أخرى",
};

export const AGENCY_LABELS = {
  nameAr: "الاسم بالعربية",
  nameEn: "الاسم باللاتينية",
  kind: "النوع",
  country: "البلد",
  aliases: "الأسماء البديلة",
  newAliases: "أسماء بديلة جديدة (واحد في كل سطر)",
} as const;

export const agencyFormSchema = z.object({
  id: idField(),
  nameAr: requiredText(AGENCY_LABELS.nameAr, 300),
  nameEn: optionalText(AGENCY_LABELS.nameEn, 300),
  kind: z.enum(AGENCY_KINDS, { error: "اختر نوع الجهة" }),
  country: countryCode,
  aliases: z.array(z.object({ id: idField("الاسم البديل"), remove: checkbox })).default([]),
  newAliases: lines("الأسماء البديلة الجديدة", 200, 30),
});

export type AgencyFormInput = z.input<typeof agencyFormSchema>;
export type AgencyFormData = z.output<typeof agencyFormSchema>;
