import type { FormState } from "@/lib/schemas/form-state";

export interface EventPlanRow {
  key: string;
  meetingId: number;
  articleId: number;
  articleTitle: string | null;
  before: string;
  after: string;
  phrase: string;
  /** The meeting's own date: from and to when it follows, else why it stays. */
  meeting: { before: string; after: string } | "corrected" | "other-source";
}

export type ApplyEventState = FormState & { preview?: { planned: string; rows: EventPlanRow[] } };
