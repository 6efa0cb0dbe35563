"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { reviewEntity } from "@/lib/mutations/review-entity";
import { formDataToObject } from "@/lib/schemas/form-state";
import { reviewDecisionSchema } from "@/lib/schemas/review-decision";
import { afterChange } from "../../_lib/after-change";

/** One click from the queue: approve or reject, then back to the queue. */
export async function reviewAction(formData: FormData): Promise<void> {
  const user = await requireAdmin();
  const parsed = reviewDecisionSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) redirect("/admin/review?error=1");
  const result = await reviewEntity(getDb(), user.id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    // Busy: nothing was recorded; the queue says so and still lists the item for another click.
    redirect(`/admin/review?busy=${parsed.data.entity}-${parsed.data.id}-${parsed.data.decision}`);
  }
  await afterChange({ meetingIds: result.meetingIds, officialIds: result.officialIds, articleIds: result.articleIds });
  redirect(`/admin/review?done=${parsed.data.entity}-${parsed.data.id}-${parsed.data.decision}`);
}
