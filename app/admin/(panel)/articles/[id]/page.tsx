import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatMeetingDate } from "@/lib/format";
import { getArticleForEdit } from "@/lib/queries/admin-articles";
import { FormAlert } from "../../../_components/fields";
import { parseId } from "../../../_lib/params";
import { ArticleForm } from "./article-form";

export const metadata: Metadata = { title: "تعديل مقال" };

export default async function EditArticle({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; created?: string }>;
}) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const [article, sp] = await Promise.all([getArticleForEdit(id), searchParams]);
  if (!article) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">تعديل المقال: {article.title ?? `مقال ${article.id}`}</h1>
      <p className="text-sm text-muted">
        <Link href={`/articles/${article.id}`}>الصفحة العامة</Link> ·{" "}
        <Link href={`/admin/audit?entity=Article&entityId=${article.id}`}>سجل تغييراته</Link>
      </p>
      {sp.saved === "1" && <FormAlert tone="info" message="حُفظت التعديلات." />}
      {sp.created === "1" && <FormAlert tone="info" message="أُضيف المقال واستُخرجت لقاءاته." />}
      {sp.created === "0" && <FormAlert tone="info" message="هذا النص موجود مسبقًا: لم يُضف شيء." />}
      <ArticleForm
        key={article.updatedAt.toISOString()}
        initial={{
          id: String(article.id),
          title: article.title ?? "",
          source: article.source ?? "",
          url: article.url ?? "",
          published: article.published ?? "",
        }}
      />
      <section aria-labelledby="meetings-h" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="meetings-h" className="mb-2 text-lg font-bold">
          اللقاءات المستخرجة من هذا المقال
        </h2>
        <ul className="space-y-1">
          {article.sources.map((s) => (
            <li key={s.meetingId}>
              <Link href={`/admin/meetings/${s.meetingId}`}>اللقاء {s.meetingId}</Link>:{" "}
              {formatMeetingDate(s.dateStart, s.dateEnd, s.precision)}
              {s.dateText && (
                <span className="text-muted">
                  {" "}
                  («{s.dateText}»{s.dateDependsOnPublished ? "، نسبةً إلى تاريخ النشر" : ""})
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
