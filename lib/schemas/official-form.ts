import { z } from "zod";
import {
  checkbox,
  countryCode,
  idField,
  lines,
  optionalId,
  optionalPartialDate,
  optionalText,
  requiredText,
  reviewStatus,
} from "./form-state";

export const OFFICIAL_LABELS = {
  nameAr: "الاسم بالعربية",
  nameEn: "الاسم باللاتينية",
  country: "البلد",
  gender: "الجنس",
  reviewStatus: "حالة المراجعة",
  aliases: "الأسماء البديلة",
  newAliases: "أسماء بديلة جديدة (واحد في كل سطر)",
  tenures: "المناصب",
  positionId: "المنصب",
  from: "من",
  to: "إلى",
} as const;

const tenureRow = z
  .object({
    id: idField("المنصب"),
    positionId: idField(OFFICIAL_LABELS.positionId),
    from: optionalPartialDate(OFFICIAL_LABELS.from),
    to: optionalPartialDate(OFFICIAL_LABELS.to),
    remove: checkbox,
  })
  .refine((t) => !t.from || !t.to || t.from <= t.to, { path: ["to"], error: "نهاية المنصب قبل بدايته" });

const newTenure = z
  .object({
    positionId: optionalId(OFFICIAL_LABELS.positionId),
    from: optionalPartialDate(OFFICIAL_LABELS.from),
    to: optionalPartialDate(OFFICIAL_LABELS.to),
  })
  .refine((t) => !t.from || !t.to || t.from <= t.to, { path: ["to"], error: "نهاية المنصب قبل بدايته" })
  .refine((t) => t.positionId !== null || (!t.from && !t.to), { path: ["positionId"], error: "اختر المنصب" });

export const officialFormSchema = z.object({
  id: idField(),
  nameAr: requiredText(OFFICIAL_LABELS.nameAr, 200).refine((v) => /\p{Script=Arabic}/u.test(v), {
    error: "الاسم بالعربية يحتاج حروفًا عربية",
  }),
  nameEn: optionalText(OFFICIAL_LABELS.nameEn, 200),
  country: countryCode,
  gender: z
    .enum(["", "m", "f"], { error: "اختر ذكرًا أو أنثى أو اتركه فارغًا" })
    .optional()
    .transform((v) => (v ? v : null)),
  reviewStatus,
  aliases: z.array(z.object({ id: idField("الاسم البديل"), remove: checkbox })).default([]),
  newAliases: lines("الأسماء البديلة الجديدة", 200, 30),
  tenures: z.array(tenureRow).default([]),
  newTenure: newTenure.default({ positionId: null, from: null, to: null }),
});

export type OfficialFormInput = z.input<typeof officialFormSchema>;
export type OfficialFormData = z.output<typeof officialFormSchema>;
