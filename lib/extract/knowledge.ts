// Knowledge as data: validation (zod), file loading, and a compiled index of token-sequence
// matchers built once per Knowledge object. Aliases are matched on normalized tokens, never
// turned into regular expressions.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { normalizeArabic, tokenForms } from "./normalize";
import { buildDoc, formKeys, key, type Token } from "./tokens";
import type {
  CountryCode,
  Knowledge,
  KnowledgeAgency,
  KnowledgeOfficial,
  KnowledgePlace,
  KnowledgePosition,
} from "./types";

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "not a calendar day",
  );
const dateish = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const strList = z.array(z.string()).default([]);

const KnowledgeSchema = z.object({
  countries: z
    .array(
      z.object({
        code: z.string().min(2).max(3),
        nameAr: z.string().min(1),
        nameEn: z.string().min(1),
        aliases: strList,
        demonyms: strList,
      }),
    )
    .default([]),
  places: z
    .array(
      z.object({
        slug: z.string().min(1),
        nameAr: z.string().min(1),
        nameEn: z.string().nullable().default(null),
        kind: z.enum(["city", "region", "venue"]).default("city"),
        country: z.string().nullable().default(null),
        aliases: strList,
      }),
    )
    .default([]),
  agencies: z
    .array(
      z.object({
        slug: z.string().min(1),
        nameAr: z.string().min(1),
        nameEn: z.string().nullable().default(null),
        country: z.string().nullable().default(null),
        kind: z
          .enum([
            "government",
            "security",
            "intelligence",
            "military",
            "embassy",
            "ministry",
            "news-agency",
            "international",
            "other",
          ])
          .default("other"),
        aliases: strList,
      }),
    )
    .default([]),
  positions: z
    .array(
      z.object({
        slug: z.string().min(1),
        titleAr: z.string().min(1),
        titleEn: z.string().nullable().default(null),
        agency: z.string().nullable().default(null),
        country: z.string().nullable().default(null),
        aliases: strList,
        tenures: z
          .array(
            z.object({
              official: z.string().min(1),
              from: dateish.nullable().default(null),
              to: dateish.nullable().default(null),
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  officials: z
    .array(
      z.object({
        slug: z.string().min(1),
        nameAr: z.string().min(1),
        nameEn: z.string().nullable().default(null),
        country: z.string().nullable().default(null),
        gender: z.enum(["m", "f"]).nullable().optional(),
        aliases: strList,
      }),
    )
    .default([]),
  events: z
    .array(
      z
        .object({
          slug: z.string().min(1),
          nameAr: z.string().min(1),
          nameEn: z.string().nullable().default(null),
          start: isoDay,
          end: isoDay.nullable().default(null),
          country: z.string().nullable().default(null),
          aliases: strList,
        })
        .refine((e) => e.end === null || e.end >= e.start, { message: "end is before start", path: ["end"] }),
    )
    .default([]),
});

/** Validates plain JSON into a Knowledge object; throws a readable error when it does not fit. */
export function parseKnowledge(json: unknown): Knowledge {
  const r = KnowledgeSchema.safeParse(json);
  if (!r.success) {
    const first = r.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`invalid knowledge: ${first.join("; ")}`);
  }
  return r.data as Knowledge;
}

export function loadKnowledgeFile(path: string): Knowledge {
  const raw = readFileSync(path, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`knowledge file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  return parseKnowledge(json);
}

// ---------------------------------------------------------------------------------------------
// Phrase matching on tokens

/**
 * Comparison keys of an alias's words. «ال» is dropped (العمري = عمري) except where the word
 * starts with a hamza-alef + ل («ألباريس»): that is part of the name, not the article.
 */
export function aliasKeys(alias: string): string[] {
  const doc = buildDoc(alias);
  return doc.tokens
    .filter((t) => t.kind !== "p")
    .map((t) => (/^[أإآ]ل/.test(alias.slice(t.os, t.oe)) ? t.n : key(t.n)));
}

export interface PhraseMatch<T> {
  len: number;
  payloads: T[];
}

/** Token-sequence dictionary: first token matched through clitic forms, the rest exactly (ال-insensitive). */
export class PhraseMatcher<T> {
  private byFirst = new Map<string, { keys: string[]; payload: T }[]>();

  add(alias: string, payload: T): void {
    const keys = aliasKeys(alias);
    if (keys.length === 0) return;
    const first = keys[0] ?? "";
    const list = this.byFirst.get(first) ?? [];
    if (!list.some((e) => e.payload === payload && e.keys.join(" ") === keys.join(" "))) list.push({ keys, payload });
    this.byFirst.set(first, list);
  }

  /** Longest match starting at token i (all payloads of that length). */
  match(tokens: Token[], i: number, opts: { clitics?: boolean } = {}): PhraseMatch<T> | null {
    const t = tokens[i];
    if (!t || t.kind === "p") return null;
    const firsts = opts.clitics === false ? [key(t.n), t.n] : [...formKeys(t.n), ...tokenForms(t.n)];
    let best: PhraseMatch<T> | null = null;
    for (const f of firsts) {
      const list = this.byFirst.get(f);
      if (!list) continue;
      for (const e of list) {
        let ok = true;
        let pos = i + 1;
        for (let k = 1; k < e.keys.length; k++) {
          // «John F. Kennedy», «Grande-Marlaska»: dots and hyphens inside a name are skipped
          while (tokens[pos]?.kind === "p" && (tokens[pos]?.n === "." || tokens[pos]?.n === "-")) pos++;
          const tk = tokens[pos];
          if (!tk || tk.kind === "p" || (key(tk.n) !== e.keys[k] && tk.n !== e.keys[k])) {
            ok = false;
            break;
          }
          pos++;
        }
        if (!ok) continue;
        const len = pos - i;
        if (!best || len > best.len) best = { len, payloads: [e.payload] };
        else if (len === best.len && !best.payloads.includes(e.payload)) best.payloads.push(e.payload);
      }
    }
    return best;
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled index

const DEMONYM_SUFFIXES = ["يين", "يون", "يان", "ين", "يه", "ي"];

/** Stem of a nisba adjective: الأمريكيين / الأمريكين / الأمريكية → امريك. Null when not nisba-shaped. */
export function nisbaStem(token: string): string | null {
  const t = key(token);
  for (const s of DEMONYM_SUFFIXES) {
    if (t.endsWith(s) && t.length - s.length >= 3) return t.slice(0, t.length - s.length);
  }
  return null;
}

export interface PositionSignature {
  position: KnowledgePosition;
  head: string;
  /** The head word itself (رئيس ≠ مدير even though both can mean "head of"). */
  lemma: string;
  agencies: string[];
  countries: CountryCode[];
  words: string[];
}

export interface KnowledgeIndex {
  k: Knowledge;
  officials: PhraseMatcher<KnowledgeOfficial>;
  officialBySlug: Map<string, KnowledgeOfficial>;
  agencies: PhraseMatcher<KnowledgeAgency>;
  agencyBySlug: Map<string, KnowledgeAgency>;
  places: PhraseMatcher<KnowledgePlace>;
  countries: PhraseMatcher<CountryCode>;
  countryByCode: Map<string, Knowledge["countries"][number]>;
  demonymStems: Map<string, CountryCode>;
  positions: PositionSignature[];
  positionsByOfficial: Map<string, { position: KnowledgePosition; from: string | null; to: string | null }[]>;
  /** Latest year any tenure starts: a deterministic stand-in for "now" when nothing else dates an article. */
  latestYear: number;
}

const cache = new WeakMap<Knowledge, KnowledgeIndex>();

export function indexKnowledge(k: Knowledge): KnowledgeIndex {
  const hit = cache.get(k);
  if (hit) return hit;
  const officials = new PhraseMatcher<KnowledgeOfficial>();
  const officialBySlug = new Map<string, KnowledgeOfficial>();
  for (const o of k.officials ?? []) {
    officialBySlug.set(o.slug, o);
    for (const a of [o.nameAr, o.nameEn ?? "", ...(o.aliases ?? [])]) if (a) officials.add(a, o);
  }
  const agencies = new PhraseMatcher<KnowledgeAgency>();
  const agencyBySlug = new Map<string, KnowledgeAgency>();
  for (const a of k.agencies ?? []) {
    agencyBySlug.set(a.slug, a);
    for (const s of [a.nameAr, a.nameEn ?? "", ...(a.aliases ?? [])]) if (s) agencies.add(s, a);
  }
  const places = new PhraseMatcher<KnowledgePlace>();
  for (const p of k.places ?? [])
    for (const s of [p.nameAr, p.nameEn ?? "", ...(p.aliases ?? [])]) if (s) places.add(s, p);
  const countries = new PhraseMatcher<CountryCode>();
  const countryByCode = new Map<string, Knowledge["countries"][number]>();
  const demonymStems = new Map<string, CountryCode>();
  for (const c of k.countries ?? []) {
    countryByCode.set(c.code, c);
    for (const s of [c.nameAr, c.nameEn, ...(c.aliases ?? [])]) if (s) countries.add(s, c.code);
    for (const d of c.demonyms ?? []) {
      for (const kk of aliasKeys(d)) {
        const st = nisbaStem(kk);
        if (st) demonymStems.set(st, c.code);
      }
    }
  }
  const idx: KnowledgeIndex = {
    k,
    officials,
    officialBySlug,
    agencies,
    agencyBySlug,
    places,
    countries,
    countryByCode,
    demonymStems,
    positions: [],
    positionsByOfficial: new Map(),
    latestYear: 2000,
  };
  for (const p of k.positions ?? []) {
    for (const t of [p.titleAr, ...(p.aliases ?? [])]) {
      const sig = signatureOf(idx, t);
      if (sig) idx.positions.push({ position: p, ...sig });
    }
    for (const t of p.tenures ?? []) {
      const list = idx.positionsByOfficial.get(t.official) ?? [];
      list.push({ position: p, from: t.from, to: t.to });
      idx.positionsByOfficial.set(t.official, list);
      for (const d of [t.from, t.to]) {
        const y = d ? Number(d.slice(0, 4)) : NaN;
        if (Number.isFinite(y) && y > idx.latestYear && d === t.from) idx.latestYear = y;
      }
    }
  }
  cache.set(k, idx);
  return idx;
}

// Title heads, normalized, with their comparison group. Generic linguistic data.
const HEADS: [string, string][] = [
  ["المسؤول الاول", "chief"],
  ["المسؤوله الاولي", "chief"],
  ["مسؤول الاول", "chief"],
  ["الامين العام", "secgen"],
  ["امين عام", "secgen"],
  ["كاتب الدوله", "secstate"],
  ["كاتبه الدوله", "secstate"],
  ["رئيس الوزراء", "pm"],
  ["رئيسه الوزراء", "pm"],
  ["رئيس الحكومه", "pm"],
  ["رئيسه الحكومه", "pm"],
  ["الوزير الاول", "pm"],
  ["ولي العهد", "crownprince"],
  ["وزير", "minister"],
  ["وزيره", "minister"],
  ["مدير", "chief"],
  ["مديره", "chief"],
  ["رئيس", "chief"],
  ["رئيسه", "chief"],
  ["قائد", "chief"],
  ["قائده", "chief"],
  ["سفير", "ambassador"],
  ["سفيره", "ambassador"],
  ["مستشار", "adviser"],
  ["مستشاره", "adviser"],
  ["نائب", "deputy"],
  ["نائبه", "deputy"],
  ["مساعد", "assistant"],
  ["مساعده", "assistant"],
  ["منسق", "coordinator"],
  ["منسقه", "coordinator"],
  ["مبعوث", "envoy"],
  ["مبعوثه", "envoy"],
  ["ممثل", "representative"],
  ["ممثله", "representative"],
  ["قنصل", "consul"],
  ["محافظ", "governor"],
  ["والي", "governor"],
  ["حاكم", "governor"],
  ["مفوض", "commissioner"],
  ["مفوضه", "commissioner"],
  ["وكيل", "undersecretary"],
  ["ملك", "king"],
  ["عاهل", "king"],
  ["امير", "emir"],
  ["سلطان", "king"],
  ["نظير", "counterpart"],
  ["نظيره", "counterpart"],
  ["نظيرته", "counterpart"],
  ["نظيريه", "counterpart"],
  ["نظراء", "counterpart"],
  ["نظرائه", "counterpart"],
  ["نظرائهم", "counterpart"],
  ["جنرال", "general"],
  ["فريق", "general"],
  ["لواء", "general"],
  ["متحدث", "spokesman"],
  ["متحدثه", "spokesman"],
  ["ناطق", "spokesman"],
];

const HEAD_TABLE: { keys: string[]; group: string }[] = HEADS.map(([h, g]) => ({
  keys: normalizeArabic(h).split(" ").map(key),
  group: g,
})).sort((a, b) => b.keys.length - a.keys.length);

const HEAD_FIRST = new Set(HEAD_TABLE.map((h) => h.keys[0] ?? ""));

/** Title head at token i (through clitic forms on the first token): its token length and group. */
export function headAt(tokens: Token[], i: number): { len: number; group: string } | null {
  const t = tokens[i];
  if (!t || t.kind !== "ar") return null;
  const firsts = formKeys(t.n);
  if (!firsts.some((f) => HEAD_FIRST.has(f))) return null;
  for (const h of HEAD_TABLE) {
    if (!firsts.includes(h.keys[0] ?? "")) continue;
    let ok = true;
    for (let k = 1; k < h.keys.length; k++) {
      const tk = tokens[i + k];
      if (!tk || key(tk.n) !== h.keys[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { len: h.keys.length, group: h.group };
  }
  return null;
}

// Words that carry no identity in a title («المعتمد لدى», «العام»).
const TITLE_FILLER = new Set(
  [
    "عام",
    "عامه",
    "معتمد",
    "معتمده",
    "لدي",
    "في",
    "ب",
    "عن",
    "مكلف",
    "مكلفه",
    "و",
    "من",
    "الي",
    "شؤون",
    "بشؤون",
    "كل",
    "اول",
    "اولي",
    "اعلي",
    "حالي",
    "حاليه",
    "مملكه",
    "جمهوريه",
    "دوله",
  ].map((w) => key(normalizeArabic(w))),
);

/**
 * What a title says, as sets: its head group, agencies, countries and remaining words. Used
 * for position aliases (from knowledge) and role phrases (from articles) alike.
 */
export function signatureOf(idx: KnowledgeIndex, title: string): Omit<PositionSignature, "position"> | null {
  const toks = buildDoc(title).tokens.filter((t) => t.kind !== "p");
  return signatureOfTokens(idx, toks, 0, toks.length);
}

export function signatureOfTokens(
  idx: KnowledgeIndex,
  toks: Token[],
  a: number,
  b: number,
): Omit<PositionSignature, "position"> | null {
  const h = headAt(toks, a);
  if (!h) return null;
  const agencies: string[] = [];
  const countries: CountryCode[] = [];
  const words: string[] = [];
  let i = a + h.len;
  while (i < b) {
    const t = toks[i];
    if (!t || t.kind === "p") {
      i++;
      continue;
    }
    const ag = idx.agencies.match(toks, i);
    if (ag && i + ag.len <= b) {
      for (const x of ag.payloads) {
        agencies.push(x.slug);
        if (x.country) countries.push(x.country);
      }
      i += ag.len;
      continue;
    }
    const c = idx.countries.match(toks, i);
    if (c && i + c.len <= b) {
      countries.push(...c.payloads);
      i += c.len;
      continue;
    }
    const pl = idx.places.match(toks, i);
    if (pl && i + pl.len <= b) {
      for (const p of pl.payloads) if (p.country) countries.push(p.country);
      i += pl.len;
      continue;
    }
    const dem = demonymOf(idx, t.n);
    if (dem) {
      countries.push(dem);
      i++;
      continue;
    }
    const w = contentKey(t.n);
    if (w && !TITLE_FILLER.has(w)) words.push(w);
    i++;
  }
  const first = toks[a];
  const lemma = first ? contentKey(tokenForms(first.n).find((f) => headAt([{ ...first, n: f }], 0)) ?? first.n) : "";
  return {
    head: h.group,
    lemma,
    agencies: [...new Set(agencies)],
    countries: [...new Set(countries)],
    words: [...new Set(words)],
  };
}

export function demonymOf(idx: KnowledgeIndex, token: string): CountryCode | null {
  for (const f of tokenForms(token)) {
    const st = nisbaStem(f);
    if (st) {
      const c = idx.demonymStems.get(st);
      if (c) return c;
    }
  }
  return null;
}

/** A content word's comparison key: proclitics and ال dropped, feminine ه dropped. */
export function contentKey(t: string): string {
  let w = key(t);
  for (const p of ["وال", "بال", "لل", "فال", "ول", "و", "ب", "ل"]) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = key(w.slice(p.length));
      break;
    }
  }
  if (w.endsWith("ه") && w.length >= 4) w = w.slice(0, -1);
  return w;
}
