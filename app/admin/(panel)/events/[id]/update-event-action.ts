"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { updateEvent } from "@/lib/mutations/update-event";
import { eventFormSchema } from "@/lib/schemas/event-form";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";

export async function updateEventAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = eventFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "لم يُحفظ شيء: راجع الحقول المعلَّمة");
  const id = parsed.data.id;
  if (id === null) notFound();
  const result = await updateEvent(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return failure(raw, result.fieldErrors, result.formError ?? "لم يُحفظ شيء: راجع الحقول المعلَّمة");
  }
  if (result.changed.length) revalidatePath("/admin/events");
  redirect(`/admin/events/${id}?saved=${result.changed.length ? "1" : "0"}`);
}
