import type { Metadata } from "next";
import Link from "next/link";
import { formatMeetingDate, formatNumber } from "@/lib/format";
import { listMeetingsForAdmin } from "@/lib/queries/admin-meetings";
import { REVIEW_STATUS_LABELS } from "@/lib/schemas/form-state";
import { parsePage } from "../../_lib/params";

export const metadata: Metadata = { title: "اللقاءات" };

export default async function MeetingsAdmin({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; show?: string }>;
}) {
  const sp = await searchParams;
  const page = parsePage(sp.page);
  const show = sp.show === "deleted" ? "deleted" : sp.show === "all" ? "all" : "active";
  const { rows, total, pages } = await listMeetingsForAdmin(page, show);
  const href = (p: number, s = show) => `/admin/meetings?${new URLSearchParams({ show: s, page: String(p) })}`;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">اللقاءات</h1>
      <nav aria-label="تصفية" className="mb-3 flex gap-4 text-sm">
        <Link href={href(1, "active")} aria-current={show === "active" ? "page" : undefined}>
          الظاهرة
        </Link>
        <Link href={href(1, "deleted")} aria-current={show === "deleted" ? "page" : undefined}>
          المحذوفة
        </Link>
        <Link href={href(1, "all")} aria-current={show === "all" ? "page" : undefined}>
          الكل
        </Link>
      </nav>
      <p className="mb-2 text-sm text-muted">{formatNumber(total)} لقاءً</p>
      <ul className="divide-y divide-stone-100 bg-white">
        {rows.map((m) => (
          <li key={m.id} className="p-2">
            <Link href={`/admin/meetings/${m.id}`}>
              {m.participants.map((p) => p.official?.nameAr ?? p.roleText ?? "؟").join(" · ") || `لقاء ${m.id}`}
            </Link>
            <span className="ms-2 text-sm text-muted">
              {formatMeetingDate(m.dateStart, m.dateEnd, m.precision)}
              {m.place ? ` · ${m.place}` : ""} ·{" "}
              {REVIEW_STATUS_LABELS[m.reviewStatus as keyof typeof REVIEW_STATUS_LABELS] ?? m.reviewStatus}
              {m.deletedAt ? " · محذوف" : ""}
            </span>
          </li>
        ))}
      </ul>
      {pages > 1 && (
        <nav aria-label="الصفحات" className="mt-4 flex gap-4">
          {page > 1 && <Link href={href(page - 1)}>السابق</Link>}
          <span>
            صفحة {formatNumber(page)} من {formatNumber(pages)}
          </span>
          {page < pages && <Link href={href(page + 1)}>التالي</Link>}
        </nav>
      )}
    </div>
  );
}
