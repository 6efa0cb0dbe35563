"use client";
import { useActionState, useState } from "react";
import { formatMeetingDate } from "@/lib/format";
import { MAX_NEW_ARTICLE_BYTES, NEW_ARTICLE_LABELS } from "@/lib/schemas/article-new";
import { SIDE_LABELS, STATUS_LABELS } from "@/lib/schemas/meeting-form";
import { FieldError, fieldId, FormAlert, TextAreaField, TextField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { createArticleAction } from "./create-article-action";
import type { NewArticleState } from "./new-article-state";

function Highlighted({ text, spans }: { text: string; spans: { start: number; end: number }[] }) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: React.ReactNode[] = [];
  let pos = 0;
  sorted.forEach((s, i) => {
    if (s.start < pos || s.end > text.length) return;
    if (s.start > pos) out.push(<span key={`t${i}`}>{text.slice(pos, s.start)}</span>);
    out.push(
      <mark key={`m${i}`} className="evidence">
        {text.slice(s.start, s.end)}
      </mark>,
    );
    pos = s.end;
  });
  if (pos < text.length) out.push(<span key="rest">{text.slice(pos)}</span>);
  return (
    <div className="max-h-96 overflow-y-auto whitespace-pre-line rounded-md border border-stone-200 p-3 leading-loose">
      {out}
    </div>
  );
}

export function NewArticleForm() {
  const [state, action] = useActionState<NewArticleState | undefined, FormData>(createArticleAction, undefined);
  const [fileError, setFileError] = useState<string | null>(null);
  const v = (state?.values ?? {}) as Record<string, string | undefined>;
  const errors = { ...state?.fieldErrors, ...(fileError ? { file: [fileError] } : {}) };
  const preview = state?.preview;
  return (
    <form
      action={action}
      noValidate
      aria-label="إضافة مقال"
      className="space-y-2 rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      <TextAreaField name="text" label={NEW_ARTICLE_LABELS.text} defaultValue={v.text} errors={errors} rows={10} />
      <div className="mb-4">
        <label htmlFor={fieldId("file")} className="mb-1 block font-semibold">
          {NEW_ARTICLE_LABELS.file}
        </label>
        <input
          id={fieldId("file")}
          name="file"
          type="file"
          accept=".txt,text/plain"
          aria-describedby={`${fieldId("file")}-error`}
          aria-invalid={!!errors.file}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            setFileError(
              f && f.size > MAX_NEW_ARTICLE_BYTES ? `الملف أكبر من ${MAX_NEW_ARTICLE_BYTES / 1024} ك.ب` : null,
            );
          }}
        />
        <FieldError name="file" errors={errors} />
      </div>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField name="title" label={NEW_ARTICLE_LABELS.title} defaultValue={v.title} errors={errors} />
        <TextField name="source" label={NEW_ARTICLE_LABELS.source} defaultValue={v.source} errors={errors} />
        <TextField
          name="url"
          label={NEW_ARTICLE_LABELS.url}
          defaultValue={v.url}
          errors={errors}
          type="url"
          dir="ltr"
        />
        <TextField
          name="published"
          label={NEW_ARTICLE_LABELS.published}
          defaultValue={v.published}
          errors={errors}
          type="date"
          dir="ltr"
        />
      </div>
      {preview && <input type="hidden" name="previewed" value={preview.fingerprint} />}
      {preview && (
        <section
          aria-labelledby="extract-preview-h"
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
          data-testid="extract-preview"
        >
          <h2 id="extract-preview-h" className="mb-2 font-bold">
            معاينة ما سيُنشأ
          </h2>
          {preview.duplicateOf && (
            <p className="mb-2 font-semibold">
              هذا النص موجود مسبقًا (المقال {preview.duplicateOf}): لن يُضاف مرة ثانية.
            </p>
          )}
          <p className="mb-2">
            {preview.meetings.length === 0 ? "لم يُعثر على لقاءات في هذا النص." : `لقاءات: ${preview.meetings.length}`}
          </p>
          <ol className="mb-3 list-decimal space-y-2 ps-5">
            {preview.meetings.map((m, i) => (
              <li key={i}>
                <p>
                  {m.participants
                    .map(
                      (p) =>
                        `${p.name ?? p.role ?? "؟"} (${SIDE_LABELS[p.side as keyof typeof SIDE_LABELS] ?? p.side}${p.known ? "" : "، جديد"})`,
                    )
                    .join(" · ")}
                </p>
                <p className="text-sm text-muted">
                  {formatMeetingDate(m.date.start, m.date.end, m.date.precision)}
                  {m.place ? ` · ${m.place}` : ""} · {STATUS_LABELS[m.status as keyof typeof STATUS_LABELS] ?? m.status}
                </p>
                <p className="text-sm">
                  الدليل: <mark className="evidence">{m.evidence.text}</mark>
                </p>
              </li>
            ))}
          </ol>
          {preview.officials.length > 0 && (
            <p className="mb-2 text-sm">
              المسؤولون: {preview.officials.map((o) => `${o.name}${o.known ? "" : " (جديد)"}`).join("، ")}
            </p>
          )}
          <details>
            <summary>النص مع الأدلة مظللة</summary>
            <Highlighted text={preview.text} spans={preview.meetings.map((m) => m.evidence)} />
          </details>
        </section>
      )}
      <div className="flex gap-3">
        <SubmitButton name="intent" value="preview" tone="plain">
          معاينة الاستخراج
        </SubmitButton>
        {preview && !preview.duplicateOf && (
          <SubmitButton name="intent" value="save">
            تأكيد وإضافة المقال
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
