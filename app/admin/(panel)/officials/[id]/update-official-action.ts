"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { updateOfficial } from "@/lib/mutations/update-official";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { officialFormSchema } from "@/lib/schemas/official-form";
import { afterChange } from "../../../_lib/after-change";

export async function updateOfficialAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = officialFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "راجع الحقول المعلَّمة");
  const result = await updateOfficial(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return failure(raw, result.fieldErrors, result.formError ?? "راجع الحقول المعلَّمة");
  }
  if (result.changed.length)
    await afterChange({ officialIds: [parsed.data.id], meetingIds: result.meetingIds, articleIds: result.articleIds });
  redirect(`/admin/officials/${parsed.data.id}?saved=${result.changed.length ? "1" : "0"}`);
}
