import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import {
  ARTICLE_FORMS,
  countLabel,
  formatDay,
  formatPartialDate,
  formatSpan,
  formatTenure,
  MEETING_FORMS,
  MENTION_FORMS,
} from "@/lib/format";
import { describeView } from "@/lib/format/describe";
import { getFilterOptions } from "@/lib/queries/filter-options";
import { getOfficial, listCounterparts, listOfficialArticles } from "@/lib/queries/officials";
import { getTimelinePage, prepareView } from "@/lib/queries/timeline";
import { filtersToSearchParams, parseTimelineFilters } from "@/lib/schemas/timeline-filters";
import { ReviewBadge } from "../../_components/badges";
import { CounterpartsChart } from "../../_components/counterparts-chart";
import { decodeSlug, pageMetadata, queryOf, withQuery, type SearchParams } from "../../_components/page-meta";
import { TimelineView } from "../../_components/timeline-view";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const load = cache(async (slug: string, query: string) => {
  const found = await getOfficial(slug);
  if (found.kind === "merged") permanentRedirect(withQuery(`/officials/${encodeURIComponent(found.slug)}`, query));
  if (found.kind === "missing") notFound();
  const { official, countryName } = found;
  const { filters, invalid } = parseTimelineFilters(new URLSearchParams(query));
  // The page's own official is fixed; the official filter adds the people they met with.
  const others = { ...filters, official: filters.official.filter((o) => o !== official.slug) };
  const view = await prepareView(others, { officialId: official.id });
  const page = await getTimelinePage(view);
  return { official, countryName, filters: others, invalid, view, page };
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const slug = decodeSlug((await params).slug);
  const { official, filters, view, page } = await load(slug, await queryOf(searchParams));
  const d = describeView({
    officials: [official.nameAr, ...view.refs.officials.map((o) => o.nameAr)],
    agency: view.refs.agency?.nameAr,
    country: view.refs.country?.nameAr,
    from: filters.from,
    to: filters.to,
    status: filters.status,
    review: filters.review,
    q: filters.q,
    total: page.total,
    span: page.span,
  });
  const base = `/officials/${encodeURIComponent(official.slug)}`;
  return pageMetadata({
    title: d.title,
    description: `${official.nameAr}${official.nameEn ? ` (${official.nameEn})` : ""}: ${d.description}`,
    path: withQuery(base, filtersToSearchParams(filters)),
    feed: withQuery(`${base}/feed.xml`, filtersToSearchParams(filters, { paging: false })),
    type: "article",
  });
}

export default async function OfficialPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const slug = decodeSlug((await params).slug);
  const { official, countryName, filters, invalid, view, page } = await load(slug, await queryOf(searchParams));
  const [counterparts, articles, options] = await Promise.all([
    listCounterparts(official.id),
    listOfficialArticles(official.id),
    getFilterOptions(),
  ]);
  const base = `/officials/${encodeURIComponent(official.slug)}`;
  const ownQuery = filtersToSearchParams({ ...filters, after: undefined });
  const exportQuery = filtersToSearchParams({
    ...filters,
    official: [official.slug, ...filters.official],
    after: undefined,
  }).toString();
  const latin = official.aliases.filter((a) => /[A-Za-z]/.test(a.alias));
  const arabic = official.aliases.filter((a) => !/[A-Za-z]/.test(a.alias));
  return (
    <article>
      <header className="mb-6">
        <h1 className="text-2xl font-bold">{official.nameAr}</h1>
        {official.nameEn && (
          <p lang="en" dir="ltr" className="text-end text-muted sm:text-start">
            {official.nameEn}
          </p>
        )}
        <p className="mt-1 flex flex-wrap items-center gap-3 text-sm">
          {countryName && <span>البلد: {countryName}</span>}
          <ReviewBadge reviewStatus={official.reviewStatus} />
        </p>
      </header>

      <div className="mb-8 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="names">
          <h2 id="names" className="mb-2 text-xl font-bold">
            الأسماء والكتابات
          </h2>
          {official.aliases.length === 0 ? (
            <p className="text-muted">لا كتابات أخرى مسجّلة.</p>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {arabic.map((a) => (
                <li key={a.id} className="rounded bg-stone-100 px-2">
                  {a.alias}
                </li>
              ))}
              {latin.map((a) => (
                <li key={a.id} lang="en" dir="ltr" className="rounded bg-stone-100 px-2">
                  {a.alias}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="positions">
          <h2 id="positions" className="mb-2 text-xl font-bold">
            المناصب
          </h2>
          {official.tenures.length === 0 ? (
            <p className="text-muted">لا مناصب مسجّلة.</p>
          ) : (
            <ul className="space-y-1">
              {official.tenures.map((t) => (
                <li key={t.id}>
                  {t.position.titleAr}
                  {t.position.agency && (
                    <>
                      {" "}
                      (<Link href={`/agencies/${t.position.agency.slug}`}>{t.position.agency.nameAr}</Link>)
                    </>
                  )}
                  {formatTenure(t.from, t.to) && (
                    <span className="ms-2 text-sm text-muted">{formatTenure(t.from, t.to)}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="counterparts" className="mb-8">
        <h2 id="counterparts" className="mb-2 text-xl font-bold">
          من التقى
        </h2>
        {counterparts.length === 0 ? (
          <p className="text-muted">لا لقاءات مع مسؤولين معروفين بعد.</p>
        ) : (
          <>
            <CounterpartsChart counterparts={counterparts} name={official.nameAr} />
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">النظراء مرتبين بعدد اللقاءات</caption>
              <thead>
                <tr className="border-b border-stone-300 text-start">
                  <th scope="col" className="py-1 text-start">
                    النظير
                  </th>
                  <th scope="col" className="py-1 text-start">
                    اللقاءات
                  </th>
                  <th scope="col" className="py-1 text-start">
                    الفترة
                  </th>
                </tr>
              </thead>
              <tbody>
                {counterparts.map((c) => (
                  <tr key={c.slug} className="border-b border-stone-200" data-testid="counterpart">
                    <td className="py-1">
                      <Link href={`/officials/${c.slug}`}>{c.nameAr}</Link>
                    </td>
                    <td className="py-1">
                      <Link
                        href={withQuery(base, new URLSearchParams({ official: c.slug }))}
                        aria-label={`${countLabel(c.count, MEETING_FORMS)} مع ${c.nameAr}`}
                      >
                        {countLabel(c.count, MEETING_FORMS)}
                      </Link>
                    </td>
                    <td className="py-1">
                      {c.first && c.last
                        ? c.first === c.last
                          ? formatPartialDate(c.first.slice(0, 7))
                          : formatSpan(c.first.slice(0, 7), c.last.slice(0, 7))
                        : "تاريخ غير معروف"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="meetings" className="mb-8">
        <h2 id="meetings" className="mb-3 text-xl font-bold">
          اللقاءات
        </h2>
        <TimelineView
          path={base}
          filters={filters}
          invalid={invalid}
          refs={view.refs}
          page={page}
          options={options}
          exportQuery={exportQuery}
          feedHref={withQuery(`${base}/feed.xml`, ownQuery)}
          level={3}
          officialLabel="مع مسؤول"
        />
      </section>

      <section aria-labelledby="articles">
        <h2 id="articles" className="mb-2 text-xl font-bold">
          المقالات التي تذكره ({countLabel(articles.length, ARTICLE_FORMS)})
        </h2>
        {articles.length === 0 ? (
          <p className="text-muted">لا مقالات.</p>
        ) : (
          <ul className="space-y-1">
            {articles.map((a) => (
              <li key={a.article.id}>
                <Link href={`/articles/${a.article.id}`}>{a.article.title ?? `مقال ${a.article.id}`}</Link>
                <span className="ms-2 text-sm text-muted">
                  {[
                    a.article.source,
                    a.article.published ? formatDay(a.article.published, false) : null,
                    countLabel(a.count, MENTION_FORMS),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
