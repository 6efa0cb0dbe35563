"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { deleteMeeting } from "@/lib/mutations/delete-meeting";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { meetingDeleteSchema } from "@/lib/schemas/meeting-form";
import { afterChange } from "../../../_lib/after-change";

export async function deleteMeetingAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = meetingDeleteSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "طلب غير صالح");
  const result = await deleteMeeting(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    if ("formError" in result) return failure(raw, {}, result.formError);
    return failure(raw, {}, "عدّل محرر آخر هذا اللقاء بعد أن فتحته: أعد تحميل الصفحة وراجع التعديل قبل الحذف.");
  }
  await afterChange({ meetingIds: [parsed.data.id], officialIds: result.officialIds, articleIds: result.articleIds });
  redirect(`/admin/meetings/${parsed.data.id}?deleted=1`);
}
