import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  formatDay,
  formatMeetingDate,
  formatTimestamp,
  KIND_LABELS,
  PUBLISHED_BY_LABELS,
  SIDE_LABELS,
} from "@/lib/format";
import { evidenceRuns } from "@/lib/format/segments";
import { getArticle } from "@/lib/queries/articles";
import { StatusBadge } from "../../_components/badges";
import { pageMetadata } from "../../_components/page-meta";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

const load = cache(async (raw: string) => {
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const article = id ? await getArticle(id) : null;
  if (!article) notFound();
  return article;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const a = await load((await params).id);
  const title = a.title ?? `مقال ${a.id}`;
  const description = `${a.source ?? "مصدر غير معروف"}${a.published ? `، ${formatDay(a.published)}` : ""}: ${a.sources.length} لقاء مستخرج، مع الجمل التي تثبتها مظلَّلة في النص.`;
  return pageMetadata({ title, description, path: `/articles/${a.id}`, type: "article" });
}

export default async function ArticlePage({ params }: { params: Params }) {
  const a = await load((await params).id);
  const runs = evidenceRuns(a.text, a.evidence);
  return (
    <article className="grid gap-6 lg:grid-cols-[1fr_18rem]">
      <div>
        <h1 className="mb-2 text-2xl font-bold">{a.title ?? `مقال ${a.id}`}</h1>
        <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
          <dt className="text-muted">المصدر</dt>
          <dd>{a.source ?? "غير معروف"}</dd>
          <dt className="text-muted">تاريخ النشر</dt>
          <dd>
            {a.published ? formatDay(a.published) : "غير معروف"}
            {a.published && (
              <span className="ms-2 text-muted">({PUBLISHED_BY_LABELS[a.publishedBy] ?? a.publishedBy})</span>
            )}
          </dd>
          {a.url && (
            <>
              <dt className="text-muted">الرابط</dt>
              <dd>
                <a href={a.url} rel="noopener noreferrer nofollow ugc" dir="ltr" className="break-all">
                  {a.url}
                </a>
              </dd>
            </>
          )}
          {a.file && (
            <>
              <dt className="text-muted">الملف</dt>
              <dd dir="ltr" className="text-end">
                {a.file}
              </dd>
            </>
          )}
          <dt className="text-muted">أُضيف</dt>
          <dd>{formatTimestamp(a.ingestedAt)}</dd>
        </dl>
        <p className="mb-2 text-sm text-muted">
          <mark className="evidence-legend">المظلَّل</mark> جمل استُخرجت منها اللقاءات وتواريخها وأماكنها.
        </p>
        <div
          className="whitespace-pre-line rounded-lg border border-stone-200 bg-white p-5 leading-loose"
          data-testid="article-text"
        >
          {runs.map((r) => {
            const anchors = r.starts.map((s) => s.id);
            if (r.covers.length === 0) return <span key={r.start}>{r.text}</span>;
            const kinds = [...new Set(r.covers.map((c) => c.kind))];
            return (
              <mark
                key={r.start}
                id={anchors.length ? `ev-${anchors[0]}` : undefined}
                className={`evidence ${kinds
                  .filter((k) => k !== "meeting")
                  .map((k) => `evidence-${k}`)
                  .join(" ")}`}
                title={kinds.map((k) => KIND_LABELS[k] ?? k).join("، ")}
              >
                {anchors.slice(1).map((id) => (
                  <span key={id} id={`ev-${id}`} />
                ))}
                {r.text}
              </mark>
            );
          })}
        </div>
      </div>

      <aside aria-labelledby="extracted" className="lg:sticky lg:top-4 lg:self-start">
        <h2 id="extracted" className="mb-2 text-lg font-bold">
          ما استُخرج من هذا المقال
        </h2>
        {a.sources.length === 0 ? (
          <p className="text-sm text-muted">لم يُستخرج منه أي لقاء.</p>
        ) : (
          <ol className="space-y-3 text-sm">
            {a.sources.map((s) => {
              const ev = a.evidence.filter((e) => e.meetingId === s.meetingId);
              return (
                <li
                  key={s.meetingId}
                  className="rounded border border-stone-200 bg-white p-3"
                  data-testid="extracted-meeting"
                >
                  <Link href={`/meetings/${s.meetingId}`} className="font-bold">
                    {formatMeetingDate(s.dateStart, s.dateEnd, s.precision)}
                  </Link>
                  <div className="mt-1">
                    <StatusBadge status={s.status} />
                  </div>
                  <ul className="mt-1">
                    {s.meeting.participants.map((p) => (
                      <li key={p.id}>
                        {p.official ? (
                          <Link href={`/officials/${p.official.slug}`}>{p.official.nameAr}</Link>
                        ) : (
                          (p.roleText ?? "مشارك غير محدد")
                        )}
                        <span className="ms-1 text-xs text-muted">({SIDE_LABELS[p.side] ?? p.side})</span>
                      </li>
                    ))}
                  </ul>
                  {s.place && <p>المكان: {s.place}</p>}
                  {ev.length > 0 && (
                    <p className="mt-1">
                      في النص:{" "}
                      {ev.map((e, i) => (
                        <span key={e.id}>
                          {i > 0 && "، "}
                          <a href={`#ev-${e.id}`}>{KIND_LABELS[e.kind] ?? e.kind}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {a.mentions.length > 0 && (
          <>
            <h3 className="mb-1 mt-4 font-bold">المسؤولون المذكورون</h3>
            <ul className="text-sm">
              {a.mentions.map((mn) => {
                const o = mn.official.mergedInto ?? mn.official;
                return (
                  <li key={o.slug}>
                    <Link href={`/officials/${o.slug}`}>{o.nameAr}</Link>
                    {mn.role && <span className="ms-1 text-muted">— {mn.role}</span>}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </aside>
    </article>
  );
}
