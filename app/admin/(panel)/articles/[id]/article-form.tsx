"use client";
import { useActionState } from "react";
import { ARTICLE_LABELS } from "@/lib/schemas/article-form";
import { FormAlert, TextField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import type { ArticleFormState } from "./article-form-state";
import { updateArticleAction } from "./update-article-action";

export interface ArticleRawValues {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
  previewed?: string;
}

const MEETING_NOTE = {
  follows: "يتبعه تاريخ اللقاء",
  corrected: "تاريخ اللقاء مصحح يدويًا فلن يتغير",
  "other-source": "تاريخ اللقاء مأخوذ من مقال أدق فلن يتغير",
} as const;

export function ArticleForm({ initial }: { initial: ArticleRawValues }) {
  const [state, action] = useActionState<ArticleFormState | undefined, FormData>(updateArticleAction, undefined);
  const v = (state?.values as unknown as ArticleRawValues | undefined) ?? initial;
  const errors = state?.fieldErrors;
  const preview = state?.preview;
  return (
    <form
      action={action}
      noValidate
      aria-label="تعديل المقال"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      <input type="hidden" name="id" value={v.id} />
      {v.previewed !== undefined && <input type="hidden" name="previewed" value={v.previewed} />}
      <TextField name="title" label={ARTICLE_LABELS.title} defaultValue={v.title} errors={errors} maxLength={500} />
      <TextField name="source" label={ARTICLE_LABELS.source} defaultValue={v.source} errors={errors} maxLength={300} />
      <TextField name="url" label={ARTICLE_LABELS.url} defaultValue={v.url} errors={errors} type="url" dir="ltr" />
      <TextField
        name="published"
        label={ARTICLE_LABELS.published}
        defaultValue={v.published}
        errors={errors}
        type="date"
        dir="ltr"
        hint="تغيير تاريخ النشر يعيد حساب تواريخ اللقاءات المكتوبة نسبةً إليه («الاثنين»، «أمس»)؛ تُعرض النتيجة قبل الحفظ."
      />
      {preview && (
        <section
          aria-labelledby="preview-h"
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <h2 id="preview-h" className="mb-1 font-bold">
            معاينة: ما يتغير عند حفظ تاريخ النشر
          </h2>
          {preview.rows.length === 0 ? (
            <p>لا يتغير تاريخ أي لقاء.</p>
          ) : (
            <ul className="list-disc ps-5" data-testid="date-preview">
              {preview.rows.map((r) => (
                <li key={r.meetingId}>
                  اللقاء {r.meetingId}: «{r.phrase}» من «{r.before}» إلى «{r.after}» — {MEETING_NOTE[r.meeting]}
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2 text-sm">اضغط «تأكيد الحفظ» لتطبيقه.</p>
        </section>
      )}
      <SubmitButton>{preview ? "تأكيد الحفظ" : "حفظ المقال"}</SubmitButton>
    </form>
  );
}
