"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatMeetingDate } from "@/lib/format";
import { planArticleDates, type DateChange } from "@/lib/mutations/plan-article-dates";
import { updateArticle } from "@/lib/mutations/update-article";
import { getArticlePublished } from "@/lib/queries/admin-articles";
import { articleFormSchema } from "@/lib/schemas/article-form";
import { failure, formDataToObject, toFieldErrors } from "@/lib/schemas/form-state";
import { afterChange } from "../../../_lib/after-change";
import type { ArticleFormState, DatePreviewRow } from "./article-form-state";

function previewRows(plan: DateChange[]): DatePreviewRow[] {
  return plan.map((c) => ({
    meetingId: c.meetingId,
    before: formatMeetingDate(c.source.before.dateStart, c.source.before.dateEnd, c.source.before.precision),
    after: formatMeetingDate(c.source.after.dateStart, c.source.after.dateEnd, c.source.after.precision),
    phrase: c.source.after.dateText,
    explanation: c.source.after.dateExplanation,
    meeting: c.meeting ? "follows" : (c.kept ?? "other-source"),
  }));
}

export async function updateArticleAction(
  _prev: ArticleFormState | undefined,
  formData: FormData,
): Promise<ArticleFormState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = articleFormSchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "راجع الحقول المعلَّمة");
  const data = parsed.data;
  const db = getDb();
  const current = await getArticlePublished(data.id, db);
  if (!current) notFound();
  const plan = await planArticleDates(db, data.id, data.published);
  if (!plan) notFound();
  const wanted = data.published ?? "";
  // A new publication date is saved only after the admin has seen what it does to the meeting dates.
  if (current.published !== data.published && data.previewed !== wanted) {
    return {
      ...failure({ ...raw, previewed: wanted }, {}),
      preview: { published: wanted, rows: previewRows(plan) },
    };
  }
  const result = await updateArticle(db, user.id, data, plan);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    // Busy: nothing was saved; the form comes back as sent (with the preview the admin confirmed) for a retry.
    if ("formError" in result) {
      return {
        ...failure(raw, {}, result.formError),
        ...(current.published !== data.published ? { preview: { published: wanted, rows: previewRows(plan) } } : {}),
      };
    }
    const fresh = (await planArticleDates(db, data.id, data.published)) ?? [];
    return {
      ...failure(
        { ...raw, previewed: wanted },
        {},
        "تغيّرت تواريخ بعض اللقاءات منذ المعاينة: راجع المعاينة الجديدة ثم احفظ.",
      ),
      preview: { published: wanted, rows: previewRows(fresh) },
    };
  }
  if (result.changed.length) await afterChange({ articleIds: [data.id], meetingIds: result.meetingIds });
  redirect(`/admin/articles/${data.id}?saved=${result.changed.length ? "1" : "0"}`);
}
