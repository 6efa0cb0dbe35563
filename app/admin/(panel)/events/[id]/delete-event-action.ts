"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { deleteEvent } from "@/lib/mutations/delete-event";
import { eventDeleteSchema } from "@/lib/schemas/event-form";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";

export async function deleteEventAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = eventDeleteSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "لم يُحذف شيء");
  const result = await deleteEvent(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    return failure(raw, {}, result.formError);
  }
  revalidatePath("/admin/events");
  redirect("/admin/events?deleted=1");
}
