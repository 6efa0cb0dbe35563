import { REVIEW_LABELS, STATUS_LABELS } from "@/lib/format";

/** Held and planned differ in text, border style and colour: never colour alone. */
export function StatusBadge({ status }: { status: string }) {
  const planned = status === "planned";
  return (
    <span
      className={`inline-block rounded border px-2 text-sm leading-6 ${planned ? "border-dashed border-planned bg-amber-50 text-planned" : "border-emerald-700 bg-emerald-50 text-accent"}`}
    >
      <span aria-hidden="true">{planned ? "◌ " : "● "}</span>
      {STATUS_LABELS[status] ?? status}
    </span>
  );
}

export function ReviewBadge({ reviewStatus }: { reviewStatus: string }) {
  const reviewed = reviewStatus === "reviewed";
  return (
    <span
      className={`inline-block rounded px-2 text-sm leading-6 ${reviewed ? "bg-sky-50 text-sky-900" : "bg-stone-100 text-muted"}`}
    >
      <span aria-hidden="true">{reviewed ? "✓ " : "⚙ "}</span>
      {REVIEW_LABELS[reviewStatus] ?? reviewStatus}
    </span>
  );
}
