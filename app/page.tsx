import type { Metadata } from "next";
import { cache } from "react";
import { describeView } from "@/lib/format/describe";
import { getFilterOptions } from "@/lib/queries/filter-options";
import { getTimelinePage, prepareView } from "@/lib/queries/timeline";
import { filtersToSearchParams, hasActiveFilters, parseTimelineFilters } from "@/lib/schemas/timeline-filters";
import { pageMetadata, queryOf, withQuery, type SearchParams } from "./_components/page-meta";
import { TimelineView } from "./_components/timeline-view";

export const dynamic = "force-dynamic";

// generateMetadata and the page share one set of queries per request.
const load = cache(async (query: string) => {
  const { filters, invalid } = parseTimelineFilters(new URLSearchParams(query));
  const view = await prepareView(filters);
  const page = await getTimelinePage(view);
  return { filters, invalid, view, page };
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { filters, view, page } = await load(await queryOf(searchParams));
  const { refs } = view;
  const d = describeView({
    officials: refs.officials.map((o) => o.nameAr),
    agency: refs.agency?.nameAr,
    country: refs.country?.nameAr,
    from: filters.from,
    to: filters.to,
    status: filters.status,
    review: filters.review,
    q: filters.q,
    total: page.total,
    span: page.span,
  });
  const title = hasActiveFilters(filters) ? d.title : `الخط الزمني للقاءات — ${d.title.split(" — ")[1]}`;
  const qs = filtersToSearchParams(filters);
  return pageMetadata({
    title,
    description: d.description,
    path: withQuery("/", qs),
    feed: withQuery("/feed.xml", filtersToSearchParams(filters, { paging: false })),
  });
}

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const [{ filters, invalid, view, page }, options] = await Promise.all([
    load(await queryOf(searchParams)),
    getFilterOptions(),
  ]);
  const exportQuery = filtersToSearchParams({ ...filters, after: undefined }).toString();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">الخط الزمني للقاءات</h1>
      <TimelineView
        path="/"
        filters={filters}
        invalid={invalid}
        refs={view.refs}
        page={page}
        options={options}
        exportQuery={exportQuery}
        feedHref={withQuery("/feed.xml", exportQuery)}
        emptyText={
          hasActiveFilters(filters)
            ? undefined
            : "لا توجد لقاءات بعد. أضف مقالات عبر أمر الاستيراد (npm run ingest -- seeds/)."
        }
      />
    </>
  );
}
