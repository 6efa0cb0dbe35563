import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { formatDay } from "@/lib/format";
import { getArticle } from "@/lib/queries/articles";

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const id = parseId((await params).id);
  const article = id ? await getArticle(id) : null;
  return { title: article?.title ?? "مقال غير موجود" };
}

/** Splits the text into plain and highlighted runs; overlapping evidence spans are merged. */
function segments(text: string, spans: { start: number; end: number }[]) {
  const merged: { start: number; end: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: { text: string; mark: boolean }[] = [];
  let pos = 0;
  for (const s of merged) {
    if (s.start > pos) out.push({ text: text.slice(pos, s.start), mark: false });
    out.push({ text: text.slice(Math.max(pos, s.start), s.end), mark: true });
    pos = Math.max(pos, s.end);
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const article = id ? await getArticle(id) : null;
  if (!article) notFound();
  const spans = article.evidence.filter((e) => e.kind === "meeting" && e.start >= 0 && e.end <= article.text.length);
  return (
    <article>
      <h1 className="mb-2 text-2xl font-bold">{article.title ?? `مقال ${article.id}`}</h1>
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 text-sm text-muted">
        <dt>المصدر</dt>
        <dd>{article.source ?? "غير معروف"}</dd>
        <dt>تاريخ النشر</dt>
        <dd>{article.published ? formatDay(article.published) : "غير معروف"}</dd>
        {article.url && (
          <>
            <dt>الرابط</dt>
            <dd>
              <a href={article.url} rel="noopener noreferrer nofollow" dir="ltr">
                {article.url}
              </a>
            </dd>
          </>
        )}
      </dl>
      <div className="whitespace-pre-line rounded-lg border border-stone-200 bg-white p-5 leading-loose" data-testid="article-text">
        {segments(article.text, spans).map((s, i) =>
          s.mark ? (
            <mark key={i} className="evidence">
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
      {article.sources.length > 0 && (
        <p className="mt-4 text-sm">
          لقاءات مستخرجة من هذا المقال:{" "}
          {article.sources.map((s, i) => (
            <span key={s.meetingId}>
              {i > 0 && "، "}
              <Link href={`/meetings/${s.meetingId}`}>لقاء {s.meetingId}</Link>
            </span>
          ))}
        </p>
      )}
    </article>
  );
}
