import type { Metadata } from "next";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { listOfficialsForAdmin } from "@/lib/queries/admin-officials";
import { REVIEW_STATUS_LABELS } from "@/lib/schemas/form-state";
import { parsePage } from "../../_lib/params";

export const metadata: Metadata = { title: "المسؤولون" };

export default async function OfficialsAdmin({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; page?: string }>;
}) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const page = parsePage(sp.page);
  const { rows, total, pages } = await listOfficialsForAdmin(q || undefined, page);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">المسؤولون</h1>
      <form method="get" role="search" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          ابحث بالاسم
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="ابحث بالاسم أو الاسم البديل"
          className="flex-1 rounded-md border border-stone-300 px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-white">
          بحث
        </button>
      </form>
      <p className="mb-2 text-sm text-muted">{formatNumber(total)} مسؤولًا</p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-start">
            <th className="p-2 text-start">الاسم</th>
            <th className="p-2 text-start">البلد</th>
            <th className="p-2 text-start">اللقاءات</th>
            <th className="p-2 text-start">الحالة</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-b border-stone-100">
              <td className="p-2">
                <Link href={`/admin/officials/${o.id}`}>{o.nameAr}</Link>
                {o.nameEn && (
                  <span className="ms-2 text-muted" dir="ltr">
                    {o.nameEn}
                  </span>
                )}
              </td>
              <td className="p-2">{o.country ?? "—"}</td>
              <td className="p-2">{formatNumber(o._count.participations)}</td>
              <td className="p-2">
                {o.mergedIntoId
                  ? "مدموج"
                  : (REVIEW_STATUS_LABELS[o.reviewStatus as keyof typeof REVIEW_STATUS_LABELS] ?? o.reviewStatus)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={page} pages={pages} q={q} />
    </div>
  );
}

function Pager({ page, pages, q }: { page: number; pages: number; q: string }) {
  if (pages <= 1) return null;
  const href = (p: number) => `/admin/officials?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <nav aria-label="الصفحات" className="mt-4 flex gap-4">
      {page > 1 && <Link href={href(page - 1)}>السابق</Link>}
      <span>
        صفحة {formatNumber(page)} من {formatNumber(pages)}
      </span>
      {page < pages && <Link href={href(page + 1)}>التالي</Link>}
    </nav>
  );
}
