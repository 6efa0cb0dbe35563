"use client";
import { useActionState } from "react";
import { FormAlert, TextField } from "../_components/fields";
import { SubmitButton } from "../_components/submit-button";
import { signInAction } from "./sign-in-action";

export function LoginForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, undefined);
  return (
    <form action={action} noValidate className="rounded-lg border border-stone-200 bg-white p-6">
      <FormAlert message={state?.formError} />
      <input type="hidden" name="next" value={state?.values.next ?? next ?? ""} />
      <TextField
        name="email"
        label="البريد الإلكتروني"
        type="email"
        dir="ltr"
        autoComplete="username"
        required
        defaultValue={state?.values.email}
        errors={state?.fieldErrors}
      />
      <TextField
        name="password"
        label="كلمة المرور"
        type="password"
        dir="ltr"
        autoComplete="current-password"
        required
        errors={state?.fieldErrors}
      />
      <SubmitButton>دخول</SubmitButton>
    </form>
  );
}
