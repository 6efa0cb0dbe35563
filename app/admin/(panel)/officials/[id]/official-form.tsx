"use client";
import { useActionState } from "react";
import { OFFICIAL_LABELS } from "@/lib/schemas/official-form";
import { REVIEW_STATUSES, REVIEW_STATUS_LABELS } from "@/lib/schemas/form-state";
import { FieldError, fieldId, FormAlert, SelectField, TextAreaField, TextField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { updateOfficialAction } from "./update-official-action";

export interface OfficialRawValues {
  id: string;
  nameAr: string;
  nameEn: string;
  country: string;
  gender: string;
  reviewStatus: string;
  /** Absent when FormData had no rows. */
  aliases?: { id: string; alias?: string; origin?: string; remove?: string }[];
  newAliases: string;
  tenures?: { id: string; positionId: string; from: string; to: string; remove?: string }[];
  newTenure?: { positionId?: string; from?: string; to?: string };
}

const ORIGIN_LABELS: Record<string, string> = { knowledge: "من قاعدة المعرفة", extract: "مستخرج", admin: "أضافه محرر" };

export function OfficialForm({
  initial,
  countries,
  positions,
}: {
  initial: OfficialRawValues;
  countries: { code: string; nameAr: string }[];
  positions: { id: number; label: string }[];
}) {
  const [state, action] = useActionState(updateOfficialAction, undefined);
  const v = (state?.values as unknown as OfficialRawValues | undefined) ?? initial;
  const errors = state?.fieldErrors;
  const countryOptions = [
    { value: "", label: "غير محدد" },
    ...countries.map((c) => ({ value: c.code, label: `${c.nameAr} (${c.code})` })),
  ];
  const positionOptions = [
    { value: "", label: "— اختر منصبًا —" },
    ...positions.map((p) => ({ value: String(p.id), label: p.label })),
  ];
  return (
    <form
      action={action}
      noValidate
      aria-label="تعديل المسؤول"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      <input type="hidden" name="id" value={v.id} />
      <TextField
        name="nameAr"
        label={OFFICIAL_LABELS.nameAr}
        defaultValue={v.nameAr}
        errors={errors}
        required
        maxLength={200}
      />
      <TextField
        name="nameEn"
        label={OFFICIAL_LABELS.nameEn}
        defaultValue={v.nameEn}
        errors={errors}
        dir="ltr"
        maxLength={200}
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField
          name="country"
          label={OFFICIAL_LABELS.country}
          defaultValue={v.country}
          errors={errors}
          options={countryOptions}
        />
        <SelectField
          name="gender"
          label={OFFICIAL_LABELS.gender}
          defaultValue={v.gender}
          errors={errors}
          options={[
            { value: "", label: "غير محدد" },
            { value: "m", label: "ذكر" },
            { value: "f", label: "أنثى" },
          ]}
        />
        <SelectField
          name="reviewStatus"
          label={OFFICIAL_LABELS.reviewStatus}
          defaultValue={v.reviewStatus}
          errors={errors}
          required
          options={REVIEW_STATUSES.map((s) => ({ value: s, label: REVIEW_STATUS_LABELS[s] }))}
        />
      </div>

      <fieldset className="mb-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 font-semibold">{OFFICIAL_LABELS.aliases}</legend>
        {(v.aliases ?? []).length === 0 && <p className="text-sm text-muted">لا أسماء بديلة.</p>}
        <ul>
          {(v.aliases ?? []).map((a, i) => (
            <li key={a.id} className="flex items-center gap-3 py-1">
              <input type="hidden" name={`aliases.${i}.id`} value={a.id} />
              <input type="hidden" name={`aliases.${i}.alias`} value={a.alias ?? ""} />
              <input type="hidden" name={`aliases.${i}.origin`} value={a.origin ?? ""} />
              <span>{a.alias}</span>
              <span className="text-xs text-muted">{ORIGIN_LABELS[a.origin ?? ""] ?? ""}</span>
              <label className="ms-auto flex items-center gap-1 text-sm">
                <input type="checkbox" name={`aliases.${i}.remove`} defaultChecked={!!a.remove} />
                حذف «{a.alias}»
              </label>
            </li>
          ))}
        </ul>
        <TextAreaField
          name="newAliases"
          label={OFFICIAL_LABELS.newAliases}
          defaultValue={v.newAliases}
          errors={errors}
          rows={2}
          hint="يتعرّف المستخرج على هذه الأسماء في المقالات القادمة."
        />
      </fieldset>

      <fieldset className="mb-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 font-semibold">{OFFICIAL_LABELS.tenures}</legend>
        {(v.tenures ?? []).map((t, i) => (
          <div
            key={t.id}
            className="mb-2 grid items-end gap-x-3 border-b border-stone-100 pb-2 sm:grid-cols-[2fr_1fr_1fr_auto]"
          >
            <input type="hidden" name={`tenures.${i}.id`} value={t.id} />
            <SelectField
              name={`tenures.${i}.positionId`}
              label={`المنصب ${i + 1}`}
              defaultValue={t.positionId}
              errors={errors}
              options={positionOptions}
            />
            <TextField
              name={`tenures.${i}.from`}
              label={OFFICIAL_LABELS.from}
              defaultValue={t.from}
              errors={errors}
              dir="ltr"
              placeholder="2017-05"
            />
            <TextField
              name={`tenures.${i}.to`}
              label={OFFICIAL_LABELS.to}
              defaultValue={t.to}
              errors={errors}
              dir="ltr"
              placeholder="فارغ = ما زال"
            />
            <label className="mb-4 flex items-center gap-1 text-sm">
              <input type="checkbox" name={`tenures.${i}.remove`} defaultChecked={!!t.remove} />
              حذف المنصب {i + 1}
            </label>
          </div>
        ))}
        <p className="mb-2 text-sm font-semibold">إضافة منصب</p>
        <div className="grid gap-x-3 sm:grid-cols-[2fr_1fr_1fr]">
          <SelectField
            name="newTenure.positionId"
            label="المنصب الجديد"
            defaultValue={v.newTenure?.positionId}
            errors={errors}
            options={positionOptions}
          />
          <TextField
            name="newTenure.from"
            label="من (المنصب الجديد)"
            defaultValue={v.newTenure?.from}
            errors={errors}
            dir="ltr"
            placeholder="2021-01"
          />
          <TextField
            name="newTenure.to"
            label="إلى (المنصب الجديد)"
            defaultValue={v.newTenure?.to}
            errors={errors}
            dir="ltr"
          />
        </div>
        <FieldError name="tenures" errors={errors} />
      </fieldset>
      <p id={`${fieldId("save")}-hint`} className="mb-3 text-sm text-muted">
        ما تصححه هنا لا تغيّره إعادة الاستخراج.
      </p>
      <SubmitButton>حفظ المسؤول</SubmitButton>
    </form>
  );
}
