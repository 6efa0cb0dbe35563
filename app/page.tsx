import Link from "next/link";
import { formatHijri, formatMeetingDate, formatMonth, MEETING_FORMS, countLabel, REVIEW_LABELS, SIDE_LABELS, STATUS_LABELS } from "@/lib/format";
import { listTimeline, type TimelineMeeting } from "@/lib/queries/timeline";

export const dynamic = "force-dynamic";

function groupByMonth(meetings: TimelineMeeting[]) {
  const years = new Map<string, Map<string, TimelineMeeting[]>>();
  for (const m of meetings) {
    const year = m.dateStart?.slice(0, 4) ?? "—";
    const month = m.dateStart && m.precision !== "year" ? m.dateStart.slice(0, 7) : year;
    const months = years.get(year) ?? new Map<string, TimelineMeeting[]>();
    months.set(month, [...(months.get(month) ?? []), m]);
    years.set(year, months);
  }
  return years;
}

export default async function TimelinePage() {
  const meetings = await listTimeline();
  const years = groupByMonth(meetings);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">الخط الزمني للقاءات</h1>
      <p className="mb-6 text-muted">{countLabel(meetings.length, MEETING_FORMS)}</p>
      {meetings.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-center text-muted">
          لا توجد لقاءات بعد. أضف مقالات عبر أمر الاستيراد (<code dir="ltr">npm run ingest -- seeds/</code>).
        </p>
      ) : (
        [...years].map(([year, months]) => (
          <section key={year} aria-labelledby={`y-${year}`} className="mb-8">
            <h2 id={`y-${year}`} className="mb-3 border-b border-stone-300 text-xl font-bold">
              {year === "—" ? "تاريخ غير معروف" : year}
            </h2>
            {[...months].map(([month, items]) => (
              <section key={month} aria-label={month.length === 7 ? formatMonth(month) : year} className="mb-4">
                {month.length === 7 && <h3 className="mb-2 text-lg font-bold text-muted">{formatMonth(month)}</h3>}
                <ol className="space-y-3">
                  {items.map((m) => (
                    <MeetingCard key={m.id} m={m} />
                  ))}
                </ol>
              </section>
            ))}
          </section>
        ))
      )}
    </>
  );
}

function MeetingCard({ m }: { m: TimelineMeeting }) {
  const planned = m.status === "planned";
  return (
    <li
      className={`rounded-lg border bg-white p-4 shadow-sm ${planned ? "border-dashed border-planned" : "border-stone-200"}`}
      data-testid="meeting"
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={`/meetings/${m.id}`} className="font-bold">
          <time dateTime={m.dateStart ?? undefined}>{formatMeetingDate(m.dateStart, m.dateEnd, m.precision)}</time>
        </Link>
        {m.precision === "day" && m.dateStart && <span className="text-sm text-muted">{formatHijri(m.dateStart)}</span>}
        <span className={`rounded px-2 text-sm ${planned ? "bg-amber-100 text-planned" : "bg-emerald-50 text-accent"}`}>
          {STATUS_LABELS[m.status] ?? m.status}
        </span>
        <span className="text-sm text-muted">{REVIEW_LABELS[m.reviewStatus] ?? m.reviewStatus}</span>
      </div>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="المشاركون">
        {m.participants.map((p) => (
          <li key={p.id}>
            {p.official ? <Link href={`/officials/${p.official.slug}`}>{p.official.nameAr}</Link> : <span>{p.roleText}</span>}
            <span className="ms-1 text-xs text-muted">({SIDE_LABELS[p.side] ?? p.side})</span>
          </li>
        ))}
      </ul>
      {m.place && <p className="mt-1 text-sm">المكان: {m.place}</p>}
      {m.topics.length > 0 && <p className="mt-1 text-sm text-muted">المواضيع: {m.topics.join("، ")}</p>}
      <p className="mt-2 text-sm">
        المصادر:{" "}
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
