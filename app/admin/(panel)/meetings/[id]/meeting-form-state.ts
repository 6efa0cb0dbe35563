import type { FormState } from "@/lib/schemas/form-state";

export interface MeetingConflictChange {
  field: string;
  base: string;
  theirs: string;
  /** The editor changed this field too, to something else: their value is kept, and shown. */
  both: boolean;
}

export type MeetingFormState = FormState & { conflict?: { changes: MeetingConflictChange[] } };
