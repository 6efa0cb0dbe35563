"use client";
import { useActionState } from "react";
import { FormAlert, SelectField } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { mergeOfficialsAction } from "./merge-officials-action";

export function MergeForm({ survivorId, options }: { survivorId: number; options: { id: number; label: string }[] }) {
  const [state, action] = useActionState(mergeOfficialsAction, undefined);
  const other = typeof state?.values.otherId === "string" ? state.values.otherId : "";
  return (
    <form
      action={action}
      noValidate
      aria-label="دمج مسؤول مكرر"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 className="mb-2 text-lg font-bold">دمج مسؤول مكرر في هذا المسؤول</h2>
      <p className="mb-3 text-sm text-muted">
        تنتقل الأسماء البديلة واللقاءات والمناصب والإشارات إلى هذا المسؤول، ويُحوَّل رابط المكرر إليه. يمكن التراجع من سجل
        التغييرات.
      </p>
      <FormAlert message={state?.formError} />
      <input type="hidden" name="survivorId" value={survivorId} />
      <SelectField
        name="otherId"
        label="المسؤول المكرر"
        required
        defaultValue={other}
        errors={state?.fieldErrors}
        options={[{ value: "", label: "— اختر —" }, ...options.map((o) => ({ value: String(o.id), label: o.label }))]}
      />
      <SubmitButton tone="danger">دمج</SubmitButton>
    </form>
  );
}
