"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { updateAgency } from "@/lib/mutations/update-agency";
import { agencyFormSchema } from "@/lib/schemas/agency-form";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { afterChange } from "../../../_lib/after-change";

export async function updateAgencyAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = agencyFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "راجع الحقول المعلَّمة");
  const result = await updateAgency(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return failure(raw, result.fieldErrors, result.formError ?? "راجع الحقول المعلَّمة");
  }
  if (result.changed.length) await afterChange({});
  redirect(`/admin/agencies/${parsed.data.id}?saved=${result.changed.length ? "1" : "0"}`);
}
