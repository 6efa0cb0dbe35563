"use client";
import { useFormStatus } from "react-dom";

export function SubmitButton({
  children,
  name,
  value,
  tone = "primary",
}: {
  children: React.ReactNode;
  name?: string;
  value?: string;
  tone?: "primary" | "danger" | "plain";
}) {
  const { pending } = useFormStatus();
  const colors =
    tone === "danger"
      ? "bg-red-700 text-white hover:bg-red-800"
      : tone === "plain"
        ? "border border-stone-300 bg-white text-ink hover:bg-stone-100"
        : "bg-accent text-white hover:opacity-90";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`rounded-md px-4 py-2 font-semibold disabled:opacity-60 ${colors}`}
    >
      {children}
    </button>
  );
}
