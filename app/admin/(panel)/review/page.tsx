import type { Metadata } from "next";
import Link from "next/link";
import { formatMeetingDate, formatNumber } from "@/lib/format";
import { BUSY_MESSAGE_AR } from "@/lib/mutations/busy";
import { getReviewQueue } from "@/lib/queries/admin-review";
import { SIDE_LABELS } from "@/lib/schemas/meeting-form";
import { FormAlert } from "../../_components/fields";
import { reviewAction } from "./review-action";

export const metadata: Metadata = { title: "المراجعة" };

function Decision({ entity, id, name }: { entity: "Meeting" | "Official"; id: number; name: string }) {
  return (
    <div className="flex flex-wrap gap-2">
      <form action={reviewAction}>
        <input type="hidden" name="entity" value={entity} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" aria-label={`اعتماد ${name}`} className="rounded-md bg-accent px-3 py-1 text-white">
          اعتماد
        </button>
      </form>
      <Link
        href={entity === "Meeting" ? `/admin/meetings/${id}` : `/admin/officials/${id}`}
        aria-label={`تصحيح ${name}`}
        className="rounded-md border border-stone-300 px-3 py-1 no-underline"
      >
        تصحيح
      </Link>
      <form action={reviewAction}>
        <input type="hidden" name="entity" value={entity} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="decision" value="reject" />
        <button
          type="submit"
          aria-label={`رفض ${name}`}
          className="rounded-md border border-red-300 px-3 py-1 text-red-800"
        >
          رفض
        </button>
      </form>
    </div>
  );
}

export default async function ReviewQueue({
  searchParams,
}: {
  searchParams: Promise<{ done?: string; busy?: string; error?: string }>;
}) {
  const [q, sp] = await Promise.all([getReviewQueue(), searchParams]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">قائمة المراجعة</h1>
      {sp.busy && <FormAlert message={BUSY_MESSAGE_AR} />}
      {sp.error && <FormAlert message="لم يُفهم الطلب فلم يُسجَّل أي قرار. أعد المحاولة من القائمة أدناه." />}
      {sp.done && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          سُجّل القرار. يمكن التراجع عنه من سجل التغييرات.
        </p>
      )}
      <section aria-labelledby="rq-meetings">
        <h2 id="rq-meetings" className="mb-3 text-xl font-bold">
          لقاءات مستخرجة آليًا ({formatNumber(q.meetingCount)})
        </h2>
        {q.meetings.length === 0 && <p className="text-muted">لا لقاءات تنتظر المراجعة.</p>}
        <ul className="space-y-3">
          {q.meetings.map((m) => {
            const name = `اللقاء ${m.id}`;
            return (
              <li key={m.id} className="rounded-lg border border-stone-200 bg-white p-4" aria-label={name}>
                <p className="font-semibold">
                  {m.participants
                    .map(
                      (p) =>
                        `${p.official?.nameAr ?? p.roleText ?? "؟"} (${SIDE_LABELS[p.side as keyof typeof SIDE_LABELS] ?? p.side})`,
                    )
                    .join(" · ")}
                </p>
                <p className="text-sm text-muted">
                  {name} · {formatMeetingDate(m.dateStart, m.dateEnd, m.precision)}
                  {m.dateText ? ` («${m.dateText}»)` : ""}
                  {m.place ? ` · ${m.place}` : ""}
                </p>
                <ul className="my-2 space-y-1 text-sm">
                  {m.evidence.map((e) => (
                    <li key={e.id}>
                      <mark className="evidence">{e.text}</mark> —{" "}
                      <Link href={`/articles/${e.article.id}`}>
                        {e.article.title ?? e.article.source ?? `مقال ${e.article.id}`}
                      </Link>
                    </li>
                  ))}
                </ul>
                <Decision entity="Meeting" id={m.id} name={name} />
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="rq-officials">
        <h2 id="rq-officials" className="mb-3 text-xl font-bold">
          مسؤولون مستخرجون آليًا ({formatNumber(q.officialCount)})
        </h2>
        {q.officials.length === 0 && <p className="text-muted">لا مسؤولين ينتظرون المراجعة.</p>}
        <ul className="space-y-3">
          {q.officials.map((o) => (
            <li key={o.id} className="rounded-lg border border-stone-200 bg-white p-4" aria-label={o.nameAr}>
              <p className="font-semibold">
                {o.nameAr}
                {o.nameEn && (
                  <span className="ms-2 text-muted" dir="ltr">
                    {o.nameEn}
                  </span>
                )}
              </p>
              <p className="text-sm text-muted">
                {o.country ?? "بلد غير معروف"}
                {o.aliases.length > 0 && ` · يُكتب أيضًا: ${o.aliases.map((a) => a.alias).join("، ")}`}
                {o.mentions.some((m) => m.role) &&
                  ` · ${o.mentions
                    .map((m) => m.role)
                    .filter(Boolean)
                    .join("، ")}`}
              </p>
              <ul className="my-2 space-y-1 text-sm">
                {o.participations.flatMap((p) =>
                  p.evidence.map((e) => (
                    <li key={e.id}>
                      <mark className="evidence">{e.text}</mark> —{" "}
                      <Link href={`/admin/meetings/${p.meeting.id}`}>اللقاء {p.meeting.id}</Link>
                    </li>
                  )),
                )}
                {o.participations.length === 0 &&
                  o.mentions.map((m) => (
                    <li key={m.article.id}>
                      ذُكر في <Link href={`/articles/${m.article.id}`}>{m.article.title ?? `مقال ${m.article.id}`}</Link>
                    </li>
                  ))}
              </ul>
              <Decision entity="Official" id={o.id} name={o.nameAr} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
