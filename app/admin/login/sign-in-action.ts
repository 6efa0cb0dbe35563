"use server";
// The one server action that runs without a session: it is how a session is made.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress, requestIsHttps, SESSION_COOKIE, sessionCookieOptions, signIn } from "@/lib/auth";
import { getDb } from "@/lib/db";
import { failure, formDataToObject, toFieldErrors, type FormState } from "@/lib/schemas/form-state";
import { signInSchema, type SignInValues } from "@/lib/schemas/sign-in";

/** Deliberately the same message for an unknown email and a wrong password. */
const INVALID = "البريد الإلكتروني أو كلمة المرور غير صحيحين";

export async function signInAction(
  _prev: FormState<SignInValues> | undefined,
  formData: FormData,
): Promise<FormState<SignInValues>> {
  const raw = formDataToObject(formData);
  const values: SignInValues = {
    email: typeof raw.email === "string" ? raw.email : "",
    next: typeof raw.next === "string" ? raw.next : undefined,
  };
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error);
    delete errors.next;
    return failure(values, errors);
  }
  const result = await signIn(getDb(), {
    email: parsed.data.email,
    password: parsed.data.password,
    address: await clientAddress(),
  });
  if (!result.ok) {
    const message =
      result.reason === "rate-limited"
        ? `محاولات دخول فاشلة كثيرة. انتظر ${result.retryAfterMinutes} دقيقة ثم حاول مجددًا.`
        : INVALID;
    return failure(values, {}, message);
  }
  (await cookies()).set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt, await requestIsHttps()));
  redirect(parsed.data.next);
}
