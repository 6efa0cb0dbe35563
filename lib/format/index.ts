// The one place dates and numbers become Arabic text. Digits stay Latin (as in Maghreb
// newspapers and the seed articles); month names are the Egyptian/Gulf standard set that every
// Arabic reader knows.

const MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"] as const;
const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"] as const;

const numberFormat = new Intl.NumberFormat("ar-u-nu-latn");

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

function parts(iso: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : 1 };
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? "";
}

/** «يونيو 2022» for a YYYY-MM key. */
export function formatMonth(key: string): string {
  const p = parts(key);
  return p ? `${monthName(p.m)} ${p.y}` : key;
}

/** «الخميس 24 سبتمبر 2020» */
export function formatDay(iso: string, withWeekday = true): string {
  const p = parts(iso);
  if (!p) return iso;
  const wd = WEEKDAYS[new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay()];
  return `${withWeekday ? `${wd} ` : ""}${p.d} ${monthName(p.m)} ${p.y}`;
}

export type Precision = "day" | "range" | "month" | "year" | "approximate" | "unknown";

export const PRECISION_LABELS: Record<Precision, string> = {
  day: "يوم محدد",
  range: "مدة",
  month: "شهر",
  year: "سنة",
  approximate: "تقريبي",
  unknown: "غير معروف",
};

/** A meeting date as Arabic text that always shows its precision. */
export function formatMeetingDate(start: string | null, end: string | null, precision: string): string {
  if (!start || precision === "unknown") return "تاريخ غير معروف";
  const s = parts(start);
  if (!s) return start;
  switch (precision) {
    case "day":
      return formatDay(start);
    case "range": {
      const e = end ? parts(end) : null;
      if (!e || end === start) return formatDay(start);
      if (e.y === s.y && e.m === s.m) return `${s.d}–${e.d} ${monthName(s.m)} ${s.y}`;
      if (e.y === s.y) return `${s.d} ${monthName(s.m)} – ${e.d} ${monthName(e.m)} ${s.y}`;
      return `${formatDay(start, false)} – ${formatDay(end!, false)}`;
    }
    case "month":
      return `${monthName(s.m)} ${s.y}`;
    case "year":
      return `${s.y}`;
    case "approximate": {
      const e = end ? parts(end) : s;
      if (e && e.y === s.y && e.m === s.m) {
        const where = s.d <= 10 && e.d <= 12 ? "مطلع" : s.d >= 9 && e.d <= 22 ? "منتصف" : s.d >= 19 ? "أواخر" : "";
        return `${where ? `${where} ` : ""}${monthName(s.m)} ${s.y} (تقريبي)`;
      }
      return `${formatDay(start, false)} – ${formatDay(end ?? start, false)} (تقريبي)`;
    }
    default:
      return formatDay(start);
  }
}

const hijri = new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-latn", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** «7 صفر 1442 هـ», only meaningful where the day is known. */
export function formatHijri(iso: string): string {
  const p = parts(iso);
  if (!p) return "";
  return hijri.format(new Date(Date.UTC(p.y, p.m - 1, p.d)));
}

/** «2020-09-24» → machine-readable datetime attribute for <time>. */
export function isoAttr(start: string | null): string | undefined {
  return start ?? undefined;
}

/** Arabic plural agreement for counted nouns: 1 لقاء، 2 لقاءان، 3–10 لقاءات، 11+ لقاءً. */
export function countLabel(n: number, forms: { one: string; two: string; few: string; many: string }): string {
  if (n === 0) return `لا ${forms.few}`;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  if (n % 100 >= 3 && n % 100 <= 10) return `${formatNumber(n)} ${forms.few}`;
  return `${formatNumber(n)} ${forms.many}`;
}

export const MEETING_FORMS = { one: "لقاء واحد", two: "لقاءان", few: "لقاءات", many: "لقاءً" };
export const ARTICLE_FORMS = { one: "مقال واحد", two: "مقالان", few: "مقالات", many: "مقالاً" };

export const STATUS_LABELS: Record<string, string> = { held: "انعقد", planned: "مرتقب" };
export const REVIEW_LABELS: Record<string, string> = { machine: "مستخرج آليا", reviewed: "مُراجَع", rejected: "مرفوض" };
export const SIDE_LABELS: Record<string, string> = { host: "مضيف", guest: "ضيف", other: "مشارك" };
