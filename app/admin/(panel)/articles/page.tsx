import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, formatNumber } from "@/lib/format";
import { listArticlesForAdmin } from "@/lib/queries/admin-articles";
import { parsePage } from "../../_lib/params";

export const metadata: Metadata = { title: "المقالات" };

export default async function ArticlesAdmin({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page);
  const { rows, total, pages } = await listArticlesForAdmin(page);
  return (
    <div>
      <div className="mb-4 flex items-center gap-4">
        <h1 className="text-2xl font-bold">المقالات</h1>
        <Link href="/admin/articles/new" className="ms-auto rounded-md bg-accent px-3 py-1 text-white no-underline">
          مقال جديد
        </Link>
      </div>
      <p className="mb-2 text-sm text-muted">{formatNumber(total)} مقالًا</p>
      <ul className="divide-y divide-stone-100 bg-white">
        {rows.map((a) => (
          <li key={a.id} className="p-2">
            <Link href={`/admin/articles/${a.id}`}>{a.title ?? `مقال ${a.id}`}</Link>
            <span className="ms-2 text-sm text-muted">
              {a.source ?? "مصدر غير معروف"} · {a.published ? formatDay(a.published, false) : "تاريخ النشر غير معروف"} ·{" "}
              {formatNumber(a._count.sources)} لقاء
            </span>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label="الصفحات" className="mt-4 flex gap-4">
          {page > 1 && <Link href={`/admin/articles?page=${page - 1}`}>السابق</Link>}
          {page < pages && <Link href={`/admin/articles?page=${page + 1}`}>التالي</Link>}
        </nav>
      )}
    </div>
  );
}
