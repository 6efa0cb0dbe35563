// Form controls with the label, the field error beside the field (aria-describedby) and an
// aria-live region, so a screen reader hears the error the server returned.
import type { ReactNode } from "react";

export type Errors = Record<string, string[] | undefined>;

const inputClass =
  "w-full rounded-md border border-stone-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

export function FieldError({ name, errors }: { name: string; errors?: Errors }) {
  const list = errors?.[name];
  return (
    <p id={`${fieldId(name)}-error`} aria-live="polite" className="mt-1 min-h-0 text-sm text-red-700">
      {list?.join("، ")}
    </p>
  );
}

export function fieldId(name: string): string {
  return `f-${name.replace(/[^\w-]/g, "-")}`;
}

function a11y(name: string, errors?: Errors, hint?: boolean) {
  const invalid = !!errors?.[name]?.length;
  const describedBy = [`${fieldId(name)}-error`, hint ? `${fieldId(name)}-hint` : null].filter(Boolean).join(" ");
  return { id: fieldId(name), name, "aria-invalid": invalid, "aria-describedby": describedBy };
}

function Wrapper({
  name,
  label,
  hint,
  errors,
  children,
  required,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: Errors;
  children: ReactNode;
  required?: boolean;
}) {
  return (
    <div className="mb-4">
      <label htmlFor={fieldId(name)} className="mb-1 block font-semibold">
        {label}
        {required && (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      {hint && (
        <p id={`${fieldId(name)}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  defaultValue?: string | null;
  errors?: Errors;
  required?: boolean;
  type?: "text" | "email" | "password" | "url" | "date";
  dir?: "ltr" | "rtl" | "auto";
  hint?: string;
  autoComplete?: string;
  maxLength?: number;
  placeholder?: string;
}) {
  const {
    name,
    label,
    defaultValue,
    errors,
    required,
    type = "text",
    dir,
    hint,
    autoComplete,
    maxLength,
    placeholder,
  } = props;
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors} required={required}>
      <input
        {...a11y(name, errors, !!hint)}
        type={type}
        defaultValue={defaultValue ?? ""}
        required={required}
        dir={dir}
        autoComplete={autoComplete}
        maxLength={maxLength}
        placeholder={placeholder}
        className={inputClass}
      />
    </Wrapper>
  );
}

export function TextAreaField(props: {
  name: string;
  label: string;
  defaultValue?: string | null;
  errors?: Errors;
  required?: boolean;
  rows?: number;
  hint?: string;
}) {
  const { name, label, defaultValue, errors, required, rows = 3, hint } = props;
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors} required={required}>
      <textarea
        {...a11y(name, errors, !!hint)}
        defaultValue={defaultValue ?? ""}
        required={required}
        rows={rows}
        className={inputClass}
      />
    </Wrapper>
  );
}

export function SelectField(props: {
  name: string;
  label: string;
  defaultValue?: string | null;
  errors?: Errors;
  required?: boolean;
  options: readonly { value: string; label: string }[];
  hint?: string;
}) {
  const { name, label, defaultValue, errors, required, options, hint } = props;
  return (
    <Wrapper name={name} label={label} hint={hint} errors={errors} required={required}>
      {/* React applies a select's defaultValue only when it mounts, and resets the form after an
          action: without the key, a refused save would show the old choice, not the one just sent. */}
      <select
        key={defaultValue ?? ""}
        {...a11y(name, errors, !!hint)}
        defaultValue={defaultValue ?? ""}
        required={required}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

export function FormAlert({ message, tone = "error" }: { message?: string; tone?: "error" | "info" }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      aria-live={tone === "error" ? "assertive" : "polite"}
      className={
        message
          ? `mb-4 rounded-md border p-3 ${tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`
          : ""
      }
    >
      {message}
    </div>
  );
}
