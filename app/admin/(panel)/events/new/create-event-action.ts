"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { createEvent } from "@/lib/mutations/create-event";
import { eventFormSchema } from "@/lib/schemas/event-form";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";

export async function createEventAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = eventFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "لم يُحفظ شيء: راجع الحقول المعلَّمة");
  const result = await createEvent(getDb(), user.id, { ...parsed.data, id: null });
  if (!result.ok) return failure(raw, result.fieldErrors, result.formError ?? "لم يُحفظ شيء: راجع الحقول المعلَّمة");
  revalidatePath("/admin/events");
  redirect(`/admin/events/${result.id}?created=1`);
}
