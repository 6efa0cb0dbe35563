"use client";
import { useActionState } from "react";
import { EVENT_HINTS, EVENT_LABELS } from "@/lib/schemas/event-form";
import { FormAlert, SelectField, TextAreaField, TextField } from "../../_components/fields";
import { SubmitButton } from "../../_components/submit-button";
import { updateEventAction } from "./[id]/update-event-action";
import { createEventAction } from "./new/create-event-action";

/** What the form posts, as typed: the page's values at first, the admin's own after a refused save. */
export interface EventRawValues {
  /** Empty for a new event. */
  id: string;
  nameAr: string;
  nameEn: string;
  start: string;
  end: string;
  country: string;
  /** One name per line. */
  aliases: string;
}

export function EventForm({
  initial,
  countries,
}: {
  initial: EventRawValues;
  countries: { code: string; nameAr: string }[];
}) {
  const [state, action] = useActionState(initial.id ? updateEventAction : createEventAction, undefined);
  const v = (state?.values as unknown as EventRawValues | undefined) ?? initial;
  const errors = state?.fieldErrors;
  return (
    <form
      action={action}
      noValidate
      aria-label={initial.id ? "تعديل الحدث" : "حدث جديد"}
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <FormAlert message={state?.formError} />
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <TextField
        name="nameAr"
        label={EVENT_LABELS.nameAr}
        defaultValue={v.nameAr}
        errors={errors}
        required
        maxLength={300}
      />
      <TextField
        name="nameEn"
        label={EVENT_LABELS.nameEn}
        defaultValue={v.nameEn}
        errors={errors}
        dir="ltr"
        maxLength={300}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          name="start"
          label={EVENT_LABELS.start}
          type="date"
          defaultValue={v.start}
          errors={errors}
          required
          dir="ltr"
        />
        <TextField
          name="end"
          label={EVENT_LABELS.end}
          type="date"
          defaultValue={v.end}
          errors={errors}
          dir="ltr"
          hint={EVENT_HINTS.end}
        />
      </div>
      <SelectField
        name="country"
        label={EVENT_LABELS.country}
        defaultValue={v.country}
        errors={errors}
        options={[
          { value: "", label: "غير محدد" },
          ...countries.map((c) => ({ value: c.code, label: `${c.nameAr} (${c.code})` })),
        ]}
      />
      <TextAreaField
        name="aliases"
        label={EVENT_LABELS.aliases}
        defaultValue={v.aliases}
        errors={errors}
        rows={6}
        hint={EVENT_HINTS.aliases}
      />
      <SubmitButton>حفظ الحدث</SubmitButton>
    </form>
  );
}
