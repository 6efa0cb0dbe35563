// Arabic text normalization shared by the extractor and the app's search. Everything the
// extractor matches runs over normalized text; offsets map back to the original so evidence
// spans always point at what the article really says.

export interface NormalizedText {
  /** Normalized text. */
  text: string;
  /** map[i] = offset in the original of the character that produced text[i]; map[text.length] = original length. */
  map: number[];
  /** ends[i] = offset just after that original character (surrogate pairs and ligatures span several). */
  ends: number[];
}

const LETTER_MAP: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ٲ: "ا",
  ٳ: "ا",
  ى: "ي",
  ی: "ي",
  ې: "ي",
  ة: "ه",
  ۀ: "ه",
  ھ: "ه",
  ؤ: "و",
  ئ: "ي",
  ک: "ك",
  گ: "ك",
  ڤ: "ف",
  پ: "ب",
  چ: "ج",
};

function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || // Quranic marks
    (c >= 0x064b && c <= 0x065f) || // harakat
    c === 0x0670 || // superscript alef
    c === 0x0640 || // tatweel
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x00ad || // soft hyphen
    (c >= 0x200b && c <= 0x200f) || // zero-width, LRM/RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0x061c || // Arabic letter mark
    c === 0xfeff
  );
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x1680
  );
}

function isNewline(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function mapChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  const m = LETTER_MAP[ch];
  if (m !== undefined) return m;
  // Presentation forms (ligatures such as ﻻ) and full-width Latin fold through NFKC.
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) || (c >= 0xff01 && c <= 0xff5e)) {
    let out = "";
    for (const x of ch.normalize("NFKC")) {
      const xc = x.codePointAt(0) ?? 0;
      if (isDropped(xc)) continue;
      out += LETTER_MAP[x] ?? x;
    }
    return out.toLowerCase();
  }
  if (c < 0x0600 || c > 0x06ff) return ch.toLowerCase();
  return ch;
}

const ARABIC_LETTER = /[\u0621-\u064a]/;

/**
 * Normalizes and keeps, for every output character, where it came from. Whitespace runs become
 * one space (or one newline when the run holds a line break, so line structure survives).
 */
export function normalizeWithMap(input: string): NormalizedText {
  const s = typeof input === "string" ? input : String(input ?? "");
  const out: string[] = [];
  const map: number[] = [];
  const ends: number[] = [];
  let i = 0;
  let pendingSpace: { start: number; end: number; newline: boolean } | null = null;
  while (i < s.length) {
    const c = s.codePointAt(i) ?? 0;
    const len = c > 0xffff ? 2 : 1;
    const ch = s.slice(i, i + len);
    if (isSpace(c) || isNewline(c)) {
      if (pendingSpace) {
        pendingSpace.end = i + len;
        pendingSpace.newline ||= isNewline(c);
      } else pendingSpace = { start: i, end: i + len, newline: isNewline(c) };
      i += len;
      continue;
    }
    if (isDropped(c)) {
      i += len;
      continue;
    }
    if (pendingSpace) {
      if (out.length > 0) {
        out.push(pendingSpace.newline ? "\n" : " ");
        map.push(pendingSpace.start);
        ends.push(pendingSpace.end);
      }
      pendingSpace = null;
    }
    const m = mapChar(ch);
    for (const x of m) {
      out.push(x);
      map.push(i);
      ends.push(i + len);
    }
    i += len;
  }
  joinAbd(out, map, ends);
  map.push(s.length);
  return { text: out.join(""), map, ends };
}

/** «عبد اللطيف» and «عبداللطيف» are one name: drop the space after a standalone «عبد». */
function joinAbd(out: string[], map: number[], ends: number[]): void {
  for (let k = 0; k + 4 < out.length; k++) {
    if (out[k] !== "ع" || out[k + 1] !== "ب" || out[k + 2] !== "د" || out[k + 3] !== " ") continue;
    const next = out[k + 4] ?? "";
    if (!ARABIC_LETTER.test(next)) continue;
    // Standalone word: «عبد» at a word start, possibly after one proclitic letter.
    const before = k > 0 ? (out[k - 1] ?? "") : " ";
    const before2 = k > 1 ? (out[k - 2] ?? "") : " ";
    const atStart = !ARABIC_LETTER.test(before) || ("وفبلك".includes(before) && !ARABIC_LETTER.test(before2));
    if (!atStart) continue;
    out.splice(k + 3, 1);
    map.splice(k + 3, 1);
    ends.splice(k + 3, 1);
  }
}

/** The normalized form used for matching and search (whitespace collapsed to single spaces). */
export function normalizeArabic(s: string): string {
  if (typeof s !== "string" || s.length === 0) return "";
  return normalizeWithMap(s).text.replace(/\n/g, " ").trim();
}

/** Maps a normalized range [a, b) back to the original string's range. */
export function originalRange(n: NormalizedText, a: number, b: number): { start: number; end: number } {
  const start = n.map[a] ?? n.map[n.map.length - 1] ?? 0;
  const end = b > a ? (n.ends[b - 1] ?? start) : start;
  return { start, end };
}

// Frequent words whose first letter looks like a proclitic but is part of the word.
const PROTECTED = new Set([
  "وزير",
  "وزيره",
  "وزراء",
  "وزاره",
  "وزارات",
  "وكاله",
  "وكالات",
  "ولايه",
  "ولايات",
  "والي",
  "وفد",
  "وفود",
  "وطني",
  "وطنيه",
  "وضع",
  "وضعيه",
  "وقت",
  "واشنطن",
  "ولد",
  "وليد",
  "وديع",
  "وهبي",
  "وحده",
  "وثيقه",
  "وسط",
  "ورقه",
  "فرنسا",
  "فريق",
  "فرع",
  "فتره",
  "فلسطين",
  "فيينا",
  "فبراير",
  "فيفري",
  "فيصل",
  "فؤاد",
  "فواد",
  "فاطمه",
  "فهد",
  "فوزي",
  "فيلق",
  "بلد",
  "بلاد",
  "بيان",
  "بريطانيا",
  "بروكسل",
  "برلين",
  "بغداد",
  "بيروت",
  "بكين",
  "باريس",
  "بوريطه",
  "بوتين",
  "بايدن",
  "بلاغ",
  "برنامج",
  "بحث",
  "بعثه",
  "بنك",
  "بيت",
  "لقاء",
  "لقاءات",
  "لجنه",
  "لندن",
  "ليبيا",
  "لبنان",
  "لشبونه",
  "لواء",
  "كلمه",
  "كندا",
  "كوريا",
  "كاتب",
  "كريم",
  "كمال",
  "كبير",
  "كبار",
]);

/**
 * Strips proclitics from one normalized token: ال-compounds (وال بال فال كال لل ولل وبال …)
 * whenever two letters remain, a single و ف ب ل ك only when at least four letters remain and
 * the word is not a frequent one that starts with that letter.
 */
export function stripClitics(token: string): string {
  const t = token;
  if (t.length < 4 || PROTECTED.has(t)) return t;
  for (const p of ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"]) {
    if (t.startsWith(p) && t.length - p.length >= 2) return t.slice(p.length);
  }
  const first = t[0] ?? "";
  if ("وف".includes(first) && t.length - 1 >= 4) {
    const rest = t.slice(1);
    if (PROTECTED.has(rest)) return rest;
    return stripClitics(rest);
  }
  if ("بلك".includes(first) && t.length - 1 >= 4) return t.slice(1);
  return t;
}

/**
 * Every reading of a token as (proclitics +) stem, for matching against a known vocabulary:
 * «بالرباط» → بالرباط، الرباط، رباط. Over-generates on purpose; the vocabulary decides.
 */
export function tokenForms(token: string): string[] {
  const hit = formsCache.get(token);
  if (hit) return hit;
  const out = computeForms(token);
  if (formsCache.size > 50_000) formsCache.clear();
  formsCache.set(token, out);
  return out;
}

// Tokens repeat a lot within and across articles: their readings are memoized.
const formsCache = new Map<string, string[]>();

function computeForms(token: string): string[] {
  const forms = new Set<string>([token]);
  const add = (x: string) => {
    if (x.length >= 2) {
      forms.add(x);
      if (x.startsWith("ال") && x.length >= 4) forms.add(x.slice(2));
    }
  };
  add(token);
  for (const p of ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل"]) {
    if (token.startsWith(p)) {
      forms.add(`ال${token.slice(p.length)}`);
      add(token.slice(p.length));
    }
  }
  for (const a of ["و", "ف"]) {
    if (token.startsWith(a)) {
      const rest = token.slice(1);
      add(rest);
      for (const b of ["ب", "ل", "ك"]) if (rest.startsWith(b)) add(rest.slice(1));
    }
  }
  for (const b of ["ب", "ل", "ك"]) if (token.startsWith(b)) add(token.slice(1));
  return [...forms];
}

/** A token's form without a leading ال (used to compare family names: العمري = عمري). */
export function withoutArticle(t: string): string {
  return t.startsWith("ال") && t.length >= 4 ? t.slice(2) : t;
}
