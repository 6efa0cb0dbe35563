"use client";
import { useActionState } from "react";
import { SubmitButton } from "../../_components/submit-button";
import { revertAction } from "./revert-action";

export function RevertButton({ auditId }: { auditId: number }) {
  const [state, action] = useActionState(revertAction, undefined);
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="auditId" value={auditId} />
      <SubmitButton tone="plain">
        <span aria-label={`التراجع عن التغيير ${auditId}`}>تراجع</span>
      </SubmitButton>
      <p role="alert" aria-live="assertive" className="mt-1 text-sm text-red-700">
        {state?.formError}
      </p>
    </form>
  );
}
