// Rules for combining two reports of one meeting. Pure, so they are unit-tested directly.
import type { DatePrecision } from "../extract/types";

export const PRECISION_RANK: Record<DatePrecision, number> = {
  day: 6,
  range: 5,
  month: 4,
  approximate: 3,
  year: 2,
  unknown: 0,
};

interface Interval {
  start: string | null;
  end: string | null;
}

/** Both dated and overlapping (a day inside a month, a range inside an approximate window …). */
export function datesCompatible(a: Interval, b: Interval): boolean {
  if (!a.start || !b.start) return false;
  const aEnd = a.end ?? a.start;
  const bEnd = b.end ?? b.start;
  return !(aEnd < b.start || bEnd < a.start);
}

/** Which of two dates to keep: the more precise one; on a tie, the narrower interval. */
export function mergeDate(
  current: Interval & { precision: string },
  incoming: Interval & { precision: DatePrecision },
): { fromSecond: boolean } {
  const rank = (p: string) => PRECISION_RANK[p as DatePrecision] ?? 0;
  const ra = rank(current.precision);
  const rb = rank(incoming.precision);
  if (rb !== ra) return { fromSecond: rb > ra };
  const width = (i: Interval) => (i.start ? Date.parse(i.end ?? i.start) - Date.parse(i.start) : Infinity);
  return { fromSecond: width(incoming) < width(current) };
}
