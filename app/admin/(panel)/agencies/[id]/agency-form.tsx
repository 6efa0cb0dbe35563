"use client";
import { useActionState } from "react";
import { AGENCY_KINDS, AGENCY_KIND_LABELS, AGENCY_LABELS } from "@/lib/schemas/agency-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { updateAgencyAction } from "./update-agency-action";

export interface AgencyRawValues {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: string;
  country: string;
  aliases?: { id: string; alias?: string; remove?: string }[];
  newAliases: string;
}

export function AgencyForm({
  initial,
  countries,
}: {
  initial: AgencyRawValues;
  countries: { code: string; nameAr: string }[];
}) {
  const [state, action] = useActionState(updateAgencyAction, undefined);
  const v = (state?.values as unknown as AgencyRawValues | undefined) ?? initial;
  const errors = state?.fieldErrors;
  return (
    <form
      action={action}
      noValidate
      aria-label="تعديل الجهة"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      <input type="hidden" name="id" value={v.id} />
      <TextField name="nameAr" label={AGENCY_LABELS.nameAr} defaultValue={v.nameAr} errors={errors} required />
      <TextField name="nameEn" label={AGENCY_LABELS.nameEn} defaultValue={v.nameEn} errors={errors} dir="ltr" />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={AGENCY_LABELS.kind}
          defaultValue={v.kind}
          errors={errors}
          required
          options={AGENCY_KINDS.map((k) => ({ value: k, label: AGENCY_KIND_LABELS[k] }))}
        />
        <SelectField
          name="country"
          label={AGENCY_LABELS.country}
          defaultValue={v.country}
          errors={errors}
          options={[
            { value: "", label: "غير محدد" },
            ...countries.map((c) => ({ value: c.code, label: `${c.nameAr} (${c.code})` })),
          ]}
        />
      </div>
      <fieldset className="mb-4 rounded-md border border-stone-200 p-3">
        <legend className="px-1 font-semibold">{AGENCY_LABELS.aliases}</legend>
        <ul>
          {(v.aliases ?? []).map((a, i) => (
            <li key={a.id} className="flex items-center gap-3 py-1">
              <input type="hidden" name={`aliases.${i}.id`} value={a.id} />
              <input type="hidden" name={`aliases.${i}.alias`} value={a.alias ?? ""} />
              <span>{a.alias}</span>
              <label className="ms-auto flex items-center gap-1 text-sm">
                <input type="checkbox" name={`aliases.${i}.remove`} defaultChecked={!!a.remove} />
                حذف «{a.alias}»
              </label>
            </li>
          ))}
        </ul>
        <TextAreaField
          name="newAliases"
          label={AGENCY_LABELS.newAliases}
          defaultValue={v.newAliases}
          errors={errors}
          rows={2}
        />
      </fieldset>
      <SubmitButton>حفظ الجهة</SubmitButton>
    </form>
  );
}
