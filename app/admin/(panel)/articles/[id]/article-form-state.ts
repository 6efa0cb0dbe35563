import type { FormState } from "@/lib/schemas/form-state";

export interface DatePreviewRow {
  meetingId: number;
  before: string;
  after: string;
  phrase: string;
  explanation: string;
  /** What happens to the meeting's own date. */
  meeting: "follows" | "corrected" | "other-source";
}

export type ArticleFormState = FormState & { preview?: { published: string; rows: DatePreviewRow[] } };
