import Link from "next/link";
import type { FilterOptions } from "@/lib/queries/filter-options";
import type { FilterRefs } from "@/lib/queries/filter-refs";
import type { TimelinePage } from "@/lib/queries/timeline";
import { encodeCursor, filtersHref, type FilterKey, type TimelineFilters } from "@/lib/schemas/timeline-filters";
import { FilterForm } from "./filter-form";
import { FilterSummary } from "./filter-summary";
import { TimelineList } from "./timeline-list";

export interface TimelineViewProps {
  path: string;
  filters: TimelineFilters;
  invalid: FilterKey[];
  refs: FilterRefs;
  page: TimelinePage;
  options: FilterOptions;
  /** Query string of the exports for this view (the page's own official or agency included). */
  exportQuery: string;
  feedHref: string;
  level?: 2 | 3;
  officialLabel?: string;
  emptyText?: string;
}

/** The filter form, notices, count and chips, the grouped meetings, paging and export links of one view. */
export function TimelineView(p: TimelineViewProps) {
  const { path, filters, page } = p;
  const qs = p.exportQuery ? `?${p.exportQuery}` : "";
  return (
    <>
      <FilterForm action={path} filters={filters} refs={p.refs} options={p.options} officialLabel={p.officialLabel} />
      <FilterSummary path={path} filters={filters} refs={p.refs} invalid={p.invalid} total={page.total} />
      <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="text-muted">{filters.order === "desc" ? "الأحدث أولاً" : "الأقدم أولاً"}</span>
        <Link href={filtersHref(path, filters, { order: filters.order === "desc" ? "asc" : "desc" })}>
          {filters.order === "desc" ? "اعرض الأقدم أولاً" : "اعرض الأحدث أولاً"}
        </Link>
        <span className="text-muted" aria-hidden="true">
          ·
        </span>
        <span>
          تنزيل هذا العرض:{" "}
          <a href={`/api/meetings${qs}`} type="application/json">
            JSON
          </a>
          {" · "}
          <a href={`/api/meetings.csv${qs}`} type="text/csv" download>
            CSV
          </a>
          {" · "}
          <a href={p.feedHref} type="application/atom+xml">
            خلاصة Atom
          </a>
        </span>
      </div>
      {page.meetings.length === 0 ? (
        <p className="rounded border border-dashed border-stone-400 p-6 text-center text-muted">
          {p.emptyText ?? "لا لقاءات تطابق هذا العرض. جرّب إزالة بعض عوامل التصفية."}
        </p>
      ) : (
        <TimelineList meetings={page.meetings} level={p.level} />
      )}
      {(page.next || filters.after) && (
        <nav aria-label="صفحات النتائج" className="mt-6 flex flex-wrap justify-between gap-3">
          {filters.after ? (
            <Link href={filtersHref(path, filters, { after: undefined })}>→ العودة إلى البداية</Link>
          ) : (
            <span />
          )}
          {page.next && (
            <Link
              href={filtersHref(path, filters, { after: page.next })}
              rel="next"
              data-cursor={encodeCursor(page.next)}
            >
              الصفحة التالية ←
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
