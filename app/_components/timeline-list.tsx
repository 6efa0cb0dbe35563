import { formatMonth } from "@/lib/format";
import type { TimelineMeeting } from "@/lib/queries/timeline";
import { MeetingCard } from "./meeting-card";

const MONTH_KNOWN = new Set(["day", "range", "month", "approximate"]);

interface Group {
  key: string;
  label: string;
  months: { key: string; label: string | null; items: TimelineMeeting[] }[];
}

/** Year, then month, in the order the meetings arrive (the query already sorted them). */
function group(meetings: TimelineMeeting[]): Group[] {
  const years: Group[] = [];
  for (const m of meetings) {
    const year = m.dateStart && m.precision !== "unknown" ? m.dateStart.slice(0, 4) : "";
    const month = year && MONTH_KNOWN.has(m.precision) ? m.dateStart!.slice(0, 7) : `${year}-`;
    let y = years.at(-1);
    if (!y || y.key !== year) years.push((y = { key: year, label: year || "تاريخ غير معروف", months: [] }));
    let mo = y.months.at(-1);
    if (!mo || mo.key !== month) {
      y.months.push(
        (mo = {
          key: month,
          label: !year ? null : month.endsWith("-") ? `خلال ${year} (الشهر غير معروف)` : formatMonth(month),
          items: [],
        }),
      );
    }
    mo.items.push(m);
  }
  return years;
}

export function TimelineList({
  meetings,
  level = 2,
  idPrefix = "t",
}: {
  meetings: TimelineMeeting[];
  level?: 2 | 3;
  idPrefix?: string;
}) {
  const H = level === 2 ? "h2" : "h3";
  const H2 = level === 2 ? "h3" : "h4";
  return (
    <>
      {group(meetings).map((y) => (
        <section key={y.key} aria-labelledby={`${idPrefix}-y-${y.key || "none"}`} className="mb-8">
          <H id={`${idPrefix}-y-${y.key || "none"}`} className="mb-3 border-b border-stone-300 text-xl font-bold">
            {y.label}
          </H>
          {y.months.map((mo) => (
            <div key={mo.key} className="mb-4">
              {mo.label && <H2 className="mb-2 text-lg font-bold text-muted">{mo.label}</H2>}
              <ol className="space-y-3">
                {mo.items.map((m) => (
                  <MeetingCard key={m.id} m={m} />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
