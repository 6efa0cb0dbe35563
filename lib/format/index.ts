// The one place dates and numbers become Arabic text. Digits stay Latin (as in Maghreb
// newspapers and the seed articles); month names are the Egyptian/Gulf standard set that every
// Arabic reader knows.

const MONTHS = [
  "يناير",
  "فبراير",
  "مارس",
  "أبريل",
  "مايو",
  "يونيو",
  "يوليو",
  "أغسطس",
  "سبتمبر",
  "أكتوبر",
  "نوفمبر",
  "ديسمبر",
] as const;
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
      return `عام ${s.y}`;
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

export interface CountForms {
  /** «لقاء واحد» */
  one: string;
  /** «لقاءان» */
  two: string;
  /** plural after 3–10: «لقاءات» */
  few: string;
  /** accusative singular after 11–99: «لقاءً» */
  many: string;
  /** genitive singular after 100, 1000 …: «لقاء» */
  hundred: string;
}

/** Arabic plural agreement for counted nouns: 1 لقاء واحد، 2 لقاءان، 3–10 لقاءات، 11–99 لقاءً، 100 لقاء. */
export function countLabel(n: number, forms: CountForms): string {
  if (n === 0) return `لا ${forms.few}`;
  if (n === 1) return forms.one;
  if (n === 2) return forms.two;
  const r = n % 100;
  if (r >= 3 && r <= 10) return `${formatNumber(n)} ${forms.few}`;
  if (r >= 11) return `${formatNumber(n)} ${forms.many}`;
  return `${formatNumber(n)} ${forms.hundred}`;
}

export const MEETING_FORMS: CountForms = {
  one: "لقاء واحد",
  two: "لقاءان",
  few: "لقاءات",
  many: "لقاءً",
  hundred: "لقاء",
};
export const ARTICLE_FORMS: CountForms = {
  one: "مقال واحد",
  two: "مقالان",
  few: "مقالات",
  many: "مقالاً",
  hundred: "مقال",
};
export const OFFICIAL_FORMS: CountForms = {
  one: "مسؤول واحد",
  two: "مسؤولان",
  few: "مسؤولين",
  many: "مسؤولاً",
  hundred: "مسؤول",
};
export const AGENCY_FORMS: CountForms = { one: "جهة واحدة", two: "جهتان", few: "جهات", many: "جهة", hundred: "جهة" };
export const SUGGESTION_FORMS: CountForms = {
  one: "اقتراح واحد",
  two: "اقتراحان",
  few: "اقتراحات",
  many: "اقتراحاً",
  hundred: "اقتراح",
};
export const MENTION_FORMS: CountForms = { one: "مرة واحدة", two: "مرتان", few: "مرات", many: "مرة", hundred: "مرة" };

export const STATUS_LABELS: Record<string, string> = { held: "انعقد", planned: "مرتقب" };
export const REVIEW_LABELS: Record<string, string> = { machine: "مستخرج آليا", reviewed: "مُراجَع", rejected: "مرفوض" };
export const SIDE_LABELS: Record<string, string> = { host: "مضيف", guest: "ضيف", other: "مشارك" };
export const PRECISION_NOTE: Record<string, string> = {
  day: "",
  range: "",
  month: "الشهر معروف واليوم غير معروف",
  year: "السنة معروفة فقط",
  approximate: "تقريبي",
  unknown: "",
};
export const KIND_LABELS: Record<string, string> = {
  meeting: "جملة اللقاء",
  date: "التاريخ",
  place: "المكان",
  participant: "مشارك",
  topic: "موضوع",
};
export const PUBLISHED_BY_LABELS: Record<string, string> = {
  stated: "مذكور في المصدر",
  inferred: "مستنتج من النص",
  admin: "حدّده مشرف",
  unknown: "غير معروف",
};

/** Hijri beside a Gregorian date only where the day is known (a month or a year has no single Hijri equivalent). */
export function meetingHijri(start: string | null, end: string | null, precision: string): string | null {
  if (!start || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  if (precision === "day") return formatHijri(start);
  if (precision === "range" && end && /^\d{4}-\d{2}-\d{2}$/.test(end)) {
    return end === start ? formatHijri(start) : `${formatHijri(start)} – ${formatHijri(end)}`;
  }
  return null;
}

/** A filter bound as typed (YYYY, YYYY-MM or YYYY-MM-DD) as Arabic text: «2020»، «ديسمبر 2020»، «5 ديسمبر 2020». */
export function formatPartialDate(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return formatMonth(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, false);
  return value;
}

/** «2020–2023», «2021», or «منذ 2020» / «حتى 2023» when one end is open. */
export function formatSpan(from: string | null | undefined, to: string | null | undefined): string {
  const a = from ? formatPartialDate(from) : "";
  const b = to ? formatPartialDate(to) : "";
  if (a && b) return a === b ? a : `${a}–${b}`;
  if (a) return `منذ ${a}`;
  if (b) return `حتى ${b}`;
  return "";
}

/** A tenure «2017–حتى الآن», «منذ 2015», «حتى 2021» or empty when both ends are unknown. */
export function formatTenure(from: string | null, to: string | null): string {
  const a = from ? formatPartialDate(from) : "";
  const b = to ? formatPartialDate(to) : "";
  if (a && b) return `${a} – ${b}`;
  if (a) return `منذ ${a} (حتى الآن)`;
  if (b) return `حتى ${b}`;
  return "";
}

const dateTimeFormat = new Intl.DateTimeFormat("ar-u-nu-latn", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});

/** A stored timestamp (ingest, last update) as Arabic text, UTC. */
export function formatTimestamp(d: Date): string {
  return `${dateTimeFormat.format(d)} (UTC)`;
}

/** Parses a JSON array of strings as stored in topics/aliases columns; anything else is an empty list. */
export function parseStringList(s: string | null | undefined): string[] {
  if (!s) return [];
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [];
  } catch {
    return [];
  }
}

/** «أ، ب و ج» — an Arabic list. */
export function formatList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items.at(-1) ?? "";
  // The conjunction joins the next Arabic word; before a Latin name it stands alone.
  const and = /^[\u0600-\u06ff]/.test(last) ? "و" : "و ";
  return `${items.slice(0, -1).join("، ")} ${and}${last}`;
}
