import Link from "next/link";
import { SIDE_LABELS } from "@/lib/format";
import type { TimelineMeeting } from "@/lib/queries/timeline";
import { ReviewBadge, StatusBadge } from "./badges";
import { MeetingDate } from "./meeting-date";

export function MeetingCard({ m }: { m: TimelineMeeting }) {
  const planned = m.status === "planned";
  return (
    <li
      className={`rounded-lg border bg-white p-4 shadow-sm ${planned ? "border-dashed border-planned" : "border-stone-200"}`}
      data-testid="meeting"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={`/meetings/${m.id}`} className="font-bold">
          <MeetingDate start={m.dateStart} end={m.dateEnd} precision={m.precision} />
        </Link>
        <StatusBadge status={m.status} />
        <ReviewBadge reviewStatus={m.reviewStatus} />
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="المشاركون">
        {m.participants.map((p) => (
          <li key={p.id}>
            {p.official ? (
              <Link href={`/officials/${p.official.slug}`}>{p.official.nameAr}</Link>
            ) : (
              <span>{p.roleText ?? "مشارك غير محدد"}</span>
            )}
            <span className="ms-1 text-xs text-muted">({SIDE_LABELS[p.side] ?? p.side})</span>
          </li>
        ))}
      </ul>
      {m.place && (
        <p className="mt-1 text-sm">
          <span className="text-muted">المكان:</span> {m.place}
        </p>
      )}
      {m.topics.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-muted">المواضيع:</span> {m.topics.join("، ")}
        </p>
      )}
      <p className="mt-2 text-sm">
        <span className="text-muted">المصادر:</span>{" "}
        {m.sources.map((s, i) => (
          <span key={s.articleId}>
            {i > 0 && "، "}
            <Link href={`/articles/${s.articleId}`} data-testid="source-link">
              {s.source ?? s.title ?? `مقال ${s.articleId}`}
            </Link>
          </span>
        ))}
      </p>
    </li>
  );
}
