"use client";
import { useActionState } from "react";
import { FieldError, FormAlert, fieldId } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { deleteEventAction } from "./delete-event-action";

export function DeleteEventForm({ id, name }: { id: number; name: string }) {
  const [state, action] = useActionState(deleteEventAction, undefined);
  const invalid = !!state?.fieldErrors.confirm?.length;
  return (
    <form action={action} noValidate aria-label="حذف الحدث" className="rounded-lg border border-red-200 bg-white p-5">
      <h2 className="mb-2 text-lg font-bold">حذف الحدث</h2>
      <p className="mb-3 text-sm text-muted">
        لن يؤرِّخ المستخرِج به المقالات التي تُضاف بعد الحذف. اللقاءات المحفوظة تبقى بتواريخها، ويبقى الحدث كاملًا في سجل
        التغييرات.
      </p>
      <FormAlert message={state?.formError} />
      <input type="hidden" name="id" value={id} />
      <div className="mb-3">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            id={fieldId("confirm")}
            name="confirm"
            aria-invalid={invalid}
            aria-describedby={`${fieldId("confirm")}-error`}
          />
          نعم، احذف «{name}»
        </label>
        <FieldError name="confirm" errors={state?.fieldErrors} />
      </div>
      <SubmitButton tone="danger">حذف الحدث</SubmitButton>
    </form>
  );
}
