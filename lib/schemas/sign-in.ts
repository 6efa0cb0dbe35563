import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "البريد الإلكتروني مطلوب" })
    .trim()
    .toLowerCase()
    .min(1, { error: "البريد الإلكتروني مطلوب" })
    .max(254, { error: "البريد الإلكتروني أطول من اللازم" })
    .pipe(z.email({ error: "اكتب بريدًا إلكترونيًا صالحًا" })),
  password: z
    .string({ error: "كلمة المرور مطلوبة" })
    .min(1, { error: "كلمة المرور مطلوبة" })
    // scrypt cost grows with input; a cap keeps one request from being a denial of service.
    .max(200, { error: "كلمة المرور أطول من اللازم" }),
  next: z
    .string()
    .optional()
    // Only a local admin path: never an open redirect to another site.
    .transform((v) => (v && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(v) && !v.startsWith("//") ? v : "/admin")),
});

export type SignInValues = { email?: string; next?: string };

/** Passwords set by admin:create. Long passphrases beat composition rules. */
export const newPasswordSchema = z
  .string()
  .min(12, { error: "كلمة المرور 12 حرفًا على الأقل" })
  .max(200, { error: "كلمة المرور أطول من 200 حرف" });
