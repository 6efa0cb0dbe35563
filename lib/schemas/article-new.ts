import { z } from "zod";
import { optionalDay, optionalText, optionalUrl } from "./form-state";

/**
 * Pasted or uploaded articles above this are refused. Well under Next's 1 MB server-action body
 * limit (Arabic UTF-8 is ~2 bytes a letter: 500 KB is ~250,000 letters, far beyond any news article).
 */
export const MAX_NEW_ARTICLE_BYTES = 500 * 1024;

export const NEW_ARTICLE_LABELS = {
  text: "نص المقال",
  file: "أو ارفع ملفًا نصيًا (.txt)",
  title: "العنوان",
  source: "المصدر",
  url: "الرابط",
  published: "تاريخ النشر",
} as const;

export const newArticleSchema = z.object({
  text: z
    .string({ error: "الصق نص المقال أو ارفع ملفًا نصيًا" })
    .transform((v) => v.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"))
    .refine((v) => v.trim().length > 0, { error: "الصق نص المقال أو ارفع ملفًا نصيًا", abort: true })
    .refine((v) => new TextEncoder().encode(v).length <= MAX_NEW_ARTICLE_BYTES, {
      error: `النص أكبر من ${MAX_NEW_ARTICLE_BYTES / 1024} ك.ب: هذا ليس مقالًا إخباريًا`,
      abort: true,
    })
    .refine((v) => /\p{L}/u.test(v), { error: "النص لا يحتوي حروفًا", abort: true })
    .refine((v) => v.trim().length >= 40, { error: "النص أقصر من أن يكون مقالًا (40 حرفًا على الأقل)" }),
  title: optionalText(NEW_ARTICLE_LABELS.title, 500),
  source: optionalText(NEW_ARTICLE_LABELS.source, 300),
  url: optionalUrl,
  published: optionalDay(NEW_ARTICLE_LABELS.published),
  intent: z.enum(["preview", "save"]).catch("preview"),
  /** Fingerprint of the text and date the admin previewed: saving anything else previews again. */
  previewed: z.string().max(200).optional(),
});

export type NewArticleInput = z.input<typeof newArticleSchema>;
export type NewArticleData = z.output<typeof newArticleSchema>;
