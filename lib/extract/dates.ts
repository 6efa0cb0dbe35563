// Date phrases in Arabic news, found on normalized tokens and resolved against a reference
// date (the publication date, or an anchor inferred from the article) and the clause's tense.
import { tokenForms } from "./normalize";
import { formKeys, key, type Token } from "./tokens";
import type { EventAnchor } from "./events";
import type { DatePrecision, ExtractedDate, Span } from "./types";

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC)

export function dayNum(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.floor(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000);
}

export function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(dayNum(iso) * 86_400_000).getUTCDay();
}

export function isValidIso(s: string | null | undefined): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  return !!y && !!m && !!d && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// ---------------------------------------------------------------------------------------------
// Linguistic tables (normalized, compared through key(): no leading ال)

const MONTHS_1: Record<string, number> = {
  يناير: 1,
  جانفي: 1,
  جانفييه: 1,
  فبراير: 2,
  فيفري: 2,
  شباط: 2,
  مارس: 3,
  اذار: 3,
  ابريل: 4,
  افريل: 4,
  نيسان: 4,
  مايو: 5,
  ماي: 5,
  ايار: 5,
  يونيو: 6,
  يونيه: 6,
  جوان: 6,
  حزيران: 6,
  يوليو: 7,
  يوليه: 7,
  يوليوز: 7,
  جويليه: 7,
  تموز: 7,
  اغسطس: 8,
  اغشت: 8,
  غشت: 8,
  اوت: 8,
  اب: 8,
  سبتمبر: 9,
  شتنبر: 9,
  ايلول: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  نونبر: 11,
  ديسمبر: 12,
  دجنبر: 12,
  دسمبر: 12,
};
// Two-word Levantine months: first word → second word → month.
const MONTHS_2: Record<string, Record<string, number>> = {
  كانون: { ثاني: 1, اول: 12 },
  تشرين: { اول: 10, ثاني: 11 },
};
// Words that are also ordinary words: accepted as months only next to a day, a year or «شهر».
const AMBIGUOUS_MONTHS = new Set(["مارس", "اب", "ماي", "اوت"]);

const HIJRI_1: Record<string, number> = { محرم: 1, صفر: 2, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10 };
const HIJRI_2: Record<string, Record<string, number>> = {
  ربيع: { اول: 3, ثاني: 4, اخر: 4 },
  جمادي: { اولي: 5, اول: 5, ثانيه: 6, اخره: 6, ثاني: 6 },
  ذو: { قعده: 11, حجه: 12 },
  ذي: { قعده: 11, حجه: 12 },
};

const WEEKDAYS: Record<string, number> = { احد: 0, اثنين: 1, ثلاثاء: 2, اربعاء: 3, خميس: 4, جمعه: 5, سبت: 6 };
const WEEKDAY_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const ORD_UNITS: Record<string, number> = {
  اول: 1,
  حادي: 1,
  ثاني: 2,
  ثالث: 3,
  رابع: 4,
  خامس: 5,
  سادس: 6,
  سابع: 7,
  ثامن: 8,
  تاسع: 9,
  عاشر: 10,
};
const ORD_TENS: Record<string, number> = { عشرين: 20, ثلاثين: 30 };

const PREFIX_WORDS = new Set([
  "يوم",
  "يومه",
  "يومي",
  "زوال",
  "صباح",
  "مساء",
  "ليله",
  "ظهر",
  "عشيه",
  "نهار",
  "صبيحه",
  "امسيه",
  "اليوم",
]);
const PAST_WORDS = new Set(["ماضي", "منصرم", "فايت", "سابق"]);
const NEXT_WORDS = new Set(["مقبل", "مقبله", "قادم", "قادمه"]);
const CURRENT_WORDS = new Set(["جاري", "حالي", "حاليه", "جاريه"]);
const PART_WORDS: Record<string, "early" | "mid" | "late"> = {
  مطلع: "early",
  بدايه: "early",
  اوايل: "early",
  مستهل: "early",
  اول: "early",
  منتصف: "mid",
  اواسط: "mid",
  وسط: "mid",
  اواخر: "late",
  نهايه: "late",
  اخر: "late",
  ختام: "late",
};
const COUNT_WORDS: Record<string, number> = {
  ثلاثه: 3,
  اربعه: 4,
  خمسه: 5,
  سته: 6,
  سبعه: 7,
  ثمانيه: 8,
  تسعه: 9,
  عشره: 10,
};
const UNIT_WORDS: Record<string, "week" | "month" | "year"> = { اسبوع: "week", شهر: "month", عام: "year", سنه: "year" };
const YEAR_LEAD = new Set(["عام", "سنه", "في", "خلال", "منذ", "حتي"]);

// ---------------------------------------------------------------------------------------------
// Phrases

export type Tense = "past" | "future" | "present";

export interface DatePhrase {
  /** Token range [a, b). */
  a: number;
  b: number;
  weekday?: number;
  day?: number;
  day2?: number;
  month?: number;
  year?: number;
  hijri?: boolean;
  /** «يونيو الماضي», «الشهر المقبل», «الأسبوع الماضي». */
  rel?: "past" | "next" | "current";
  part?: "early" | "mid" | "late";
  /** Relative to the reference day: «أمس» = -1, «اليوم» = 0, «قبل يومين» = -2. */
  dayOffset?: number;
  /** Relative units: «الشهر الماضي», «هذا الأسبوع», «العام المقبل». */
  unit?: "week" | "month" | "year";
  /** Vague windows: «قبل أيام», «مؤخرا». */
  vague?: "days-ago" | "week-ago" | "recently" | "weeks-ago";
  /** The phrase marks «this month» (الجاري/الحالي) next to a full day and month. */
  current?: boolean;
  /** «في اليوم نفسه», «في نفس اليوم»: the day of the event reported just before. */
  same?: boolean;
  /** «في اليوم الموالي»: days after the event reported just before (with same). */
  sameOffset?: number;
  /** «يوم 15 من الشهر الجاري / الماضي»: a day of a month named only relative to the reference. */
  monthRel?: "past" | "next" | "current";
  /** «أسبوعا بعد <event>», «على هامش <event>»: placed against a dated event from the knowledge data. */
  event?: EventAnchor;
  /** «في اليوم الثاني من زيارته»: the nth day of the visit the article reports (resolved against its first day). */
  visitDay?: number;
}

function k(t: Token | undefined): string {
  return t && t.kind !== "p" ? key(t.n) : "";
}

function formsKeys(t: Token | undefined): string[] {
  if (!t || t.kind !== "ar") return [];
  return formKeys(t.n);
}

function monthAt(tokens: Token[], i: number): { month: number; len: number; hijri: boolean } | null {
  const t = tokens[i];
  if (!t || t.kind !== "ar") return null;
  for (const f of formsKeys(t)) {
    const two = MONTHS_2[f];
    const nx = k(tokens[i + 1]);
    if (two && two[nx] !== undefined) return { month: two[nx] ?? 1, len: 2, hijri: false };
    const h2 = HIJRI_2[f];
    if (h2 && h2[nx] !== undefined) return { month: h2[nx] ?? 1, len: 2, hijri: true };
    if (MONTHS_1[f] !== undefined) return { month: MONTHS_1[f] ?? 1, len: 1, hijri: false };
    if (HIJRI_1[f] !== undefined) return { month: HIJRI_1[f] ?? 1, len: 1, hijri: true };
  }
  return null;
}

function weekdayAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== "ar") return null;
  // Weekday names are written with ال; a bare «احد» is "one", not Sunday.
  for (const f of tokenForms(t.n)) {
    if (!f.startsWith("ال")) continue;
    const wd = WEEKDAYS[key(f)];
    if (wd !== undefined) return wd;
  }
  return null;
}

function numAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== "num" || t.n.length > 4) return null;
  return Number(t.n);
}

function ordinalAt(tokens: Token[], i: number): { day: number; len: number } | null {
  const a = k(tokens[i]);
  const fa = formsKeys(tokens[i]);
  const tens = fa.map((f) => ORD_TENS[f]).find((x) => x !== undefined);
  if (tens !== undefined && tokens[i]?.n.includes("ال")) return { day: tens, len: 1 };
  const unit = fa.map((f) => ORD_UNITS[f]).find((x) => x !== undefined);
  if (unit === undefined || !tokens[i]?.n.includes("ال")) return null;
  const b = k(tokens[i + 1]);
  if (b === "عشر" && unit < 10) return { day: unit + 10, len: 2 };
  const fb = formsKeys(tokens[i + 1]);
  if (tokens[i + 1]?.n.startsWith("و")) {
    const t2 = fb.map((f) => ORD_TENS[f]).find((x) => x !== undefined);
    if (t2 !== undefined && unit < 10) return { day: unit + t2, len: 2 };
  }
  if (a === "حادي") return null;
  return { day: unit, len: 1 };
}

function dayAt(tokens: Token[], i: number): { day: number; len: number; ordinal: boolean } | null {
  const n = numAt(tokens, i);
  if (n !== null && n >= 1 && n <= 31) return { day: n, len: 1, ordinal: false };
  const o = ordinalAt(tokens, i);
  return o ? { ...o, ordinal: true } : null;
}

function yearAt(tokens: Token[], i: number): number | null {
  const n = numAt(tokens, i);
  if (n === null || tokens[i]?.n.length !== 4) return null;
  return n >= 1300 && n <= 2199 ? n : null;
}

function relWord(t: Token | undefined): "past" | "next" | "current" | null {
  const f = formsKeys(t);
  if (f.some((x) => PAST_WORDS.has(x))) return "past";
  if (f.some((x) => NEXT_WORDS.has(x))) return "next";
  if (f.some((x) => CURRENT_WORDS.has(x))) return "current";
  return null;
}

const isPunct = (t: Token | undefined, chars: string) => !!t && t.kind === "p" && chars.includes(t.n);

// Keys a date phrase can start with (numbers aside): a cheap gate before the real parse.
const START_KEYS = new Set<string>(
  [
    ...Object.keys(MONTHS_1),
    ...Object.keys(MONTHS_2),
    ...Object.keys(HIJRI_1),
    ...Object.keys(HIJRI_2),
    ...Object.keys(WEEKDAYS),
    ...Object.keys(ORD_UNITS),
    ...Object.keys(ORD_TENS),
    ...PREFIX_WORDS,
    ...Object.keys(PART_WORDS),
    ...Object.keys(UNIT_WORDS),
    ...YEAR_LEAD,
    "هذا",
    "هذه",
    "نفس",
    "امس",
    "البارحه",
    "بارحه",
    "اول",
    "يوم",
    "غدا",
    "بعد",
    "مؤخرا",
    "موخرا",
    "قبل",
    "منذ",
    "شهر",
  ].map((w) => key(w)),
);

/** Parses a date phrase starting at token i, or returns null. */
export function parseDateAt(tokens: Token[], i: number): DatePhrase | null {
  const t0 = tokens[i];
  if (!t0 || t0.kind === "p" || t0.kind === "lat") return null;
  if (t0.kind === "ar" && !formKeys(t0.n).some((f) => START_KEYS.has(f))) return null;
  let j = i;
  const start = i;
  let sawPrefix = false;
  while (PREFIX_WORDS.has(k(tokens[j])) && j - start < 2) {
    if (k(tokens[j]) === "يوم" && tokens[j]?.n === "اليوم") {
      // «اليوم» alone is today; followed by a weekday it is a prefix.
      if (weekdayAt(tokens, j + 1) === null) break;
    }
    sawPrefix = true;
    j++;
  }
  const p: DatePhrase = { a: start, b: start };
  const wd = weekdayAt(tokens, j);
  if (wd !== null) {
    p.weekday = wd;
    j++;
    if (isPunct(tokens[j], "،,") && (dayAt(tokens, j + 1) || monthAt(tokens, j + 1))) j++;
  }
  const nd = numericDateAt(tokens, j);
  if (nd) {
    p.day = nd.day;
    p.month = nd.month;
    p.year = nd.year;
    p.b = nd.b;
    return p;
  }
  const d1 = dayAt(tokens, j);
  let afterDay = j;
  if (d1) {
    afterDay = j + d1.len;
    let m = afterDay;
    // second day of a range: «13 و14», «من 13 إلى 15», «الثالث عشر والرابع عشر»
    let d2: { day: number; len: number } | null = null;
    const conn = tokens[m];
    if (conn && ((conn.kind === "ar" && ["و", "الي", "حتي", "ل"].includes(conn.n)) || isPunct(conn, "-–—"))) {
      d2 = dayAt(tokens, m + 1);
      if (d2) m = m + 1 + d2.len;
    } else if (conn && conn.kind === "ar" && conn.n.startsWith("و") && d1.ordinal) {
      const o = ordinalAt([{ ...conn, n: conn.n.slice(1) }, ...tokens.slice(m + 1, m + 3)], 0);
      if (o) {
        d2 = o;
        m = m + o.len;
      }
    }
    let mm = m;
    if (k(tokens[mm]) === "من") mm++;
    if (k(tokens[mm]) === "شهر") mm++;
    const rw = tokens[mm - 1]?.n === "الشهر" ? relWord(tokens[mm]) : null;
    if (rw && d1.day <= 31) {
      p.day = d1.day;
      if (d2 && d2.day > d1.day) p.day2 = d2.day;
      p.monthRel = rw;
      p.rel = rw;
      p.b = mm + 1;
      return p;
    }
    const mo = monthAt(tokens, mm);
    if (mo) {
      p.day = d1.day;
      if (d2 && d2.day > d1.day) p.day2 = d2.day;
      p.month = mo.month;
      p.hijri = mo.hijri;
      j = mm + mo.len;
      j = skipDoubledMonth(tokens, j, mo.month);
      const y = yearAt(tokens, j);
      if (y !== null) {
        p.year = y;
        j++;
        if (["م", "ميلادي", "ميلاديه"].includes(k(tokens[j]))) j++;
        else if (["ه", "هجري", "هجريه", "للهجره"].includes(k(tokens[j]))) {
          p.hijri = true;
          j++;
        }
      } else {
        const r = relWord(tokens[j]);
        if (r) {
          if (r === "current") p.current = true;
          p.rel = r;
          j++;
        }
      }
      if (p.hijri && p.year === undefined) return null;
      p.b = j;
      return p;
    }
  }
  if (p.weekday !== undefined) {
    // weekday alone, possibly «المقبل» / «الماضي»
    const r = relWord(tokens[j]);
    if (r && r !== "current") {
      p.rel = r;
      j++;
    }
    p.b = j;
    return p;
  }
  if (sawPrefix) {
    j = start;
  }
  return parseMonthOrRelative(tokens, j);
}

/** «12/05/2023», «2023-05-12», «12.05.2023»: day first unless the year leads (Arabic sources write day/month/year). */
function numericDateAt(tokens: Token[], i: number): { day: number; month: number; year: number; b: number } | null {
  const a = tokens[i];
  const s1 = tokens[i + 1];
  const b = tokens[i + 2];
  const s2 = tokens[i + 3];
  const c = tokens[i + 4];
  if (!a || !b || !c || a.kind !== "num" || b.kind !== "num" || c.kind !== "num") return null;
  if (!isPunct(s1, "/-.") || !s2 || s2.n !== s1?.n) return null;
  // the parts must be written together: «12/05/2023», not «12 - 05 - 2023» across a sentence
  if (s1.os !== a.oe || b.os !== s1.oe || s2.os !== b.oe || c.os !== s2.oe) return null;
  let day: number;
  let month: number;
  let year: number;
  if (a.n.length === 4) [year, month, day] = [Number(a.n), Number(b.n), Number(c.n)];
  else if (c.n.length === 4) [day, month, year] = [Number(a.n), Number(b.n), Number(c.n)];
  else return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { day, month, year, b: i + 5 };
}

function skipDoubledMonth(tokens: Token[], j: number, month: number): number {
  // «كانون الثاني/ يناير», «يناير (كانون الثاني)»
  let x = j;
  if (isPunct(tokens[x], "/(-–")) {
    const mo = monthAt(tokens, x + 1);
    if (mo && mo.month === month) {
      x = x + 1 + mo.len;
      if (isPunct(tokens[x], ")")) x++;
      return x;
    }
  }
  return j;
}

function parseMonthOrRelative(tokens: Token[], i: number): DatePhrase | null {
  let j = i;
  const t = tokens[j];
  if (!t) return null;
  const kt = k(t);
  const forms = formsKeys(t);
  const p: DatePhrase = { a: i, b: i };
  // part of a period: «منتصف الشهر الماضي», «مطلع يونيو»
  const part = forms.map((f) => PART_WORDS[f]).find((x) => x !== undefined);
  if (part) {
    j++;
    p.part = part;
  }
  // «شهر يونيو 2022», «يونيو 2022», «في يونيو الماضي»
  let jj = j;
  if (k(tokens[jj]) === "شهر" && monthAt(tokens, jj + 1)) jj++;
  const mo = monthAt(tokens, jj);
  if (mo) {
    let x = jj + mo.len;
    x = skipDoubledMonth(tokens, x, mo.month);
    const y = yearAt(tokens, x);
    const r = y === null ? relWord(tokens[x]) : null;
    const hadShahr = jj > j;
    const prevWord = k(tokens[i - 1]);
    const name = k(tokens[jj]);
    if (y !== null) {
      p.year = y;
      x++;
      if (["ه", "هجري", "هجريه", "للهجره"].includes(k(tokens[x]))) {
        p.hijri = true;
        x++;
      } else if (["م", "ميلادي"].includes(k(tokens[x]))) x++;
    } else if (r) {
      p.rel = r;
      x++;
    } else if (
      mo.hijri ||
      AMBIGUOUS_MONTHS.has(name) ||
      !(hadShahr || part || ["في", "خلال", "منذ", "حتي", "بدايه", "نهايه"].includes(prevWord))
    ) {
      return null;
    }
    if (mo.hijri && p.year === undefined) return null;
    p.month = mo.month;
    if (mo.hijri) p.hijri = true;
    p.b = x;
    return p;
  }
  // «الشهر الماضي», «الأسبوع المقبل», «هذا العام», «العام 2020»
  let u = j;
  let demonstrative = false;
  if (["هذا", "هذه"].includes(k(tokens[u]))) {
    demonstrative = true;
    u++;
  }
  const unitTok = tokens[u];
  const unit =
    unitTok && unitTok.n.includes("ال")
      ? formsKeys(unitTok)
          .map((f) => UNIT_WORDS[f])
          .find((x) => x !== undefined)
      : undefined;
  if (unit) {
    const y = unit === "year" ? yearAt(tokens, u + 1) : null;
    if (y !== null) {
      p.year = y;
      p.b = u + 2;
      return p;
    }
    const r = demonstrative ? "current" : relWord(tokens[u + 1]);
    if (r) {
      p.unit = unit;
      p.rel = r;
      p.b = demonstrative ? u + 1 : u + 2;
      return p;
    }
    if (part && !demonstrative) {
      // «نهاية الشهر» alone: too vague without a marker
      return null;
    }
  }
  if (part) return null;
  // years: «عام 2020», «في 2020»
  if (YEAR_LEAD.has(kt)) {
    const y = yearAt(tokens, j + 1);
    if (y !== null && y >= 1900) {
      p.year = y;
      p.b = j + 2;
      return p;
    }
  }
  // relative days
  if (kt === "امس" || kt === "البارحه" || kt === "بارحه") {
    if (k(tokens[i - 1]) === "اول") return null;
    // Levantine «أمس الأول» is the day before yesterday
    if (kt === "امس" && tokens[j + 1]?.n === "الاول") {
      p.dayOffset = -2;
      p.b = j + 2;
      return p;
    }
    p.dayOffset = -1;
    p.b = j + 1;
    return p;
  }
  if (kt === "اول" && k(tokens[j + 1]) === "امس") {
    p.dayOffset = -2;
    p.b = j + 2;
    return p;
  }
  // «اليوم نفسه», «اليوم ذاته», «نفس اليوم»: the same day as the event just reported
  if ((t.n === "اليوم" || t.n === "واليوم") && ["نفسه", "ذاته"].includes(k(tokens[j + 1]))) {
    p.same = true;
    p.b = j + 2;
    return p;
  }
  // «في اليوم الموالي», «اليوم التالي»: the day after the event just reported
  if ((t.n === "اليوم" || t.n === "واليوم") && ["موالي", "تالي"].includes(k(tokens[j + 1]))) {
    p.same = true;
    p.sameOffset = 1;
    p.b = j + 2;
    return p;
  }
  if (kt === "نفس" && tokens[j + 1]?.n === "اليوم") {
    p.same = true;
    p.b = j + 2;
    return p;
  }
  // «اليوم الثاني من زيارته», «اليوم الأول من الجولة»
  if (t.n === "اليوم" || t.n === "واليوم") {
    const o = ordinalAt(tokens, j + 1);
    const visit = formsKeys(tokens[j + 3]).some((f) => /^(زيار|جول)/.test(f));
    if (o && o.len === 1 && o.day <= 10 && k(tokens[j + 2]) === "من" && visit) {
      p.visitDay = o.day;
      p.b = j + 4;
      return p;
    }
  }
  if (t.n === "اليوم" || t.n === "واليوم") {
    p.dayOffset = 0;
    p.b = j + 1;
    return p;
  }
  if (kt === "غدا") {
    p.dayOffset = 1;
    p.b = j + 1;
    return p;
  }
  if (kt === "بعد" && k(tokens[j + 1]) === "غد") {
    p.dayOffset = 2;
    p.b = j + 2;
    return p;
  }
  if (kt === "مؤخرا" || kt === "موخرا") {
    p.vague = "recently";
    p.b = j + 1;
    return p;
  }
  if (kt === "قبل" || kt === "منذ") {
    const n = k(tokens[j + 1]);
    if (n === "ايام" || n === "بضعه") {
      p.vague = "days-ago";
      p.b = n === "بضعه" ? j + 3 : j + 2;
      return p;
    }
    if (n === "يومين") {
      p.dayOffset = -2;
      p.b = j + 2;
      return p;
    }
    if (n === "اسبوع" || n === "اسبوعين") {
      p.vague = n === "اسبوع" ? "week-ago" : "weeks-ago";
      p.b = j + 2;
      return p;
    }
    const num = numAt(tokens, j + 1) ?? COUNT_WORDS[k(tokens[j + 1])] ?? null;
    if (num !== null && num >= 2 && num <= 10 && ["ايام", "يوما"].includes(k(tokens[j + 2]))) {
      p.dayOffset = -num;
      p.b = j + 3;
      return p;
    }
  }
  return null;
}

/** All date phrases in a token range, left to right, non-overlapping. */
export function findDates(tokens: Token[], a = 0, b = tokens.length): DatePhrase[] {
  const out: DatePhrase[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (!t || t.kind === "p") continue;
    const p = parseDateAt(tokens, i);
    if (p && p.b > p.a) {
      out.push(p);
      i = p.b - 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution

export interface ResolveContext {
  /** Reference day YYYY-MM-DD (publication date or inferred anchor), or null. */
  ref: string | null;
  /** Where ref came from, for the explanation. */
  refLabel: string;
  /** True when ref is the article's publication date (or an anchor standing in for it). */
  refIsPublished: boolean;
  tense: Tense;
  /** Chooses a year for a day+month (+weekday) that states none, when ref cannot. */
  pickYear?: (month: number, day: number, weekday: number | undefined) => { year: number; why: string } | null;
}

function result(
  start: string | null,
  end: string | null,
  precision: DatePrecision,
  explanation: string,
  dependsOnPublished: boolean,
): Omit<ExtractedDate, "text" | "span"> {
  return { start, end, precision, explanation, dependsOnPublished };
}

function monthRange(y: number, m: number, part?: "early" | "mid" | "late"): [string, string] {
  const dim = daysInMonth(y, m);
  if (part === "early") return [ymd(y, m, 1), ymd(y, m, 10)];
  if (part === "mid") return [ymd(y, m, 11), ymd(y, m, 20)];
  if (part === "late") return [ymd(y, m, 21), ymd(y, m, dim)];
  return [ymd(y, m, 1), ymd(y, m, dim)];
}

export function hijriToIso(y: number, m: number, d: number): string | null {
  try {
    const fmt = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    });
    const est = Math.round((y - 1) * 354.367 + (m - 1) * 29.53 + (d - 1)) + dayNum("0622-07-19");
    for (let delta = -45; delta <= 45; delta++) {
      const day = est + delta;
      const parts = fmt.formatToParts(new Date(day * 86_400_000));
      const get = (t: string) => Number(parts.find((x) => x.type === t)?.value.replace(/\D/g, "") ?? NaN);
      if (get("year") === y && get("month") === m && get("day") === d) return isoOf(day);
    }
  } catch {
    return null;
  }
  return null;
}

/** Resolves a parsed phrase. Never throws. */
export function resolvePhrase(p: DatePhrase, ctx: ResolveContext): Omit<ExtractedDate, "text" | "span"> {
  const ref = isValidIso(ctx.ref) ? ctx.ref : null;
  const refD = ref ? dayNum(ref) : 0;
  const dep = ctx.refIsPublished;
  const tense: Tense = p.rel === "past" ? "past" : p.rel === "next" ? "future" : ctx.tense;
  const unknown = (why: string) => result(null, null, "unknown", why, true);

  if (p.event) return resolveEvent(p.event);
  if (p.same) return result(null, null, "unknown", "«The same day»: the day of the event reported just before.", false);
  if (p.visitDay !== undefined)
    return result(null, null, "unknown", `Day ${p.visitDay} of the visit: counted from the visit's first day.`, false);
  // Hijri dates
  if (p.hijri) {
    if (p.year !== undefined && p.month !== undefined) {
      if (p.day !== undefined) {
        const s = hijriToIso(p.year, p.month, p.day);
        const e = p.day2 !== undefined ? hijriToIso(p.year, p.month, p.day2) : s;
        if (s)
          return result(
            s,
            e ?? s,
            p.day2 !== undefined ? "range" : "day",
            `Hijri date ${p.day}/${p.month}/${p.year} AH converted with the Umm al-Qura calendar.`,
            false,
          );
      } else {
        const s = hijriToIso(p.year, p.month, 1);
        const e = hijriToIso(p.year, p.month, 29);
        if (s && e)
          return result(
            s,
            e,
            "month",
            `Hijri month ${p.month}/${p.year} AH converted with the Umm al-Qura calendar.`,
            false,
          );
      }
    }
    return result(null, null, "unknown", "Hijri date that could not be converted.", false);
  }

  // «يوم 15 من الشهر الجاري»
  if (p.monthRel && p.day !== undefined && p.month === undefined) {
    if (!ref) return unknown("A day of «this/last/next month»; needs the publication date.");
    const shift = p.monthRel === "past" ? -1 : p.monthRel === "next" ? 1 : 0;
    const mi = Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) - 1 + shift;
    const y = Math.floor(mi / 12);
    const m = (mi % 12) + 1;
    if (p.day > daysInMonth(y, m)) return result(null, null, "unknown", "The day does not exist in that month.", false);
    const s = ymd(y, m, p.day);
    const e = p.day2 !== undefined && p.day2 <= daysInMonth(y, m) ? ymd(y, m, p.day2) : s;
    return result(
      s,
      e,
      e !== s ? "range" : "day",
      `Day ${p.day} of ${MONTH_EN[m - 1]} ${y}, the month ${shift < 0 ? "before" : shift > 0 ? "after" : "of"} ${ctx.refLabel}.`,
      dep,
    );
  }
  // Full or partial calendar dates
  if (p.month !== undefined && p.day !== undefined) {
    let year = p.year;
    let why = "";
    let depends = false;
    if (year === undefined) {
      if (p.rel === "current" && ref) {
        year = Number(ref.slice(0, 4));
        why = `the month is «the current one» in ${ctx.refLabel}`;
        depends = dep;
      } else if (ref && p.rel !== "current") {
        // nearest occurrence in the direction of the tense
        const y0 = Number(ref.slice(0, 4));
        const cands = [y0 - 1, y0, y0 + 1].filter(
          (y) => p.day !== undefined && p.month !== undefined && p.day <= daysInMonth(y, p.month),
        );
        const sorted = cands
          .map((y) => ({ y, d: dayNum(ymd(y, p.month ?? 1, p.day ?? 1)) - refD }))
          .filter((c) =>
            tense === "future" || p.rel === "next" ? c.d >= 0 : tense === "past" || p.rel === "past" ? c.d <= 0 : true,
          )
          .sort((a, b) => Math.abs(a.d) - Math.abs(b.d));
        year = sorted[0]?.y ?? y0;
        why =
          `no year is written; the nearest ${tense === "future" ? "coming" : tense === "present" ? "" : "past"} occurrence relative to ${ctx.refLabel}`.replace(
            "  ",
            " ",
          );
        depends = dep;
      } else if (ctx.pickYear) {
        const py = ctx.pickYear(p.month, p.day, p.weekday);
        if (py) {
          year = py.year;
          why = py.why;
        }
      }
      if (year === undefined) return unknown("Day and month without a year, and no publication date to place them.");
    }
    if (p.day > daysInMonth(year, p.month))
      return result(null, null, "unknown", "The day does not exist in that month.", false);
    const s = ymd(year, p.month, p.day);
    const e = p.day2 !== undefined && p.day2 <= daysInMonth(year, p.month) ? ymd(year, p.month, p.day2) : s;
    const prec: DatePrecision = e !== s ? "range" : "day";
    let expl = p.year !== undefined ? "Date stated in full in the text." : `Day and month stated; year from ${why}.`;
    if (p.weekday !== undefined && weekdayOf(s) !== p.weekday)
      expl += ` (The stated weekday ${WEEKDAY_EN[p.weekday]} does not match.)`;
    return result(s, e, prec, expl, depends);
  }
  if (p.month !== undefined) {
    let year = p.year;
    let depends = false;
    let why = "";
    if (year === undefined) {
      if (!ref) return unknown(`Month ${MONTH_EN[p.month - 1]} without a year; needs the publication date.`);
      const ry = Number(ref.slice(0, 4));
      const rm = Number(ref.slice(5, 7));
      depends = dep;
      if (p.rel === "current") year = ry;
      else if (p.rel === "past" || (p.rel === undefined && tense !== "future"))
        year = p.month < rm ? ry : p.rel === "past" || p.month > rm ? ry - 1 : ry;
      else year = p.month > rm ? ry : ry + 1;
      why = ` in the year given by ${ctx.refLabel}`;
    }
    const [s, e] = monthRange(year, p.month, p.part);
    return result(
      s,
      e,
      p.part ? "approximate" : "month",
      `${p.part ? `${p.part === "mid" ? "Middle" : p.part === "early" ? "Start" : "End"} of ` : ""}${MONTH_EN[p.month - 1]} ${year}${why}.`,
      depends,
    );
  }
  if (p.year !== undefined && p.unit === undefined) {
    return result(`${p.year}-01-01`, `${p.year}-12-31`, "year", `Only the year ${p.year} is stated.`, false);
  }
  // Everything below needs the reference date.
  if (p.weekday !== undefined) {
    if (!ref)
      return unknown(`Weekday ${WEEKDAY_EN[p.weekday]} alone; it cannot be placed without the publication date.`);
    const rw = weekdayOf(ref);
    let diff: number;
    if (tense === "future") {
      diff = (p.weekday - rw + 7) % 7;
      if (diff === 0 && p.rel === "next") diff = 7;
    } else {
      diff = -((rw - p.weekday + 7) % 7);
      if (diff === 0 && p.rel === "past") diff = -7;
    }
    const d = isoOf(refD + diff);
    const dir = tense === "future" ? "the coming" : "the last";
    return result(
      d,
      d,
      "day",
      `${dir} ${WEEKDAY_EN[p.weekday]} ${diff === 0 ? "(the same day) " : ""}relative to ${ctx.refLabel}, by the clause's ${tense === "future" ? "future" : "past"} tense.`,
      dep,
    );
  }
  if (p.dayOffset !== undefined) {
    if (!ref) return unknown("Relative day; needs the publication date.");
    const d = isoOf(refD + p.dayOffset);
    return result(
      d,
      d,
      "day",
      `${p.dayOffset === 0 ? "The same day as" : `${Math.abs(p.dayOffset)} day(s) ${p.dayOffset < 0 ? "before" : "after"}`} ${ctx.refLabel}.`,
      dep,
    );
  }
  if (p.vague) {
    if (!ref) return unknown("Vague relative time; needs the publication date.");
    const win: Record<string, [number, number, string]> = {
      "days-ago": [-10, -2, "«a few days ago»"],
      "week-ago": [-9, -5, "«a week ago»"],
      "weeks-ago": [-17, -11, "«two weeks ago»"],
      recently: [-30, 0, "«recently»"],
    };
    const [a, b, label] = win[p.vague] ?? [-10, 0, "relative"];
    return result(
      isoOf(refD + a),
      isoOf(refD + b),
      "approximate",
      `${label} before ${ctx.refLabel}: an approximate window.`,
      dep,
    );
  }
  if (p.unit) {
    if (!ref) return unknown("Relative period; needs the publication date.");
    const ry = Number(ref.slice(0, 4));
    const rm = Number(ref.slice(5, 7));
    const shift = p.rel === "past" ? -1 : p.rel === "next" ? 1 : 0;
    if (p.unit === "month") {
      const idx = ry * 12 + (rm - 1) + shift;
      const y = Math.floor(idx / 12);
      const m = (idx % 12) + 1;
      const [s, e] = monthRange(y, m, p.part);
      const what = shift < 0 ? "the month before" : shift > 0 ? "the month after" : "the month of";
      return result(
        s,
        e,
        p.part ? "approximate" : "month",
        `${p.part ? `${p.part === "mid" ? "Middle (about 11th–20th)" : p.part === "early" ? "Start" : "End"} of ` : ""}${what} ${ctx.refLabel}: ${MONTH_EN[m - 1]} ${y}.`,
        dep,
      );
    }
    if (p.unit === "year") {
      const y = ry + shift;
      if (p.part) {
        const [s, e] =
          p.part === "early"
            ? [`${y}-01-01`, `${y}-03-31`]
            : p.part === "mid"
              ? [`${y}-05-01`, `${y}-08-31`]
              : [`${y}-10-01`, `${y}-12-31`];
        return result(s, e, "approximate", `Part of the year ${y}, relative to ${ctx.refLabel}.`, dep);
      }
      return result(`${y}-01-01`, `${y}-12-31`, "year", `The year ${y}, relative to ${ctx.refLabel}.`, dep);
    }
    // weeks start on Monday for this purpose
    const dow = (weekdayOf(ref) + 6) % 7;
    const monday = refD - dow + shift * 7;
    return result(
      isoOf(monday),
      isoOf(monday + 6),
      "approximate",
      `${shift < 0 ? "The week before" : shift > 0 ? "The week after" : "The week of"} ${ctx.refLabel}.`,
      dep,
    );
  }
  return result(null, null, "unknown", "No usable date.", false);
}

function resolveEvent(e: EventAnchor): Omit<ExtractedDate, "text" | "span"> {
  const start = e.event.start;
  const end = e.event.end ?? start;
  if (!isValidIso(start) || !isValidIso(end))
    return result(null, null, "unknown", "The event's date in the knowledge data is not a valid day.", false);
  const s0 = dayNum(start);
  const e0 = dayNum(end);
  const [a, b] =
    e.relation === "after" ? [e0 + e.lo, e0 + e.hi] : e.relation === "before" ? [s0 - e.hi, s0 - e.lo] : [s0, e0];
  const precision: DatePrecision = a === b ? "day" : e.relation === "during" ? "range" : "approximate";
  const when = start === end ? start : `${start} to ${end}`;
  const name = e.event.nameEn ?? e.event.nameAr;
  const how = e.relation === "during" ? "During" : e.how.charAt(0).toUpperCase() + e.how.slice(1);
  return result(isoOf(a), isoOf(b), precision, `${how} ${name} (${when}, a dated event in the knowledge data).`, false);
}

export function describeWeekday(wd: number): string {
  return WEEKDAY_AR[wd] ?? "";
}

export function emptyDate(): ExtractedDate {
  return {
    start: null,
    end: null,
    precision: "unknown",
    text: "",
    span: null,
    explanation: "No date is stated for this meeting.",
    dependsOnPublished: false,
  };
}

export function withSpan(d: Omit<ExtractedDate, "text" | "span">, span: Span): ExtractedDate {
  return { ...d, text: span.text, span };
}
