"use client";
import { useActionState } from "react";
import { PRECISION_LABELS } from "@/lib/format";
import type { MeetingRawValues } from "@/lib/queries/admin-meetings";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from "@/lib/schemas/form-state";
import { MEETING_LABELS, PRECISIONS, SIDES, SIDE_LABELS, STATUSES, STATUS_LABELS } from "@/lib/schemas/meeting-form";
import { FieldError, FormAlert, SelectField, TextAreaField, TextField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import type { MeetingConflictChange } from "./meeting-form-state";
import { updateMeetingAction } from "./update-meeting-action";

const FIELD_LABELS: Record<string, string> = { ...MEETING_LABELS, topics: "المواضيع" };

function show(field: string, value: string): string {
  if (!value) return "فارغ";
  if (field === "precision") return PRECISION_LABELS[value as keyof typeof PRECISION_LABELS] ?? value;
  if (field === "status") return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if (field === "reviewStatus") return REVIEW_STATUS_LABELS[value as keyof typeof REVIEW_STATUS_LABELS] ?? value;
  if (field === "participants")
    return value.replace(/\((host|guest|other)\)/g, (_, s: keyof typeof SIDE_LABELS) => `(${SIDE_LABELS[s]})`);
  return value.replace(/\n/g, "، ");
}

function ConflictList({ changes }: { changes: MeetingConflictChange[] }) {
  if (!changes.length) return null;
  return (
    <div className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="conflict">
      <h2 className="mb-1 font-bold">ما غيّره المحرر الآخر</h2>
      <ul className="list-disc ps-5">
        {changes.map((c) => (
          <li key={c.field}>
            {FIELD_LABELS[c.field] ?? c.field}: كان «{show(c.field, c.base)}» وصار «{show(c.field, c.theirs)}»
            {c.both && <strong> — عدّلته أنت أيضًا، فأبقينا قيمتك في النموذج</strong>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function MeetingForm({
  initial,
  officials,
}: {
  initial: MeetingRawValues;
  officials: { id: number; label: string }[];
}) {
  const [state, action] = useActionState(updateMeetingAction, undefined);
  const v = (state?.values as unknown as MeetingRawValues | undefined) ?? initial;
  const errors = state?.fieldErrors;
  const base = v.base ?? JSON.stringify({ ...initial, base: undefined });
  return (
    <form
      action={action}
      noValidate
      aria-label="تعديل اللقاء"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      {state?.conflict && <ConflictList changes={state.conflict.changes} />}
      <input type="hidden" name="id" value={v.id} />
      <input type="hidden" name="version" value={v.version} />
      <input type="hidden" name="base" value={base} />

      <fieldset className="mb-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 font-semibold">{MEETING_LABELS.participants}</legend>
        <FieldError name="participants" errors={errors} />
        {(v.participants ?? []).map((p, i) => (
          <div key={p.id} className="grid items-end gap-x-3 border-b border-stone-100 py-1 sm:grid-cols-[2fr_1fr_auto]">
            <input type="hidden" name={`participants.${i}.id`} value={p.id} />
            <input type="hidden" name={`participants.${i}.name`} value={p.name ?? ""} />
            <p className="mb-4 font-semibold">{p.name}</p>
            <SelectField
              name={`participants.${i}.side`}
              label={`صفة ${p.name ?? ""}`}
              defaultValue={p.side}
              errors={errors}
              options={SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
            />
            <label className="mb-4 flex items-center gap-1 text-sm">
              <input type="checkbox" name={`participants.${i}.remove`} defaultChecked={!!p.remove} />
              إزالة {p.name}
            </label>
          </div>
        ))}
        <div className="mt-3 grid gap-x-3 sm:grid-cols-[2fr_1fr]">
          <SelectField
            name="add.officialId"
            label={MEETING_LABELS.addOfficial}
            defaultValue={v.add?.officialId}
            errors={errors}
            options={[
              { value: "", label: "— لا أحد —" },
              ...officials.map((o) => ({ value: String(o.id), label: o.label })),
            ]}
          />
          <SelectField
            name="add.side"
            label={MEETING_LABELS.addSide}
            defaultValue={v.add?.side ?? "guest"}
            errors={errors}
            options={SIDES.map((s) => ({ value: s, label: SIDE_LABELS[s] }))}
          />
        </div>
      </fieldset>

      <fieldset className="mb-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 font-semibold">التاريخ</legend>
        <div className="grid gap-x-3 sm:grid-cols-3">
          <TextField
            name="dateStart"
            label={MEETING_LABELS.dateStart}
            type="date"
            defaultValue={v.dateStart}
            errors={errors}
            dir="ltr"
          />
          <TextField
            name="dateEnd"
            label={MEETING_LABELS.dateEnd}
            type="date"
            defaultValue={v.dateEnd}
            errors={errors}
            dir="ltr"
          />
          <SelectField
            name="precision"
            label={MEETING_LABELS.precision}
            defaultValue={v.precision}
            errors={errors}
            required
            options={PRECISIONS.map((p) => ({ value: p, label: PRECISION_LABELS[p] }))}
          />
        </div>
      </fieldset>

      <div className="grid gap-x-3 sm:grid-cols-2">
        <TextField name="place" label={MEETING_LABELS.place} defaultValue={v.place} errors={errors} maxLength={200} />
        <TextField
          name="country"
          label={MEETING_LABELS.country}
          defaultValue={v.country}
          errors={errors}
          dir="ltr"
          maxLength={2}
          hint="رمز من حرفين: MA، US …"
        />
        <SelectField
          name="status"
          label={MEETING_LABELS.status}
          defaultValue={v.status}
          errors={errors}
          required
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <SelectField
          name="reviewStatus"
          label={MEETING_LABELS.reviewStatus}
          defaultValue={v.reviewStatus}
          errors={errors}
          required
          options={REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] }))}
        />
      </div>
      <TextAreaField name="topics" label={MEETING_LABELS.topics} defaultValue={v.topics} errors={errors} rows={3} />
      <SubmitButton>حفظ اللقاء</SubmitButton>
    </form>
  );
}
