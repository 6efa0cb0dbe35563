// The one result shape every admin form returns, and the helpers that turn FormData into
// the nested object a form's zod schema parses. Shared by forms (client) and actions (server).
import { z } from "zod";
import { hasBidiControls, hasControlChars } from "../text/controls";

export type FieldErrors = Record<string, string[]>;

/** What a form shows after a failed submit: errors beside their fields and what the user typed. */
export interface FormState<V = Record<string, unknown>> {
  ok: false;
  fieldErrors: FieldErrors;
  formError?: string;
  values: V;
}

export function failure<V>(values: V, fieldErrors: FieldErrors = {}, formError?: string): FormState<V> {
  return { ok: false, fieldErrors, ...(formError ? { formError } : {}), values };
}

/** `participants.0.side` → ["participants.0.side"]: the key a form uses to place the message. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Row indexes beyond this are ignored: no form has that many rows, and a huge index would allocate. */
const MAX_INDEX = 500;

type Nested = { [key: string]: string | Nested | Nested[] };

/**
 * FormData with dotted names («participants.0.side») as a nested object of strings. Files and
 * Next's internal `$ACTION_…` fields are skipped; rows with gaps are compacted.
 */
export function formDataToObject(fd: FormData): Record<string, unknown> {
  const root: Nested = {};
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const parts = key.split(".");
    if (parts.some((p) => UNSAFE_KEYS.has(p) || p === "")) continue;
    if (parts.some((p) => /^\d+$/.test(p) && Number(p) > MAX_INDEX)) continue;
    let cur: Record<string, unknown> = root;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === parts.length - 1) {
        cur[p] = value;
      } else {
        const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
        const existing = cur[p];
        if (typeof existing !== "object" || existing === null) cur[p] = nextIsIndex ? [] : {};
        cur = cur[p] as Record<string, unknown>;
      }
    }
  }
  return compact(root) as Record<string, unknown>;
}

function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]));
  }
  return v;
}

// Field building blocks with Arabic messages, so every schema speaks the same language.

/**
 * Control characters (NUL among them, which PostgreSQL refuses in text) and bidi overrides have no
 * place in a name, a place or a topic: refused with a field error rather than failing the save.
 */
export const hasForbiddenChars = (v: string) => hasControlChars(v) || hasBidiControls(v);
const forbiddenMessage = (label: string) => `${label} يحتوي على محارف تحكّم غير مسموح بها`;

export const requiredText = (label: string, max = 300) =>
  z
    .string({ error: `${label} مطلوب` })
    .trim()
    .min(1, { error: `${label} مطلوب`, abort: true })
    .max(max, { error: `${label} أطول من ${max} حرفًا` })
    .refine((v) => !hasForbiddenChars(v), { error: forbiddenMessage(label) });

export const optionalText = (label: string, max = 300) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} أطول من ${max} حرفًا` })
    .refine((v) => !hasForbiddenChars(v), { error: forbiddenMessage(label) })
    .optional()
    .transform((v) => (v ? v : null));

export const idField = (label = "المعرّف") =>
  z.coerce
    .number({ error: `${label} غير صالح` })
    .int({ error: `${label} غير صالح` })
    .positive({ error: `${label} غير صالح` });

export const optionalId = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^\d{1,9}$/.test(v) || Number(v) <= 0) {
        ctx.addIssue({ code: "custom", message: `${label} غير صالح` });
        return z.NEVER;
      }
      return Number(v);
    });

export const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "1" || v === "true");

/** A real calendar day, YYYY-MM-DD. */
export function isIsoDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** YYYY, YYYY-MM or YYYY-MM-DD (tenures are often known only to the month or year). */
export function isPartialDate(v: string): boolean {
  if (/^\d{4}$/.test(v)) return true;
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDay(v);
}

export const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!isIsoDay(v)) {
        ctx.addIssue({ code: "custom", message: `${label}: تاريخ غير صالح، اكتبه بالشكل 2022-09-19` });
        return z.NEVER;
      }
      return v;
    });

export const optionalPartialDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!isPartialDate(v)) {
        ctx.addIssue({
          code: "custom",
          message: `${label}: اكتب السنة أو الشهر أو اليوم بالشكل 2022 أو 2022-09 أو 2022-09-19`,
        });
        return z.NEVER;
      }
      return v;
    });

export const countryCode = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const up = v.toUpperCase();
    if (!/^[A-Z]{2}$/.test(up)) {
      ctx.addIssue({ code: "custom", message: "رمز البلد حرفان لاتينيان (مثل MA أو US)" });
      return z.NEVER;
    }
    return up;
  });

export const optionalUrl = z
  .string()
  .trim()
  .max(2000, { error: "الرابط أطول من 2000 حرف" })
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    try {
      const u = new URL(v);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error("scheme");
      return u.toString();
    } catch {
      ctx.addIssue({ code: "custom", message: "الرابط غير صالح: يبدأ بـ https://" });
      return z.NEVER;
    }
  });

/** One entry per line; blank lines dropped, duplicates kept once. */
export const lines = (label: string, maxEach = 200, maxCount = 50) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const out = [
        ...new Set(
          (v ?? "")
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        ),
      ];
      if (out.length > maxCount) ctx.addIssue({ code: "custom", message: `${label}: ${maxCount} على الأكثر` });
      if (out.some((l) => l.length > maxEach))
        ctx.addIssue({ code: "custom", message: `${label}: كل سطر ${maxEach} حرفًا على الأكثر` });
      if (out.some(hasForbiddenChars)) ctx.addIssue({ code: "custom", message: forbiddenMessage(label) });
      return out;
    });

export const REVIEW_STATUSES = ["machine", "reviewed", "rejected"] as const;
export const REVIEW_STATUS_LABELS: Record<(typeof REVIEW_STATUSES)[number], string> = {
  machine: "مستخرج آليًا (لم يُراجع)",
  reviewed: "مُراجَع",
  rejected: "مرفوض",
};
export const reviewStatus = z.enum(REVIEW_STATUSES, { error: "حالة المراجعة غير صالحة" });
