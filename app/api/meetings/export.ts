import "server-only";
import { getEnv } from "@/lib/env";
import { atomFeed } from "@/lib/format/atom";
import { toCsv } from "@/lib/format/csv";
import { describeView } from "@/lib/format/describe";
import { CSV_HEADER, meetingToAtomEntry, meetingToCsvRow, meetingToJson } from "@/lib/format/export";
import { listRecentForFeed, listViewForExport, prepareView, type FixedScope } from "@/lib/queries/timeline";
import { filtersToSearchParams, parseTimelineFilters, type TimelineFilters } from "@/lib/schemas/timeline-filters";

// Exports never cache a filtered view in a shared cache longer than a minute: admins correct data.
const CACHE = "public, max-age=60";

function viewUrl(path: string, f: TimelineFilters): string {
  const qs = filtersToSearchParams({ ...f, after: undefined }).toString();
  return new URL(qs ? `${path}?${qs}` : path, getEnv().SITE_URL).toString();
}

/** JSON or CSV of exactly the view the same query string shows on `/` (paging aside: the whole view). */
export async function exportMeetings(request: Request, format: "json" | "csv"): Promise<Response> {
  const { filters, invalid } = parseTimelineFilters(new URL(request.url).searchParams);
  const f = { ...filters, after: undefined };
  const view = await prepareView(f);
  const { meetings, truncated } = await listViewForExport(view);
  const site = getEnv().SITE_URL;
  const headers: Record<string, string> = { "Cache-Control": CACHE, "X-Total-Count": String(meetings.length) };
  if (truncated) headers["X-Truncated"] = "1";
  if (format === "csv") {
    const csv = toCsv(
      CSV_HEADER,
      meetings.map((m) => meetingToCsvRow(m, site)),
    );
    return new Response(csv, {
      headers: {
        ...headers,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="liqaat-meetings.csv"',
      },
    });
  }
  const body = {
    view: viewUrl("/", f),
    filters: { ...f, after: undefined },
    ignored: invalid,
    count: meetings.length,
    truncated,
    generatedAt: new Date().toISOString(),
    meetings: meetings.map((m) => meetingToJson(m, site)),
  };
  return Response.json(body, { headers });
}

/** Atom feed of a view: its 50 most recently added or updated meetings. */
export async function feedOf(
  request: Request,
  opts: { path: string; self: string; fixed?: FixedScope; fixedName?: string },
): Promise<Response> {
  const { filters } = parseTimelineFilters(new URL(request.url).searchParams);
  const f = { ...filters, after: undefined };
  const view = await prepareView(f, opts.fixed);
  const meetings = await listRecentForFeed(view);
  const site = getEnv().SITE_URL;
  const d = describeView({
    officials: [...(opts.fixedName ? [opts.fixedName] : []), ...view.refs.officials.map((o) => o.nameAr)],
    agency: view.refs.agency?.nameAr,
    country: view.refs.country?.nameAr,
    from: f.from,
    to: f.to,
    status: f.status,
    review: f.review,
    q: f.q,
    total: meetings.length,
  });
  const qs = filtersToSearchParams(f).toString();
  const self = new URL(qs ? `${opts.self}?${qs}` : opts.self, site).toString();
  const xml = atomFeed({
    id: self,
    title: d.title.split(" — ")[0] ?? d.title,
    subtitle: "لقاءات المسؤولين كما ترويها الأخبار العربية",
    link: viewUrl(opts.path, f),
    self,
    updated: meetings.length
      ? meetings.reduce((max, m) => (m.updatedAt > max ? m.updatedAt : max), new Date(0))
      : new Date(),
    entries: meetings.map((m) => meetingToAtomEntry(m, site)),
  });
  return new Response(xml, {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": CACHE },
  });
}
