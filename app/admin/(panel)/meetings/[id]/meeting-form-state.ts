import type { FormState } from "@/lib/schemas/form-state";

export interface MeetingConflictChange {
  field: string;
  base: string;
  theirs: string;
  both: boolean;
}

export type MeetingFormState = FormState & { conflict?: { changes: MeetingConflictChange[] } };
