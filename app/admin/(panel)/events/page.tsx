import type { Metadata } from "next";
import Link from "next/link";
import { countLabel, formatMeetingDate, formatNumber, parseStringList, type CountForms } from "@/lib/format";
import { listEventsForAdmin } from "@/lib/queries/admin-events";
import { listCountries } from "@/lib/queries/admin-options";
import { EVENT_ORIGIN_LABELS } from "@/lib/schemas/event-form";
import { FormAlert } from "../../_components/fields";

export const metadata: Metadata = { title: "الأحداث المرجعية" };

const EVENT_FORMS: CountForms = { one: "حدث واحد", two: "حدثان", few: "أحداث", many: "حدثًا", hundred: "حدث" };

export default async function EventsAdmin({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; deleted?: string }>;
}) {
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 100) : "";
  const [rows, countries] = await Promise.all([listEventsForAdmin(q || undefined), listCountries()]);
  const countryName = new Map(countries.map((c) => [c.code, c.nameAr]));
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold">الأحداث المرجعية</h1>
        <Link href="/admin/events/new">حدث جديد</Link>
      </div>
      <p className="mb-4 text-sm text-muted">
        أحداث عامة معروفة التاريخ يؤرِّخ بها المستخرِج اللقاءات حين تقول المقالات «أسبوعًا بعد …» أو «على هامش …».
      </p>
      {sp.deleted === "1" && <FormAlert tone="info" message="حُذف الحدث." />}
      <form method="get" role="search" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          ابحث بالاسم
        </label>
        <input id="q" name="q" defaultValue={q} className="flex-1 rounded-md border border-stone-300 px-3 py-2" />
        <button type="submit" className="rounded-md bg-accent px-4 py-2 text-white">
          بحث
        </button>
      </form>
      <p className="mb-2 text-sm text-muted">{countLabel(rows.length, EVENT_FORMS)}</p>
      <table className="w-full bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-muted">
            <th scope="col" className="p-2 text-start">
              الاسم
            </th>
            <th scope="col" className="p-2 text-start">
              التاريخ
            </th>
            <th scope="col" className="p-2 text-start">
              أسماؤه في المقالات
            </th>
            <th scope="col" className="p-2 text-start">
              البلد
            </th>
            <th scope="col" className="p-2 text-start">
              الأصل
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id} className="border-b border-stone-100 align-top">
              <td className="p-2">
                <Link href={`/admin/events/${e.id}`}>{e.nameAr}</Link>
                {e.nameEn && (
                  <span className="block text-muted" dir="ltr">
                    {e.nameEn}
                  </span>
                )}
              </td>
              <td className="p-2">
                <time dateTime={e.start}>{formatMeetingDate(e.start, e.end, e.end ? "range" : "day")}</time>
              </td>
              <td className="p-2">{formatNumber(parseStringList(e.aliases).length)}</td>
              <td className="p-2">{e.country ? (countryName.get(e.country) ?? e.country) : "—"}</td>
              <td className="p-2">
                {EVENT_ORIGIN_LABELS[e.origin] ?? e.origin}
                {e.correctedAt && e.origin !== "admin" ? " (صحَّحه مشرف)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
