import Link from "next/link";
import { countLabel, formatPartialDate, MEETING_FORMS, REVIEW_LABELS, STATUS_LABELS } from "@/lib/format";
import type { FilterRefs } from "@/lib/queries/filter-refs";
import { filtersHref, type FilterKey, type TimelineFilters } from "@/lib/schemas/timeline-filters";

const FIELD_LABELS: Record<FilterKey, string> = {
  official: "المسؤول",
  agency: "الجهة",
  country: "البلد",
  from: "من تاريخ",
  to: "إلى تاريخ",
  status: "الحالة",
  review: "المراجعة",
  q: "البحث",
  order: "الترتيب",
  after: "الصفحة",
};

/** Notices about ignored values, the result count, and one removable chip per active filter. */
export function FilterSummary({
  path,
  filters,
  refs,
  invalid,
  total,
}: {
  path: string;
  filters: TimelineFilters;
  refs: FilterRefs;
  invalid: FilterKey[];
  total: number;
}) {
  const chips: { key: string; label: string; href: string }[] = [];
  for (const o of refs.officials) {
    chips.push({
      key: `o-${o.slug}`,
      label: `${FIELD_LABELS.official}: ${o.nameAr}`,
      href: filtersHref(path, filters, { official: filters.official.filter((v) => v !== o.value) }),
    });
  }
  if (refs.agency)
    chips.push({
      key: "agency",
      label: `${FIELD_LABELS.agency}: ${refs.agency.nameAr}`,
      href: filtersHref(path, filters, { agency: undefined }),
    });
  if (refs.country)
    chips.push({
      key: "country",
      label: `${FIELD_LABELS.country}: ${refs.country.nameAr}`,
      href: filtersHref(path, filters, { country: undefined }),
    });
  if (filters.from)
    chips.push({
      key: "from",
      label: `${FIELD_LABELS.from}: ${formatPartialDate(filters.from)}`,
      href: filtersHref(path, filters, { from: undefined }),
    });
  if (filters.to)
    chips.push({
      key: "to",
      label: `${FIELD_LABELS.to}: ${formatPartialDate(filters.to)}`,
      href: filtersHref(path, filters, { to: undefined }),
    });
  if (filters.status)
    chips.push({
      key: "status",
      label: `${FIELD_LABELS.status}: ${STATUS_LABELS[filters.status]}`,
      href: filtersHref(path, filters, { status: undefined }),
    });
  if (filters.review)
    chips.push({
      key: "review",
      label: `${FIELD_LABELS.review}: ${REVIEW_LABELS[filters.review]}`,
      href: filtersHref(path, filters, { review: undefined }),
    });
  if (filters.q)
    chips.push({
      key: "q",
      label: `${FIELD_LABELS.q}: «${filters.q}»`,
      href: filtersHref(path, filters, { q: undefined }),
    });

  const ignored = invalid.filter((k) => k !== "after").map((k) => FIELD_LABELS[k]);
  const unknown = [...refs.unknownOfficials, ...(refs.unknownAgency ? [refs.unknownAgency] : [])];
  return (
    <div className="mb-4 space-y-3">
      {(ignored.length > 0 || unknown.length > 0 || invalid.includes("after")) && (
        <div
          role="status"
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="filter-notice"
        >
          {ignored.length > 0 && (
            <p>تجاهلنا قيمة غير صالحة في الرابط ({ignored.join("، ")}) وعرضنا الخيار الافتراضي مكانها.</p>
          )}
          {unknown.length > 0 && <p>لم نعثر على: {unknown.map((u) => `«${u}»`).join("، ")}؛ عرضنا النتائج من دونه.</p>}
          {invalid.includes("after") && <p>رابط الصفحة غير صالح، فعرضنا الصفحة الأولى.</p>}
        </div>
      )}
      <p className="text-lg font-bold" data-testid="result-count">
        {countLabel(total, MEETING_FORMS)}
      </p>
      {chips.length > 0 && (
        <ul aria-label="عوامل التصفية المفعّلة" className="flex flex-wrap gap-2">
          {chips.map((c) => (
            <li key={c.key}>
              <Link
                href={c.href}
                aria-label={`إزالة عامل التصفية: ${c.label}`}
                className="inline-flex items-center gap-2 rounded-full border border-stone-300 bg-white px-3 text-sm text-ink no-underline hover:bg-stone-100"
              >
                {c.label}
                <span aria-hidden="true">✕</span>
              </Link>
            </li>
          ))}
          {chips.length > 1 && (
            <li>
              <Link href={filtersHref(path, { official: [], order: filters.order })} className="text-sm">
                إزالة الكل
              </Link>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
