import { z } from "zod";
import { eventNameWords, MIN_EVENT_NAME_WORDS } from "../extract/event-names";
import { normalizeArabic } from "../extract/normalize";
import {
  checkbox,
  countryCode,
  hasForbiddenChars,
  idField,
  isIsoDay,
  optionalDay,
  optionalId,
  optionalText,
  requiredText,
} from "./form-state";

export const EVENT_LABELS = {
  nameAr: "الاسم بالعربية",
  nameEn: "الاسم باللاتينية",
  start: "تاريخ البداية",
  end: "تاريخ النهاية",
  country: "البلد",
  aliases: "أسماؤه في المقالات (واحد في كل سطر)",
} as const;

export const EVENT_HINTS = {
  end: "اتركه فارغًا إن كان الحدث في يوم واحد.",
  aliases: "كما تكتبه المقالات، وكل اسم كلمتان على الأقل: «قمة النقب»، «الاعتراف الأمريكي بمغربية الصحراء».",
} as const;

export const EVENT_ORIGIN_LABELS: Record<string, string> = { knowledge: "ملف المعرفة", admin: "أضافه مشرف" };

const MAX_ALIASES = 50;
const MAX_ALIAS_LENGTH = 200;

const startDay = z
  .string({ error: `${EVENT_LABELS.start} مطلوب` })
  .trim()
  .min(1, { error: `${EVENT_LABELS.start} مطلوب`, abort: true })
  .refine(isIsoDay, { error: `${EVENT_LABELS.start}: تاريخ غير صالح، اكتبه بالشكل 2020-12-10` });

/**
 * One name per line, as articles write it: trimmed, inner spaces collapsed, and kept once per
 * spelling the extractor tells apart (normalized: «الإعلان» and «الاعلان» are one name).
 */
const aliasLines = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const out: string[] = [];
    const seen = new Set<string>();
    const short: string[] = [];
    for (const line of (v ?? "").split(/\r?\n/)) {
      // Checked before spaces are collapsed: \s would swallow the vertical tab and form feed.
      if (hasForbiddenChars(line)) {
        ctx.addIssue({ code: "custom", message: "أسماؤه في المقالات تحتوي على محارف تحكّم غير مسموح بها" });
        return z.NEVER;
      }
      const alias = line.replace(/\s+/g, " ").trim();
      if (!alias) continue;
      const key = normalizeArabic(alias);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(alias);
      if (eventNameWords(alias).length < MIN_EVENT_NAME_WORDS) short.push(`«${alias}»`);
    }
    if (out.length > MAX_ALIASES) ctx.addIssue({ code: "custom", message: `${MAX_ALIASES} اسمًا على الأكثر` });
    if (out.some((a) => a.length > MAX_ALIAS_LENGTH))
      ctx.addIssue({ code: "custom", message: `كل اسم ${MAX_ALIAS_LENGTH} حرف على الأكثر` });
    if (short.length) {
      ctx.addIssue({
        code: "custom",
        message: `${short.join("، ")}: ${short.length === 1 ? "اسم" : "أسماء"} من كلمة واحدة. اكتب كل اسم بكلمتين على الأقل، فالكلمة الواحدة ترد في جمل لا علاقة لها بهذا الحدث فتؤرِّخ بها لقاءات أخرى خطأً`,
      });
    }
    return out;
  });

/**
 * A dated event of the knowledge base, as the admin writes it. `id` is absent for a new event
 * (its slug is made from the name when it is stored) and present for a correction.
 */
export const eventFormSchema = z
  .object({
    id: optionalId("المعرّف"),
    nameAr: requiredText(EVENT_LABELS.nameAr, 300),
    nameEn: optionalText(EVENT_LABELS.nameEn, 300),
    start: startDay,
    end: optionalDay(EVENT_LABELS.end),
    country: countryCode,
    aliases: aliasLines,
  })
  .refine((v) => v.end === null || v.end >= v.start, {
    path: ["end"],
    error: `${EVENT_LABELS.end} قبل ${EVENT_LABELS.start}: الحدث ينتهي يوم بدايته أو بعده`,
    // Also while other fields have errors, so the admin sees them all at once; not when a date
    // itself is wrong (that field says so). ISO days compare as strings.
    when: (payload) => !payload.issues.some((i) => i.path?.[0] === "start" || i.path?.[0] === "end"),
  })
  // A one-day event is stored with no end (as in prisma/knowledge.json).
  .transform((v) => ({ ...v, end: v.end === v.start ? null : v.end }));

export const eventDeleteSchema = z.object({
  id: idField(),
  confirm: checkbox.refine((v) => v, { error: "علِّم المربع لتأكيد الحذف" }),
});

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormData = z.output<typeof eventFormSchema>;

/**
 * Applying an event to the stored articles: first without `planned` (the action shows the plan),
 * then with the plan's fingerprint the admin confirmed (the action applies it if it still holds).
 */
export const eventApplySchema = z.object({
  id: idField(),
  planned: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^[0-9a-f]{16}$/.test(v), { error: "معاينة غير صالحة: اعرض الخطة من جديد" }),
});

export type EventApplyInput = z.input<typeof eventApplySchema>;
