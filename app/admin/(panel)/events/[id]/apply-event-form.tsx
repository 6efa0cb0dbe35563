"use client";
import Link from "next/link";
import { useActionState } from "react";
import type { EventApplyInput } from "@/lib/schemas/event-form";
import { FormAlert } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { applyEventAction } from "./apply-event-action";
import type { ApplyEventState } from "./apply-event-state";

const field = (name: keyof EventApplyInput) => name;

const MEETING_NOTE = {
  corrected: "تاريخ اللقاء مصحح يدويًا فلن يتغير",
  "other-source": "تاريخ اللقاء مأخوذ من مقال أدق فلن يتغير",
} as const;

export function ApplyEventForm({ id }: { id: number }) {
  const [state, action] = useActionState<ApplyEventState | undefined, FormData>(applyEventAction, undefined);
  const preview = state?.preview;
  return (
    <form
      action={action}
      noValidate
      aria-labelledby="apply-event-h"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="apply-event-h" className="mb-2 text-lg font-bold">
        تطبيق على المقالات المخزنة
      </h2>
      <p className="mb-3 text-sm text-muted">
        يبحث في المقالات المحفوظة عن عبارات تؤرِّخ لقاءً بهذا الحدث («أسبوعا بعد …»)، فيعرض ما يتغير قبل تطبيقه. لا يُغيَّر
        تاريخ إلا إن كان مجهولًا أو صار أدق، ولا يُمس تاريخ لقاء صحَّحه مشرف.
      </p>
      <FormAlert message={state?.formError} />
      <input type="hidden" name={field("id")} value={id} />
      {preview && <input type="hidden" name={field("planned")} value={preview.planned} />}
      {preview && (
        <section
          aria-labelledby="apply-preview-h"
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <h3 id="apply-preview-h" className="mb-1 font-bold">
            الخطة: ما يتغير عند التطبيق
          </h3>
          {preview.rows.length === 0 ? (
            <p>لا مقالات مخزنة تذكر هذا الحدث بعبارة تؤرخ لقاءً.</p>
          ) : (
            <ul className="list-disc space-y-1 ps-5" data-testid="event-plan">
              {preview.rows.map((r) => (
                <li key={r.key}>
                  <Link href={`/meetings/${r.meetingId}`}>اللقاء {r.meetingId}</Link> في المقال{" "}
                  <Link href={`/admin/articles/${r.articleId}`}>{r.articleTitle ?? `رقم ${r.articleId}`}</Link>: «
                  {r.phrase}» من «{r.before}» إلى «{r.after}» —{" "}
                  {typeof r.meeting === "string"
                    ? MEETING_NOTE[r.meeting]
                    : `تاريخ اللقاء من «${r.meeting.before}» إلى «${r.meeting.after}»`}
                </li>
              ))}
            </ul>
          )}
          {preview.rows.length > 0 && <p className="mt-2 text-sm">اضغط «تأكيد التطبيق» لتطبيقه.</p>}
        </section>
      )}
      {preview && preview.rows.length > 0 ? (
        <SubmitButton>تأكيد التطبيق</SubmitButton>
      ) : (
        <SubmitButton tone="plain">عرض الخطة</SubmitButton>
      )}
    </form>
  );
}
