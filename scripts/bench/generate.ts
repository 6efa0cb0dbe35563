// The synthetic corpus generator behind `npm run gen:corpus`, the benchmark and the query-count
// test. Deterministic from a seed. Knowledge (countries, agencies, positions, tenures, officials)
// depends only on the seed and the number of officials, so a meetings-free corpus with the same
// seed is the knowledge base the generated articles were written from (the ingest benchmark
// relies on this).
//
// Articles really contain their meetings: each meeting sentence is built piece by piece and every
// Evidence row is the exact UTF-16 span of its sentence, name, date phrase or place in
// Article.text. Rows are written with raw SQL through better-sqlite3 (scripts/bench/sqlite-bulk.ts)
// because Prisma's createMany costs ~10x more per row at a million rows; the database is first
// migrated with the project's own migration script, so the schema is exactly production's.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {
  AR_MONTHS,
  AR_MONTHS_EAST,
  AR_WEEKDAYS,
  ARAB_FAMILY,
  ARAB_GIVEN_F,
  ARAB_GIVEN_M,
  COUNTRIES,
  EXTRA_PARTICIPANT,
  FILLER,
  MEETING_HELD,
  MEETING_PLANNED,
  OFFICES,
  RU_FAMILY,
  RU_GIVEN,
  SOURCES,
  SYLLABLES,
  TITLE_TEMPLATES,
  TOPICS,
  TR_FAMILY,
  TR_GIVEN,
  WEST_FAMILY,
  WEST_GIVEN,
  type CountryRow,
  type OfficeRow,
} from "./corpus-data";
import { Rng, Weighted } from "./random";
import { openBulk, type Bulk } from "./sqlite-bulk";

export interface CorpusOptions {
  meetings: number;
  /** Default: max(100, meetings / 50). */
  officials?: number;
  /** Default: max(1, meetings / 2). */
  articles?: number;
  seed?: number;
  /** SQLite file to (re)create. */
  db: string;
  /** Call lib/search's rebuildSearchIndex(db) when that module exists. Default true. */
  searchIndex?: boolean;
  log?: (line: string) => void;
}

/** What the benchmark needs to know about a corpus, written beside it as PATH.json. */
export interface CorpusInfo {
  generator: number;
  options: { meetings: number; officials: number; articles: number; seed: number };
  rows: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
  searchIndex: string;
  /** The official with the most meetings, and one with a median count. */
  topOfficial: { id: number; slug: string; nameAr: string; meetings: number } | null;
  medianOfficial: { id: number; slug: string; nameAr: string; meetings: number } | null;
  /** A visible meeting and an article, for the meeting and article pages. */
  sampleMeetingId: number | null;
  sampleArticleId: number | null;
  /** A family name that appears in a modest share of articles: the search benchmark's query. */
  searchTerm: string;
}

/** Bump when the output changes shape, so cached bench corpora are regenerated. */
export const GENERATOR_VERSION = 1;

const YEAR_FROM = 2006;
const YEAR_TO = 2025;
const DAY_MS = 86_400_000;
const EPOCH_FROM = Date.UTC(YEAR_FROM, 0, 1);
const DAYS = Math.round((Date.UTC(YEAR_TO, 11, 31) - EPOCH_FROM) / DAY_MS) + 1;

type Precision = "day" | "range" | "month" | "year" | "approximate" | "unknown";
const PRECISIONS = new Weighted<[Precision, number]>(
  [
    ["day", 55],
    ["range", 8],
    ["month", 15],
    ["approximate", 10],
    ["year", 7],
    ["unknown", 5],
  ],
  (x) => x[1],
);

interface Pos {
  id: number;
  country: CountryRow;
  office: OfficeRow;
  titleAr: string;
  titleEn: string;
  weight: number;
  /** Holders in tenure order; holder k serves days [k*span, (k+1)*span). */
  holders: number[];
}

interface Off {
  id: number;
  slug: string;
  nameAr: string;
  nameEn: string;
  family: string;
  country: string;
  meetings: number;
}

interface MeetingSpec {
  id: number;
  day: number; // latent day index, also for undated meetings (it places them among articles)
  precision: Precision;
  start: string | null;
  end: string | null;
  dateText: string;
  dateExplanation: string;
  status: "held" | "planned";
  place: string | null;
  placeCountry: string | null;
  topics: string[];
  /** [positionId, officialId|null (unresolved role), side] */
  participants: { pos: Pos; officialId: number | null; side: "host" | "guest" | "other"; participantId: number }[];
  firstArticle: number;
}

const iso = (day: number) => new Date(EPOCH_FROM + day * DAY_MS).toISOString().slice(0, 10);

/** Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 with an explicit offset. */
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Local fallback, used only when lib/extract does not export normalizeArabic yet. */
function normalizeArabicFallback(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

async function loadNormalizer(): Promise<(s: string) => string> {
  try {
    const mod = (await import("../../lib/extract/normalize")) as { normalizeArabic?: (s: string) => string };
    if (typeof mod.normalizeArabic === "function") return mod.normalizeArabic;
  } catch {
    // The extractor has not landed: the fallback folds the same letters.
  }
  return normalizeArabicFallback;
}

function slugify(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? "");
}

/** Builds an article while tracking UTF-16 offsets of the pieces that become evidence. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  bytes = 0;
  push(s: string) {
    this.parts.push(s);
    this.length += s.length;
    this.bytes += Buffer.byteLength(s, "utf8");
  }
  toString() {
    return this.parts.join("");
  }
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Writes a template into the builder, returning where each slot's value landed. */
function writeTemplate(
  b: TextBuilder,
  template: string,
  slots: Record<string, string>,
): { sentence: Span; slots: Record<string, Span> } {
  const start = b.length;
  const spans: Record<string, Span> = {};
  const re = /\{(\w+)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const pieces: string[] = [];
  while ((m = re.exec(template))) {
    const lit = template.slice(last, m.index);
    if (lit) {
      b.push(lit);
      pieces.push(lit);
    }
    const key = m[1] as string;
    const value = slots[key] ?? "";
    if (value) {
      spans[key] = { start: b.length, end: b.length + value.length, text: value };
      b.push(value);
      pieces.push(value);
    }
    last = m.index + m[0].length;
  }
  const tail = template.slice(last);
  if (tail) {
    b.push(tail);
    pieces.push(tail);
  }
  return { sentence: { start, end: b.length, text: pieces.join("") }, slots: spans };
}

function dateFor(
  rng: Rng,
  day: number,
  eastern: boolean,
): Pick<MeetingSpec, "precision" | "start" | "end" | "dateText" | "dateExplanation"> {
  const precision = PRECISIONS.pick(rng)[0];
  const d = new Date(EPOCH_FROM + day * DAY_MS);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const months = eastern ? AR_MONTHS_EAST : AR_MONTHS;
  const month = months[mo] as string;
  const ym = `${y}-${String(mo + 1).padStart(2, "0")}`;
  const lastDay = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  switch (precision) {
    case "day":
      return {
        precision,
        start: iso(day),
        end: null,
        dateText: `يوم ${AR_WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${month} ${y}`,
        dateExplanation: "تاريخ صريح في المقال",
      };
    case "range": {
      const len = rng.int(1, 3);
      const e = new Date(EPOCH_FROM + (day + len) * DAY_MS);
      const sameMonth = e.getUTCMonth() === mo;
      return {
        precision,
        start: iso(day),
        end: iso(day + len),
        dateText: sameMonth
          ? `بين ${d.getUTCDate()} و${e.getUTCDate()} ${month} ${y}`
          : `من ${d.getUTCDate()} ${month} إلى ${e.getUTCDate()} ${months[e.getUTCMonth()]} ${e.getUTCFullYear()}`,
        dateExplanation: "فترة صريحة في المقال",
      };
    }
    case "month":
      return {
        precision,
        start: `${ym}-01`,
        end: `${ym}-${lastDay}`,
        dateText: `خلال شهر ${month} ${y}`,
        dateExplanation: "الشهر فقط",
      };
    case "approximate":
      return {
        precision,
        start: `${ym}-10`,
        end: `${ym}-20`,
        dateText: `منتصف ${month} ${y}`,
        dateExplanation: "منتصف الشهر: من 10 إلى 20",
      };
    case "year":
      return {
        precision,
        start: `${y}-01-01`,
        end: `${y}-12-31`,
        dateText: `خلال سنة ${y}`,
        dateExplanation: "السنة فقط",
      };
    default:
      return { precision: "unknown", start: null, end: null, dateText: "", dateExplanation: "" };
  }
}

function migrate(file: string) {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
}

export async function generateCorpus(opts: CorpusOptions): Promise<CorpusInfo> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const seed = opts.seed ?? 1;
  const N = Math.max(0, Math.floor(opts.meetings));
  const M = Math.max(2, Math.floor(opts.officials ?? Math.max(100, N / 50)));
  // A knowledge-only corpus (no meetings) may have no articles at all.
  const K = N === 0 ? Math.floor(opts.articles ?? 0) : Math.max(1, Math.floor(opts.articles ?? N / 2));
  const file = path.resolve(opts.db);
  const normalize = await loadNormalizer();
  migrate(file);
  const bulk = openBulk(file);
  const now = stamp(new Date(Date.UTC(2026, 0, 1)));
  try {
    bulk.begin();
    const { positions, officials } = writeKnowledge(bulk, new Rng(seed * 7919 + 1), M, now, normalize);
    const meetings = N > 0 ? planMeetings(new Rng(seed * 7919 + 2), N, positions) : [];
    const { perArticle } = assignSources(new Rng(seed * 7919 + 3), meetings, K);
    writeMeetings(bulk, meetings, now);
    writeArticles(bulk, new Rng(seed * 7919 + 4), meetings, perArticle, officials, now);
    bulk.commit();
  } catch (e) {
    bulk.rollback();
    bulk.close();
    throw e;
  }
  const rows = bulk.counts();
  const info = describe(bulk, { meetings: N, officials: M, articles: K, seed });
  bulk.close();
  const seconds = (performance.now() - t0) / 1000;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  log(
    `wrote ${total.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString("en")} rows/s)`,
  );

  let searchIndex = "skipped";
  if (opts.searchIndex !== false) searchIndex = await rebuildSearch(file, log);
  const out: CorpusInfo = {
    generator: GENERATOR_VERSION,
    ...info,
    rows,
    seconds,
    rowsPerSecond: Math.round(total / seconds),
    searchIndex,
  };
  fs.writeFileSync(`${file}.json`, JSON.stringify(out, null, 1));
  return out;
}

async function rebuildSearch(file: string, log: (s: string) => void): Promise<string> {
  const modPath = path.resolve(import.meta.dirname, "../../lib/search/index.ts");
  if (!fs.existsSync(modPath)) return "n/a: lib/search/index.ts does not exist";
  let mod: { rebuildSearchIndex?: (db: unknown) => Promise<unknown> };
  try {
    mod = (await import("../../lib/search/index")) as typeof mod;
  } catch (e) {
    return `n/a: lib/search failed to load (${(e as Error).message.split("\n")[0]})`;
  }
  if (typeof mod.rebuildSearchIndex !== "function") return "n/a: lib/search exports no rebuildSearchIndex";
  const { createDb } = await import("../../lib/db");
  const db = createDb(`file:${file}`);
  const t = performance.now();
  try {
    await mod.rebuildSearchIndex(db);
  } finally {
    await db.$disconnect();
  }
  const s = ((performance.now() - t) / 1000).toFixed(1);
  log(`search index rebuilt in ${s} s`);
  return `rebuilt in ${s} s`;
}

function writeKnowledge(bulk: Bulk, rng: Rng, M: number, now: string, normalize: (s: string) => string) {
  let agencyId = 0;
  let positionId = 0;
  const positions: Pos[] = [];
  for (const c of COUNTRIES) {
    bulk.country(c.code, c.nameAr, c.nameEn, "[]", JSON.stringify([c.demonym, c.demonymF]));
    bulk.place(slugify(c.capitalEn), c.capitalAr, c.capitalEn, "city", c.code, "[]");
    const agencyIds = new Map<string, number>();
    for (const o of OFFICES) {
      const agencyAr = o.key === "ambassador" ? `سفارة ${c.nameAr}` : o.agencyAr;
      let aid = agencyIds.get(agencyAr);
      if (aid === undefined) {
        aid = ++agencyId;
        agencyIds.set(agencyAr, aid);
        const slug = `${c.code.toLowerCase()}-${slugify(o.agencyEn)}`;
        bulk.agency(
          aid,
          slug,
          o.key === "ambassador" ? agencyAr : `${agencyAr} ${c.demonymF}`,
          `${o.agencyEn} (${c.nameEn})`,
          c.code,
          o.kind,
          now,
        );
        bulk.agencyAlias(aid, agencyAr, normalize(agencyAr));
      }
      const titleAr = `${o.titleAr} ${c.demonym}`;
      const pid = ++positionId;
      bulk.position(
        pid,
        `${c.code.toLowerCase()}-${o.key}`,
        titleAr,
        `${o.titleEn} (${c.nameEn})`,
        aid,
        c.code,
        JSON.stringify([o.titleAr]),
      );
      positions.push({
        id: pid,
        country: c,
        office: o,
        titleAr,
        titleEn: o.titleEn,
        weight: c.weight * o.weight,
        holders: [],
      });
    }
  }

  // Every position gets a holder while officials last (heaviest first), the rest go by weight:
  // foreign ministers of big countries turn over more often in the corpus than speakers of parliament.
  const byWeight = [...positions].sort((a, b) => b.weight - a.weight || a.id - b.id);
  const assignment: Pos[] = [];
  for (let i = 0; i < M; i++)
    assignment.push(i < byWeight.length ? (byWeight[i] as Pos) : new Weighted(positions, (p) => p.weight).pick(rng));
  const officials: Off[] = [];
  const usedNames = new Set<string>();
  const usedSlugs = new Set<string>();
  for (let i = 0; i < M; i++) {
    const pos = assignment[i] as Pos;
    const c = pos.country;
    const female = c.names !== "ru" && rng.chance(0.12);
    let nameAr = "";
    let nameEn = "";
    let family = "";
    for (let attempt = 0; attempt < 50; attempt++) {
      const [given, fam] = drawName(rng, c.names, female, attempt > 10);
      nameAr = `${given[0]} ${fam[0]}`;
      nameEn = `${given[1]} ${fam[1]}`;
      family = fam[0];
      if (!usedNames.has(nameAr)) break;
    }
    if (usedNames.has(nameAr)) {
      nameAr = `${nameAr} ${i}`;
      nameEn = `${nameEn} ${i}`;
    }
    usedNames.add(nameAr);
    let slug = slugify(nameEn) || `official-${i + 1}`;
    if (usedSlugs.has(slug)) slug = `${slug}-${i + 1}`;
    usedSlugs.add(slug);
    const id = i + 1;
    bulk.official(id, slug, nameAr, nameEn, c.code, female ? "f" : "m", rng.chance(0.6) ? "reviewed" : "machine", now);
    for (const alias of new Set([nameAr, nameEn, family])) bulk.officialAlias(id, alias, normalize(alias));
    pos.holders.push(id);
    officials.push({ id, slug, nameAr, nameEn, family, country: c.code, meetings: 0 });
  }
  for (const p of positions) {
    const span = DAYS / Math.max(1, p.holders.length);
    p.holders.forEach((officialId, k) => {
      const from = k === 0 ? null : iso(Math.floor(k * span));
      const to = k === p.holders.length - 1 ? null : iso(Math.floor((k + 1) * span) - 1);
      bulk.tenure(officialId, p.id, from, to);
    });
  }
  return { positions: positions.filter((p) => p.holders.length > 0), officials };
}

type Name = readonly [string, string];

function drawName(rng: Rng, table: CountryRow["names"], female: boolean, forceSyllables: boolean): [Name, Name] {
  switch (table) {
    case "west":
      return [rng.pick(WEST_GIVEN), rng.pick(WEST_FAMILY)];
    case "tr":
      return [rng.pick(TR_GIVEN), rng.pick(TR_FAMILY)];
    case "ru":
      return [rng.pick(RU_GIVEN), rng.pick(RU_FAMILY)];
    default: {
      const given = female ? rng.pick(ARAB_GIVEN_F) : rng.pick(ARAB_GIVEN_M);
      if (!forceSyllables && rng.chance(0.6)) return [given, rng.pick(ARAB_FAMILY)];
      // A nisba built from syllables: «ال» + 2–3 syllables + «ي» (El Bouzidi, El Karami …).
      const n = rng.int(2, 3);
      let ar = "ال";
      let en = "";
      for (let k = 0; k < n; k++) {
        const s = rng.pick(SYLLABLES);
        ar += s[0];
        en += s[1];
      }
      if (!ar.endsWith("ي")) ar += "ي";
      en = `El ${en.charAt(0).toUpperCase()}${en.slice(1)}i`;
      return [given, [ar, en]];
    }
  }
}

function holderAt(p: Pos, day: number): number {
  const k = Math.min(p.holders.length - 1, Math.floor((day * p.holders.length) / DAYS));
  return p.holders[k] as number;
}

function planMeetings(rng: Rng, N: number, positions: Pos[]): MeetingSpec[] {
  const weighted = new Weighted(positions, (p) => p.weight);
  const byCountry = new Map<string, Pos[]>();
  for (const p of positions) byCountry.set(p.country.code, [...(byCountry.get(p.country.code) ?? []), p]);
  const days: number[] = [];
  for (let i = 0; i < N; i++) days.push(rng.int(0, DAYS - 1));
  days.sort((a, b) => a - b);
  const meetings: MeetingSpec[] = [];
  for (let i = 0; i < N; i++) {
    const day = days[i] as number;
    const host = weighted.pick(rng);
    let guest = weighted.pick(rng);
    for (let t = 0; t < 20 && guest.country.code === host.country.code; t++) guest = weighted.pick(rng);
    const chosen = [host, guest];
    const extras = rng.next() < 0.6 ? 0 : rng.next() < 0.75 ? 1 : 2;
    for (let e = 0; e < extras; e++) {
      const pool = byCountry.get(rng.chance(0.5) ? host.country.code : guest.country.code) ?? [];
      const p = pool.length ? rng.pick(pool) : undefined;
      if (p && !chosen.includes(p)) chosen.push(p);
    }
    const eastern = !["MA", "DZ", "TN"].includes(host.country.code);
    const date = dateFor(rng, day, eastern);
    const status = rng.chance(0.15) ? "planned" : "held";
    const inCapital = rng.chance(0.8);
    const topics: string[] = [];
    const nTopics = rng.int(1, 3);
    for (let t = 0; t < nTopics; t++) {
      const topic = rng.pick(TOPICS);
      if (!topics.includes(topic)) topics.push(topic);
    }
    meetings.push({
      id: i + 1,
      day,
      ...date,
      status,
      place: inCapital ? host.country.capitalAr : null,
      placeCountry: inCapital ? host.country.code : null,
      topics,
      participants: chosen.map((p, k) => ({
        pos: p,
        // One participant in twenty is a role the extractor could not resolve to a person.
        officialId: k > 0 && rng.chance(0.05) ? null : holderAt(p, day),
        side: k === 0 ? "host" : k === 1 ? "guest" : "other",
        participantId: 0,
      })),
      firstArticle: -1,
    });
  }
  return meetings;
}

/** Meetings are sorted by date; article j covers the meetings around j·N/K, so an article's meetings are close in time. */
function assignSources(rng: Rng, meetings: MeetingSpec[], K: number) {
  const perArticle: number[][] = Array.from({ length: K }, () => []);
  const N = meetings.length;
  meetings.forEach((m, i) => {
    const r = rng.next();
    const n = r < 0.5 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4;
    const base = Math.floor((i * K) / Math.max(1, N));
    const chosen = new Set<number>([Math.min(K - 1, base)]);
    for (let t = 0; chosen.size < Math.min(n, K) && t < 20; t++) {
      chosen.add(Math.max(0, Math.min(K - 1, base + rng.int(-4, 4))));
    }
    const list = [...chosen].sort((a, b) => a - b);
    m.firstArticle = list[0] as number;
    for (const a of list) (perArticle[a] as number[]).push(i);
  });
  return { perArticle };
}

function writeMeetings(bulk: Bulk, meetings: MeetingSpec[], now: string) {
  let participantId = 0;
  const rng = new Rng(meetings.length * 31 + 7);
  for (const m of meetings) {
    const review = rng.next();
    const reviewStatus = review < 0.03 ? "rejected" : review < 0.2 ? "reviewed" : "machine";
    const deletedAt = rng.chance(0.01) ? now : null;
    bulk.meeting({
      id: m.id,
      dateStart: m.start,
      dateEnd: m.end,
      precision: m.precision,
      dateText: m.dateText,
      dateExplanation: m.dateExplanation,
      dateArticleId: m.firstArticle + 1,
      sortKey: m.start ?? "0000-00-00",
      place: m.place,
      country: m.placeCountry,
      status: m.status,
      topics: JSON.stringify(m.topics),
      reviewStatus,
      deletedAt,
      now,
    });
    m.participants.forEach((p, k) => {
      p.participantId = ++participantId;
      bulk.participant(
        p.participantId,
        m.id,
        p.officialId,
        p.pos.titleAr,
        p.side,
        p.officialId === null ? "unresolved-role" : "name",
        p.side === "host" ? 0 : k,
      );
    });
  }
}

function writeArticles(
  bulk: Bulk,
  rng: Rng,
  meetings: MeetingSpec[],
  perArticle: number[][],
  officials: Off[],
  now: string,
) {
  const byId = new Map(officials.map((o) => [o.id, o]));
  const fillerCountries = COUNTRIES.map((c) => c.nameAr);
  perArticle.forEach((list, j) => {
    const articleId = j + 1;
    const ms = list.map((i) => meetings[i] as MeetingSpec);
    const lead = ms[0];
    const leadHost = lead?.participants[0];
    const leadGuest = lead?.participants[1];
    const hostName = (p: MeetingSpec["participants"][number] | undefined) =>
      p?.officialId ? (byId.get(p.officialId)?.nameAr ?? "") : "";
    const country = lead?.participants[0]?.pos.country ?? rng.pick(COUNTRIES);
    const source = rng.pick(SOURCES);
    const latest = ms.reduce(
      (d, m) => Math.max(d, m.status === "planned" ? m.day - 3 : m.day),
      lead ? 0 : rng.int(0, DAYS - 1),
    );
    const published = rng.chance(0.9) ? iso(Math.min(DAYS - 1, latest + rng.int(0, 2))) : null;
    const targetBytes = rng.int(2048, 6144);

    const b = new TextBuilder();
    const title =
      lead && leadHost && leadGuest && hostName(leadHost) && hostName(leadGuest)
        ? fill(rng.pick(TITLE_TEMPLATES), {
            H: hostName(leadHost),
            G: hostName(leadGuest),
            GR: leadGuest.pos.titleAr,
            T: lead.topics[0] ?? "",
            C: country.nameAr,
          })
        : `${rng.pick(TOPICS)}: قراءة في تطورات ${country.nameAr}`;
    b.push(`${title}\n${country.capitalAr} – ${source}:\n`);

    const mentions = new Map<number, { count: number; role: string }>();
    const filler = () => {
      const s = fill(rng.pick(FILLER), {
        C: rng.pick(fillerCountries),
        T: rng.pick(TOPICS),
        S: source,
        Y: String(rng.int(YEAR_FROM, YEAR_TO)),
      });
      b.push(`${s} `);
    };

    for (const m of ms) {
      // A second report may know the date less precisely: about a quarter of them say only the month.
      const vague = m.firstArticle !== j && m.precision === "day" && rng.chance(0.25);
      const dateText = vague ? m.dateText.replace(/^يوم \S+ \d+ /, "خلال شهر ") : m.dateText;
      const [host, guest, ...others] = m.participants;
      if (!host || !guest) continue;
      const label = (p: typeof host) => (p.officialId ? (byId.get(p.officialId)?.nameAr ?? "") : "");
      const hostLabel = label(host) || host.pos.titleAr;
      const guestLabel = label(guest);
      const template = rng.pick(m.status === "planned" ? MEETING_PLANNED : MEETING_HELD);
      const placeText = m.place ?? "";
      const written = writeTemplate(b, template, {
        H: hostLabel,
        HR: label(host) ? host.pos.titleAr : "",
        G: guestLabel,
        GR: guest.pos.titleAr,
        D: dateText || "مؤخرا",
        P: placeText ? ` في ${placeText}` : "",
        T: rng.pick(m.topics),
      });
      b.push(" ");
      bulk.source({
        meetingId: m.id,
        articleId,
        dateStart: vague ? `${m.start?.slice(0, 7)}-01` : m.start,
        dateEnd: vague ? (m.end ?? m.start) : m.end,
        precision: vague ? "month" : m.precision,
        dateText,
        dateExplanation: m.dateExplanation,
        place: m.place,
        status: m.status,
        topics: JSON.stringify(m.topics),
        now,
      });
      bulk.evidence(articleId, m.id, null, "meeting", written.sentence);
      const d = written.slots.D;
      if (d && dateText) bulk.evidence(articleId, m.id, null, "date", d);
      const p = written.slots.P;
      if (p && placeText) {
        const at = p.text.indexOf(placeText);
        bulk.evidence(articleId, m.id, null, "place", {
          start: p.start + at,
          end: p.start + at + placeText.length,
          text: placeText,
        });
      }
      const hostSpan = written.slots.H;
      if (hostSpan) bulk.evidence(articleId, m.id, host.participantId, "participant", hostSpan);
      const guestSpan = guestLabel ? written.slots.G : written.slots.GR;
      if (guestSpan) bulk.evidence(articleId, m.id, guest.participantId, "participant", guestSpan);
      for (const o of others) {
        const name = label(o);
        const extra = writeTemplate(b, rng.pick(EXTRA_PARTICIPANT), { N: name || "مسؤول", R: o.pos.titleAr });
        b.push(" ");
        const span = name ? extra.slots.N : extra.slots.R;
        if (span) bulk.evidence(articleId, m.id, o.participantId, "participant", span);
      }
      for (const q of m.participants) {
        if (!q.officialId) continue;
        const cur = mentions.get(q.officialId);
        if (cur) cur.count++;
        else mentions.set(q.officialId, { count: 1, role: q.pos.titleAr });
      }
      filler();
      if (rng.chance(0.5)) b.push("\n");
    }
    while (b.bytes < targetBytes) {
      filler();
      if (rng.chance(0.3)) b.push("\n");
    }
    const text = b.toString().trim();
    bulk.article({
      id: articleId,
      file: `synthetic/${String(articleId).padStart(6, "0")}.txt`,
      source,
      title,
      text,
      contentHash: createHash("sha256").update(text.normalize("NFC"), "utf8").digest("hex"),
      published,
      publishedBy: published ? "stated" : "unknown",
      now,
    });
    for (const [officialId, x] of mentions) bulk.mention(articleId, officialId, x.count, x.role);
  });
}

function describe(
  bulk: Bulk,
  options: CorpusInfo["options"],
): Omit<CorpusInfo, "rows" | "seconds" | "rowsPerSecond" | "generator" | "searchIndex"> {
  const counts = bulk.officialMeetingCounts();
  const top = counts[0] ?? null;
  const median = counts[Math.floor(counts.length / 2)] ?? null;
  return {
    options,
    topOfficial: top,
    medianOfficial: median,
    sampleMeetingId: bulk.sampleMeetingId(),
    sampleArticleId: options.articles > 0 ? 1 : null,
    searchTerm: bulk.searchTerm(),
  };
}
