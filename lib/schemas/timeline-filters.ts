// The one schema for a timeline view's URL: `/`, `/officials/[slug]`, `/agencies/[slug]`, the
// exports and the feeds all read their searchParams through it. Each field is parsed on its own
// so that one bad value falls back to its default (and is reported) without discarding the rest.
import { z } from "zod";

export const MEETING_STATUSES = ["held", "planned"] as const;
export const REVIEW_FILTERS = ["machine", "reviewed"] as const;
export const ORDERS = ["desc", "asc"] as const;

/** At most this many officials in one filter: each adds a join. */
export const MAX_OFFICIALS = 5;

type Raw = string | string[] | undefined;

/** The first value of a repeated single-valued param; "" (an empty form field) means unset. */
function first(v: unknown): unknown {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" && x.trim() === "" ? undefined : x;
}

function isRealDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** «2020», «2020-12» or «2020-12-05»; «2020-1» and «2020/12» are accepted and padded. */
const partialDate = z.preprocess((v) => {
  const x = first(v);
  if (typeof x !== "string") return x;
  const m = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*$/.exec(x);
  if (!m) return x;
  return [m[1], m[2]?.padStart(2, "0"), m[3]?.padStart(2, "0")].filter(Boolean).join("-");
}, z.string().refine(isRealDate, "تاريخ غير صالح").optional());

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => {
    const x = first(v);
    return typeof x === "string" ? x.trim().toLowerCase() : x;
  }, z.enum(values).optional());

/** An official slug (or a name, resolved by the query layer). Repeated params and commas both work. */
const officials = z.preprocess(
  (v) => {
    const list = (Array.isArray(v) ? v : v === undefined ? [] : [v]).flatMap((x) =>
      typeof x === "string" ? x.split(",") : [x],
    );
    const trimmed = list.map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
    return [...new Set(trimmed)];
  },
  z
    .array(
      z
        .string()
        .min(1)
        .max(120)
        .refine((s) => !/[/?#\\]/.test(s)),
    )
    .max(MAX_OFFICIALS),
);

const cursor = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}_\d{1,10}$/)
    .transform((s) => {
      const [sortKey = "", id = "0"] = s.split("_");
      return { sortKey, id: Number(id) };
    })
    .optional(),
);

/** Every field of the view; parsed one by one (see parseTimelineFilters). */
export const timelineFilterFields = {
  official: officials,
  agency: z.preprocess(
    first,
    z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[^/?#\\]+$/)
      .optional(),
  ),
  country: z.preprocess(
    (v) => {
      const x = first(v);
      return typeof x === "string" ? x.trim().toUpperCase() : x;
    },
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  ),
  from: partialDate,
  to: partialDate,
  status: optionalEnum(MEETING_STATUSES),
  review: optionalEnum(REVIEW_FILTERS),
  q: z.preprocess(first, z.string().trim().max(200).optional()),
  order: optionalEnum(ORDERS),
  after: cursor,
} as const;

export type FilterKey = keyof typeof timelineFilterFields;
export const FILTER_KEYS = Object.keys(timelineFilterFields) as FilterKey[];

const FALLBACK = { official: [] as string[] } as const;

/** The whole view as one zod schema: bad fields fall back to their defaults. */
export const timelineFiltersSchema = z.object({
  official: timelineFilterFields.official.catch(FALLBACK.official),
  agency: timelineFilterFields.agency.catch(undefined),
  country: timelineFilterFields.country.catch(undefined),
  from: timelineFilterFields.from.catch(undefined),
  to: timelineFilterFields.to.catch(undefined),
  status: timelineFilterFields.status.catch(undefined),
  review: timelineFilterFields.review.catch(undefined),
  q: timelineFilterFields.q.catch(undefined),
  order: timelineFilterFields.order.catch(undefined),
  after: timelineFilterFields.after.catch(undefined),
});

type Parsed = z.output<typeof timelineFiltersSchema>;
export type TimelineFilters = Omit<Parsed, "order"> & { order: (typeof ORDERS)[number] };

export const DEFAULT_FILTERS: TimelineFilters = { official: [], order: "desc" };

export interface ParsedFilters {
  filters: TimelineFilters;
  /** Params that were present but invalid and therefore ignored, to show a notice. */
  invalid: FilterKey[];
}

type SearchParamsLike = URLSearchParams | Record<string, Raw>;

function toRecord(sp: SearchParamsLike): Record<string, Raw> {
  if (!(sp instanceof URLSearchParams)) return sp;
  const out: Record<string, string[]> = {};
  for (const [k, v] of sp) (out[k] ??= []).push(v);
  return out;
}

export function parseTimelineFilters(sp: SearchParamsLike): ParsedFilters {
  const raw = toRecord(sp);
  const input = Object.fromEntries(FILTER_KEYS.map((k) => [k, raw[k]]));
  const invalid = FILTER_KEYS.filter((k) => !timelineFilterFields[k].safeParse(input[k]).success);
  const parsed = timelineFiltersSchema.parse(input);
  const filters: TimelineFilters = { ...parsed, order: parsed.order ?? "desc" };
  if (filters.q === "") filters.q = undefined;
  // A reversed range is a slip, not an error: read it the way it was meant.
  if (filters.from && filters.to && rangeStart(filters.from) > rangeEnd(filters.to)) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return { filters, invalid };
}

/** First day covered by a partial date: 2020 → 2020-01-01, 2020-12 → 2020-12-01. */
export function rangeStart(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-01-01`;
  if (/^\d{4}-\d{2}$/.test(partial)) return `${partial}-01`;
  return partial;
}

/** Last day covered by a partial date: 2020 → 2020-12-31, 2021-02 → 2021-02-28. */
export function rangeEnd(partial: string): string {
  if (/^\d{4}$/.test(partial)) return `${partial}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(partial);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${partial}-${String(last).padStart(2, "0")}`;
  }
  return partial;
}

export function encodeCursor(c: { sortKey: string; id: number }): string {
  return `${c.sortKey}_${c.id}`;
}

/** True when something narrows the view (order and paging do not). */
export function hasActiveFilters(f: TimelineFilters): boolean {
  return f.official.length > 0 || Boolean(f.agency || f.country || f.from || f.to || f.status || f.review || f.q);
}

/**
 * The canonical query string of a view: fixed key order, defaults left out, so that one view
 * has one URL (canonical links, feed ids, cache keys).
 */
export function filtersToSearchParams(f: TimelineFilters, opts: { paging?: boolean } = {}): URLSearchParams {
  const sp = new URLSearchParams();
  for (const o of f.official) sp.append("official", o);
  if (f.agency) sp.set("agency", f.agency);
  if (f.country) sp.set("country", f.country);
  if (f.from) sp.set("from", f.from);
  if (f.to) sp.set("to", f.to);
  if (f.status) sp.set("status", f.status);
  if (f.review) sp.set("review", f.review);
  if (f.q) sp.set("q", f.q);
  if (f.order !== "desc") sp.set("order", f.order);
  if (opts.paging !== false && f.after) sp.set("after", encodeCursor(f.after));
  return sp;
}

/** A link to `path` with these filters, optionally changed; changing anything but the cursor starts at page one. */
export function filtersHref(path: string, f: TimelineFilters, patch: Partial<TimelineFilters> = {}): string {
  const next: TimelineFilters = { ...f, ...patch };
  if (Object.keys(patch).length > 0 && !("after" in patch)) next.after = undefined;
  const qs = filtersToSearchParams(next).toString();
  return qs ? `${path}?${qs}` : path;
}
