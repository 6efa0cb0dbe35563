import { formatNumber } from "@/lib/format";
import type { Counterpart } from "@/lib/queries/officials";

const ROW = 30;
const LABEL = 190;
const PAD = 16;
const WIDTH = 760;

function yearOf(date: string): number {
  return (
    Number(date.slice(0, 4)) + (Number(date.slice(5, 7) || "1") - 1) / 12 + (Number(date.slice(8, 10) || "1") - 1) / 365
  );
}

/**
 * Who met whom over time, as a small server-rendered SVG: one row per counterpart (most
 * meetings first), one dot per dated meeting. Time runs right to left, as the page reads.
 * The table beside it carries the same facts for screen readers, so the picture is decorative
 * beyond its title.
 */
export function CounterpartsChart({ counterparts, name }: { counterparts: Counterpart[]; name: string }) {
  const rows = counterparts.filter((c) => c.dates.length > 0).slice(0, 12);
  if (rows.length === 0) return null;
  const all = rows.flatMap((c) => c.dates.map((d) => yearOf(d.date)));
  const min = Math.floor(Math.min(...all));
  const max = Math.floor(Math.max(...all)) + 1;
  const plotStart = PAD;
  const plotEnd = WIDTH - LABEL - PAD;
  // Right to left: the earliest year at the plot's right edge.
  const x = (t: number) => plotEnd - ((t - min) / Math.max(1, max - min)) * (plotEnd - plotStart);
  const height = rows.length * ROW + 40;
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <figure className="mb-6 overflow-x-auto">
      <svg
        role="img"
        aria-labelledby="cp-chart-title"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH, minWidth: 480 }}
        className="rounded border border-stone-200 bg-white"
      >
        <title id="cp-chart-title">{`لقاءات ${name} مع كل نظير عبر الزمن`}</title>
        {years.map((y) => (
          <g key={y}>
            <line x1={x(y)} x2={x(y)} y1={8} y2={height - 28} stroke="#d6d3d1" strokeDasharray="2 3" />
            <text x={x(y)} y={height - 10} textAnchor="middle" fontSize="12" fill="#57534e">
              {y}
            </text>
          </g>
        ))}
        {rows.map((c, i) => {
          const cy = 20 + i * ROW;
          return (
            <g key={c.slug}>
              <line x1={plotStart} x2={plotEnd} y1={cy} y2={cy} stroke="#e7e5e4" />
              <text x={WIDTH - PAD} y={cy + 5} textAnchor="start" direction="rtl" fontSize="14" fill="#1c1917">
                {`${c.nameAr} (${formatNumber(c.count)})`}
              </text>
              {c.dates.map((d) => (
                <circle
                  key={d.meetingId}
                  cx={x(yearOf(d.date))}
                  cy={cy}
                  r={d.precision === "day" || d.precision === "range" ? 6 : 5}
                  fill={d.precision === "day" || d.precision === "range" ? "#0f5e4a" : "none"}
                  stroke="#0f5e4a"
                  strokeWidth="2"
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-muted">
        الزمن من اليمين (الأقدم) إلى اليسار (الأحدث). النقطة المصمتة يوم معروف، والمفرغة تاريخ تقريبي أو شهر أو سنة.
      </figcaption>
    </figure>
  );
}
