import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  formatDay,
  formatList,
  formatMeetingDate,
  KIND_LABELS,
  PRECISION_LABELS,
  SIDE_LABELS,
  type Precision,
} from "@/lib/format";
import { getMeeting, type MeetingDetail } from "@/lib/queries/meetings";
import { ReviewBadge, StatusBadge } from "../../_components/badges";
import { MeetingDate } from "../../_components/meeting-date";
import { pageMetadata } from "../../_components/page-meta";
import { DateExplanation } from "@/app/_components/explanation";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

const load = cache(async (raw: string) => {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const meeting = id ? await getMeeting(id) : null;
  if (!meeting) notFound();
  return meeting;
});

function names(m: MeetingDetail): string[] {
  return m.participants.map((p) => p.official?.nameAr ?? p.roleText ?? "").filter(Boolean);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = await load((await params).id);
  const date = formatMeetingDate(m.dateStart, m.dateEnd, m.precision);
  const title = `${m.status === "planned" ? "لقاء مرتقب" : "لقاء"} ${formatList(names(m))} — ${date}`;
  const description = [
    m.place ? `في ${m.place}` : null,
    m.topics.length ? `المواضيع: ${m.topics.join("، ")}` : null,
    `المصادر: ${m.sources.length}`,
  ]
    .filter(Boolean)
    .join(". ");
  return pageMetadata({ title, description, path: `/meetings/${m.id}`, type: "article" });
}

export default async function MeetingPage({ params }: { params: Params }) {
  const m = await load((await params).id);
  return (
    <article>
      <header className="mb-6">
        <p className="text-sm text-muted">{m.status === "planned" ? "لقاء مرتقب" : "لقاء"}</p>
        <h1 className="text-2xl font-bold">{formatList(names(m)) || `لقاء ${m.id}`}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-3">
          <MeetingDate start={m.dateStart} end={m.dateEnd} precision={m.precision} className="text-lg font-bold" />
          <StatusBadge status={m.status} />
          <ReviewBadge reviewStatus={m.reviewStatus} />
        </p>
      </header>

      <dl className="mb-8 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-bold">التاريخ</dt>
        <dd data-testid="meeting-date">
          <MeetingDate start={m.dateStart} end={m.dateEnd} precision={m.precision} />
          <span className="ms-2 text-sm text-muted">
            (الدقة: {PRECISION_LABELS[m.precision as Precision] ?? m.precision})
          </span>
          {(m.dateText || m.dateExplanation) && (
            <p className="text-sm">
              {m.dateText && <>كما ورد: «{m.dateText}»</>}
              {m.dateText && m.dateExplanation && " — "}
              {m.dateExplanation && <DateExplanation text={m.dateExplanation} />}
            </p>
          )}
        </dd>
        <dt className="font-bold">المشاركون</dt>
        <dd>
          <ul>
            {m.participants.map((p) => (
              <li key={p.id}>
                {p.official ? (
                  <Link href={`/officials/${p.official.slug}`}>{p.official.nameAr}</Link>
                ) : (
                  <span>{p.roleText ?? "مشارك غير محدد"}</span>
                )}
                <span className="ms-1 text-sm text-muted">({SIDE_LABELS[p.side] ?? p.side})</span>
                {p.official && p.roleText && <span className="ms-2 text-sm">— {p.roleText}</span>}
                {p.resolvedBy === "role" && <span className="ms-2 text-xs text-muted">(عُرف من منصبه)</span>}
                {p.resolvedBy === "unresolved-role" && (
                  <span className="ms-2 text-xs text-muted">(المنصب فقط، لم يُعرف صاحبه)</span>
                )}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold">المكان</dt>
        <dd>{[m.place, m.countryName].filter(Boolean).join("، ") || "غير معروف"}</dd>
        {m.topics.length > 0 && (
          <>
            <dt className="font-bold">المواضيع</dt>
            <dd>
              <ul className="flex flex-wrap gap-2">
                {m.topics.map((t) => (
                  <li key={t} className="rounded bg-stone-100 px-2">
                    {t}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="sources">
        <h2 id="sources" className="mb-3 text-xl font-bold">
          المصادر وما تقوله
        </h2>
        <ol className="space-y-4">
          {m.sources.map((s) => (
            <li
              key={s.articleId}
              className="rounded-lg border border-stone-200 bg-white p-4"
              data-testid="meeting-source"
            >
              <h3 className="font-bold">
                <Link href={`/articles/${s.articleId}`}>{s.article.title ?? `مقال ${s.articleId}`}</Link>
              </h3>
              <p className="text-sm text-muted">
                {[
                  s.article.source ?? "مصدر غير معروف",
                  s.article.published ? `نُشر ${formatDay(s.article.published)}` : "تاريخ النشر غير معروف",
                ].join(" · ")}
              </p>
              <p className="mt-1 text-sm">
                التاريخ في هذا المصدر: {formatMeetingDate(s.dateStart, s.dateEnd, s.precision)}
                {s.dateText && <> («{s.dateText}»)</>}
                {s.dateExplanation && (
                  <>
                    {" — "}
                    <DateExplanation text={s.dateExplanation} />
                  </>
                )}
              </p>
              {s.evidence.length > 0 && (
                <ul className="mt-2 space-y-2">
                  {s.evidence.map((e) => (
                    <li key={e.id}>
                      <blockquote
                        className="border-s-4 border-amber-300 bg-amber-50 px-3 py-1"
                        cite={`/articles/${s.articleId}#ev-${e.id}`}
                      >
                        <span className="me-2 text-xs text-muted">{KIND_LABELS[e.kind] ?? e.kind}:</span>«{e.text}»
                      </blockquote>
                      <Link href={`/articles/${s.articleId}#ev-${e.id}`} className="text-sm">
                        اقرأها في سياقها من المقال
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
