"use server";
import { redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { revertChange } from "@/lib/mutations/revert-change";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { revertAuditSchema } from "@/lib/schemas/revert-audit";
import { afterChange } from "../../_lib/after-change";

export async function revertAction(_prev: FormState | undefined, formData: FormData): Promise<FormState> {
  // Reverting can undo anyone's work: admins only.
  const user = await requireAdmin("admin");
  const raw = formDataToObject(formData);
  const parsed = revertAuditSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "طلب غير صالح");
  const result = await revertChange(getDb(), user.id, parsed.data.auditId);
  if (!result.ok) return failure(raw, {}, result.formError);
  await afterChange({
    meetingIds: result.meetingIds,
    ...(result.entity === "Official" ? { officialIds: [result.entityId] } : {}),
  });
  redirect(`/admin/audit?entity=${result.entity}&entityId=${result.entityId}&reverted=${parsed.data.auditId}`);
}
