// The one schema for the official suggestions route (app/api/officials/suggest). Only `q`: what
// has been typed in the filter form's official field so far.
import { z } from "zod";

/** Longer than any name or alias: a longer q is not something typed into the field. */
export const SUGGEST_QUERY_MAX = 100;

export const officialSuggestSchema = z.object({
  q: z
    .string({ error: "المعامل q مطلوب." })
    .trim()
    .max(SUGGEST_QUERY_MAX, `المعامل q أطول من ${SUGGEST_QUERY_MAX} حرف.`),
});

export type OfficialSuggestInput = z.infer<typeof officialSuggestSchema>;
