import type { Metadata } from "next";
import Link from "next/link";
import { countLabel, MEETING_FORMS, OFFICIAL_FORMS, REVIEW_LABELS } from "@/lib/format";
import { cache } from "react";
import { listOfficials } from "@/lib/queries/officials";
import { pageMetadata, withQuery, type SearchParams } from "../_components/page-meta";

export const dynamic = "force-dynamic";

function readQ(sp: Record<string, string | string[] | undefined>): string | undefined {
  const v = Array.isArray(sp.q) ? sp.q[0] : sp.q;
  const q = v?.trim().slice(0, 200);
  return q ? q : undefined;
}

const load = cache((q: string | undefined) => listOfficials({ q }));

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const q = readQ(await searchParams);
  const officials = await load(q);
  const title = q
    ? `المسؤولون: بحث «${q}» — ${countLabel(officials.length, OFFICIAL_FORMS)}`
    : `المسؤولون — ${countLabel(officials.length, OFFICIAL_FORMS)}`;
  return pageMetadata({
    title,
    description: "كل المسؤولين الذين وردت لقاءاتهم في الأخبار، مع عدد لقاءات كل منهم.",
    path: withQuery("/officials", q ? new URLSearchParams({ q }) : ""),
  });
}

export default async function OfficialsPage({ searchParams }: { searchParams: SearchParams }) {
  const q = readQ(await searchParams);
  const officials = await load(q);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">المسؤولون</h1>
      <form
        method="get"
        action="/officials"
        role="search"
        aria-label="البحث عن مسؤول"
        className="mb-4 flex flex-wrap items-end gap-3"
      >
        <div>
          <label htmlFor="o-q" className="mb-1 block text-sm font-bold">
            الاسم (بالعربية أو اللاتينية) أو المنصب
          </label>
          <input
            id="o-q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            maxLength={200}
            className="rounded border border-stone-400 bg-white px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded bg-accent px-4 py-1 font-bold text-white">
          بحث
        </button>
        {q && <Link href="/officials">عرض الجميع</Link>}
      </form>
      <p className="mb-4 font-bold" data-testid="result-count">
        {countLabel(officials.length, OFFICIAL_FORMS)}
      </p>
      {officials.length === 0 ? (
        <p className="rounded border border-dashed border-stone-400 p-6 text-center text-muted">
          لا أحد يطابق هذا البحث.
        </p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {officials.map((o) => (
            <li key={o.id} className="rounded border border-stone-200 bg-white p-3" data-testid="official">
              <Link href={`/officials/${o.slug}`} className="font-bold">
                {o.nameAr}
              </Link>
              {o.nameEn && (
                <span dir="ltr" className="ms-2 text-sm text-muted">
                  {o.nameEn}
                </span>
              )}
              <p className="text-sm">
                {countLabel(o.meetings, MEETING_FORMS)}
                {o.reviewStatus === "reviewed" && <span className="ms-2 text-muted">· {REVIEW_LABELS.reviewed}</span>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
