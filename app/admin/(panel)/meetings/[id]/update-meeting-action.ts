"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { updateMeeting } from "@/lib/mutations/update-meeting";
import { getMeetingFormValues, type MeetingRawValues } from "@/lib/queries/admin-meetings";
import { failure, formDataToObject, toFieldErrors } from "@/lib/schemas/form-state";
import { meetingFormSchema } from "@/lib/schemas/meeting-form";
import { afterChange } from "../../../_lib/after-change";
import type { MeetingFormState } from "./meeting-form-state";
import { rebaseMeetingValues } from "./rebase-meeting-values";

const CONFLICT =
  "عدّل محرر آخر هذا اللقاء بعد أن فتحته، فلم يُحفظ شيء. أدناه ما غيّره؛ قيمك محفوظة في النموذج وقد أُدمجت مع تعديلاته. راجعها ثم احفظ مرة أخرى.";

export async function updateMeetingAction(
  _prev: MeetingFormState | undefined,
  formData: FormData,
): Promise<MeetingFormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData) as Partial<MeetingRawValues>;
  const parsed = meetingFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "راجع الحقول المعلَّمة");
  const db = getDb();
  const result = await updateMeeting(db, user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    if ("conflict" in result) {
      const theirs = await getMeetingFormValues(parsed.data.id, db);
      if (!theirs) notFound();
      let base: Partial<MeetingRawValues> | null = null;
      try {
        base = raw.base ? (JSON.parse(raw.base) as Partial<MeetingRawValues>) : null;
      } catch {
        base = null;
      }
      const { values, changes } = rebaseMeetingValues(raw, base, theirs);
      return { ...failure(values as unknown as Record<string, unknown>, {}, CONFLICT), conflict: { changes } };
    }
    return failure(raw, result.fieldErrors, result.formError ?? "راجع الحقول المعلَّمة");
  }
  if (result.changed.length)
    await afterChange({ meetingIds: [parsed.data.id], officialIds: result.officialIds, articleIds: result.articleIds });
  redirect(`/admin/meetings/${parsed.data.id}?saved=${result.changed.length ? "1" : "0"}`);
}
