"use server";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { mergeOfficials } from "@/lib/mutations/merge-officials";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { mergeOfficialsSchema } from "@/lib/schemas/merge-officials";
import { afterChange } from "../../../_lib/after-change";

export async function mergeOfficialsAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  // Merging rewrites many rows: admins only.
  const user = await requireAdmin("admin");
  const raw = formDataToObject(formData);
  const parsed = mergeOfficialsSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error));
  const result = await mergeOfficials(getDb(), user.id, parsed.data);
  if (!result.ok) return failure(raw, {}, result.formError);
  await afterChange({
    officialIds: [parsed.data.survivorId, parsed.data.otherId],
    meetingIds: result.meetingIds,
    articleIds: result.articleIds,
  });
  redirect(`/admin/officials/${parsed.data.survivorId}?merged=${parsed.data.otherId}`);
}
