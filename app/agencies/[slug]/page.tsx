import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatTenure } from "@/lib/format";
import { describeView } from "@/lib/format/describe";
import { getAgency } from "@/lib/queries/agencies";
import { getFilterOptions } from "@/lib/queries/filter-options";
import { getTimelinePage, prepareView } from "@/lib/queries/timeline";
import { filtersToSearchParams, parseTimelineFilters } from "@/lib/schemas/timeline-filters";
import { decodeSlug, pageMetadata, queryOf, withQuery, type SearchParams } from "../../_components/page-meta";
import { TimelineView } from "../../_components/timeline-view";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const load = cache(async (slug: string, query: string) => {
  const agency = await getAgency(slug);
  if (!agency) notFound();
  const { filters, invalid } = parseTimelineFilters(new URLSearchParams(query));
  // The page's own agency is fixed: the agency filter does not apply here.
  const own = { ...filters, agency: undefined };
  const view = await prepareView(own, { agencyId: agency.id });
  const page = await getTimelinePage(view);
  return { agency, filters: own, invalid, view, page };
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const { agency, filters, view, page } = await load(decodeSlug((await params).slug), await queryOf(searchParams));
  const d = describeView({
    officials: view.refs.officials.map((o) => o.nameAr),
    agency: agency.nameAr,
    country: view.refs.country?.nameAr,
    from: filters.from,
    to: filters.to,
    status: filters.status,
    review: filters.review,
    q: filters.q,
    total: page.total,
    span: page.span,
  });
  return pageMetadata({
    title: d.title,
    description: d.description,
    path: withQuery(`/agencies/${agency.slug}`, filtersToSearchParams(filters)),
  });
}

export default async function AgencyPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { agency, filters, invalid, view, page } = await load(
    decodeSlug((await params).slug),
    await queryOf(searchParams),
  );
  const options = await getFilterOptions();
  const base = `/agencies/${agency.slug}`;
  const exportQuery = filtersToSearchParams({ ...filters, agency: agency.slug, after: undefined }).toString();
  return (
    <article>
      <header className="mb-6">
        <h1 className="text-2xl font-bold">{agency.nameAr}</h1>
        {agency.nameEn && (
          <p lang="en" dir="ltr" className="text-end text-muted sm:text-start">
            {agency.nameEn}
          </p>
        )}
        {agency.countryName && <p className="text-sm">البلد: {agency.countryName}</p>}
        {agency.aliases.length > 0 && (
          <p className="mt-1 text-sm">
            <span className="text-muted">يُكتب أيضًا: </span>
            {agency.aliases.map((a, i) => (
              <span key={a.id}>
                {i > 0 && "، "}
                <bdi>{a.alias}</bdi>
              </span>
            ))}
          </p>
        )}
      </header>

      <section aria-labelledby="positions" className="mb-8">
        <h2 id="positions" className="mb-2 text-xl font-bold">
          المناصب ومن شغلها
        </h2>
        {agency.positions.length === 0 ? (
          <p className="text-muted">لا مناصب مسجّلة.</p>
        ) : (
          <ul className="space-y-3">
            {agency.positions.map((p) => (
              <li key={p.id}>
                <p className="font-bold">{p.titleAr}</p>
                {p.tenures.length === 0 ? (
                  <p className="text-sm text-muted">لا شاغلين مسجّلين.</p>
                ) : (
                  <ul className="ms-4 list-disc text-sm">
                    {p.tenures.map((t) => {
                      const o = t.official.mergedInto ?? t.official;
                      return (
                        <li key={t.id}>
                          <Link href={`/officials/${o.slug}`}>{o.nameAr}</Link>
                          {formatTenure(t.from, t.to) && (
                            <span className="ms-2 text-muted">{formatTenure(t.from, t.to)}</span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meetings">
        <h2 id="meetings" className="mb-3 text-xl font-bold">
          لقاءات مسؤوليها
        </h2>
        <TimelineView
          path={base}
          filters={filters}
          invalid={invalid}
          refs={view.refs}
          page={page}
          options={{ ...options, agencies: [] }}
          exportQuery={exportQuery}
          feedHref={withQuery("/feed.xml", exportQuery)}
          level={3}
        />
      </section>
    </article>
  );
}
