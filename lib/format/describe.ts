// Titles and descriptions of filtered views, for <title>, OpenGraph and feeds: they say exactly
// what the page shows («لقاءات عبد اللطيف حموشي، 2020–2023 — 7 لقاءات»).
import { countLabel, formatList, formatSpan, MEETING_FORMS } from "./index";

export interface ViewDescription {
  /** Names of the officials the view is about (the page's own official first). */
  officials: string[];
  agency?: string | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
  status?: "held" | "planned" | null;
  review?: "machine" | "reviewed" | null;
  q?: string | null;
  total: number;
  /** Earliest and latest meeting date in the view (used when no date filter is set). */
  span?: { min: string | null; max: string | null };
}

const STATUS_QUALIFIER = { held: "المنعقدة", planned: "المرتقبة" } as const;
const REVIEW_QUALIFIER = { machine: "المستخرجة آليا", reviewed: "المُراجَعة" } as const;

export function describeView(v: ViewDescription): { title: string; description: string } {
  let subject = "لقاءات";
  if (v.status) subject += ` ${STATUS_QUALIFIER[v.status]}`;
  if (v.officials.length) subject += ` ${formatList(v.officials)}`;
  const qualifiers: string[] = [];
  if (v.agency) qualifiers.push(`${v.officials.length ? "مع مسؤولي " : ""}${v.agency}`);
  if (v.country) qualifiers.push(v.country);
  const span =
    v.from || v.to
      ? formatSpan(v.from, v.to)
      : v.total > 0 && v.span?.min && v.span.max
        ? formatSpan(v.span.min.slice(0, 4), v.span.max.slice(0, 4))
        : "";
  if (span) qualifiers.push(span);
  if (v.review) qualifiers.push(REVIEW_QUALIFIER[v.review]);
  if (v.q) qualifiers.push(`بحث «${v.q}»`);
  const head =
    v.officials.length || v.status
      ? [subject, ...qualifiers].join("، ")
      : qualifiers.length
        ? `اللقاءات: ${qualifiers.join("، ")}`
        : "كل اللقاءات";
  const title = `${head} — ${countLabel(v.total, MEETING_FORMS)}`;
  const description =
    v.total === 0
      ? `لا لقاءات تطابق هذا العرض: ${head}.`
      : `${countLabel(v.total, MEETING_FORMS)}: ${head}. لكل لقاء تاريخه بدقّته ومكانه والمشاركون فيه والجملة التي تثبته في المقال.`;
  return { title, description };
}
