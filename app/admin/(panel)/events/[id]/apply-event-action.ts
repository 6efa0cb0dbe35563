"use server";
import { notFound, redirect } from "next/navigation";
import { requireAdmin } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { formatMeetingDate } from "@/lib/format";
import { applyEventToArticles } from "@/lib/mutations/apply-event";
import { planEventDates, planToken, type EventDateChange } from "@/lib/mutations/plan-event-dates";
import { eventApplySchema } from "@/lib/schemas/event-form";
import { failure, formDataToObject, toFieldErrors } from "@/lib/schemas/form-state";
import { afterChange } from "../../../_lib/after-change";
import type { ApplyEventState, EventPlanRow } from "./apply-event-state";

const fmt = (d: { dateStart: string | null; dateEnd: string | null; precision: string }) =>
  formatMeetingDate(d.dateStart, d.dateEnd, d.precision);

function planRows(plan: EventDateChange[]): EventPlanRow[] {
  return plan.map((c) => ({
    key: `${c.articleId}-${c.meetingId}`,
    meetingId: c.meetingId,
    articleId: c.articleId,
    articleTitle: c.articleTitle,
    before: fmt(c.source.before),
    after: fmt(c.source.after),
    phrase: c.source.after.dateText,
    meeting: c.meeting ? { before: fmt(c.meeting.before), after: fmt(c.meeting.after) } : (c.kept ?? "other-source"),
  }));
}

export async function applyEventAction(
  _prev: ApplyEventState | undefined,
  formData: FormData,
): Promise<ApplyEventState> {
  const user = await requireAdmin();
  const raw = formDataToObject(formData);
  const parsed = eventApplySchema.safeParse(raw);
  if (!parsed.success) return failure(raw, toFieldErrors(parsed.error), "لم يُطبَّق شيء: اعرض الخطة من جديد");
  const { id, planned } = parsed.data;
  const db = getDb();
  const plan = await planEventDates(db, id);
  if (!plan) notFound();
  const token = planToken(plan);
  const preview = (formError?: string): ApplyEventState => ({
    ...failure({ id: String(id), planned: token }, {}, formError),
    preview: { planned: token, rows: planRows(plan) },
  });
  // Applied only once the admin has seen this very plan.
  if (planned !== token) return preview(planned ? "تغيّرت الخطة منذ المعاينة: راجع الخطة الجديدة ثم أكِّد." : undefined);
  if (!plan.length) return preview();
  const result = await applyEventToArticles(db, user.id, plan);
  if (!result.ok) {
    if ("formError" in result) return preview(result.formError);
    const fresh = (await planEventDates(db, id)) ?? [];
    const freshToken = planToken(fresh);
    return {
      ...failure(
        { id: String(id), planned: freshToken },
        {},
        "تغيّرت تواريخ بعض اللقاءات منذ المعاينة: راجع الخطة الجديدة ثم أكِّد.",
      ),
      preview: { planned: freshToken, rows: planRows(fresh) },
    };
  }
  await afterChange({ meetingIds: result.meetingIds, articleIds: result.articleIds });
  // The plan's fingerprint names this apply: the page remounts the form, so the applied plan is not offered again.
  redirect(`/admin/events/${id}?applied=${result.changed}&plan=${token}`);
}
