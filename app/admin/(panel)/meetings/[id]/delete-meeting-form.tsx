"use client";
import { useActionState } from "react";
import { FormAlert } from "../../../_components/fields";
import { SubmitButton } from "../../../_components/submit-button";
import { deleteMeetingAction } from "./delete-meeting-action";

export function DeleteMeetingForm({ id, version }: { id: number; version: number }) {
  const [state, action] = useActionState(deleteMeetingAction, undefined);
  return (
    <form action={action} aria-label="حذف اللقاء" className="rounded-lg border border-red-200 bg-white p-5">
      <h2 className="mb-2 text-lg font-bold">ليس لقاءً؟</h2>
      <p className="mb-3 text-sm text-muted">
        يُخفى اللقاء من الموقع ولا يعيد الاستخراج إنشاءه. يمكن التراجع من سجل التغييرات.
      </p>
      <FormAlert message={state?.formError} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton tone="danger">حذف اللقاء</SubmitButton>
    </form>
  );
}
