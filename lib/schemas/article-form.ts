import { z } from "zod";
import { idField, optionalDay, optionalText, optionalUrl } from "./form-state";

export const ARTICLE_LABELS = {
  title: "العنوان",
  source: "المصدر",
  url: "الرابط",
  published: "تاريخ النشر",
} as const;

export const articleFormSchema = z.object({
  id: idField(),
  title: optionalText(ARTICLE_LABELS.title, 500),
  source: optionalText(ARTICLE_LABELS.source, 300),
  url: optionalUrl,
  published: optionalDay(ARTICLE_LABELS.published),
  /**
   * The publication date whose consequences the admin has seen. A save that changes the date
   * without having previewed exactly that date returns the preview instead of saving.
   */
  previewed: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined ? null : v)),
});

export type ArticleFormInput = z.input<typeof articleFormSchema>;
export type ArticleFormData = z.output<typeof articleFormSchema>;
