// Public API of the extractor: pure functions from (article text, metadata, knowledge) to
// officials, agencies and meetings with evidence spans. No database, no network.
//
// Publication dates: every ExtractedDate with dependsOnPublished=true was resolved against the
// article's publication date (or an anchor inferred from the text when none was given). When an
// admin changes the publication date, call reresolveDate(date, { text, published }) for each
// stored date — it re-runs the extraction with the new date and returns the date of the meeting
// whose date phrase sits at the same span (re-running extractArticle gives the same answer).
import { withEventDates } from "./events";
import {
  dayNum,
  findDates,
  hijriToIso,
  isValidIso,
  isoOf,
  resolvePhrase,
  weekdayOf,
  withSpan,
  daysInMonth,
  type DatePhrase,
  type ResolveContext,
  type Tense,
} from "./dates";
import { indexKnowledge, type KnowledgeIndex } from "./knowledge";
import {
  dateRank,
  datesCompatible,
  findCandidates,
  identity,
  placesCompatible,
  resolveParts,
  topicsFor,
  type Candidate,
  type CandPart,
  type MeetingContext,
} from "./meetings";
import { detectPersons, type PersonMention } from "./names";
import { scanEntities } from "./places";
import { tenureCovers } from "./roles";
import { slugifyName } from "./slug";
import { buildDoc, spanOf, type Doc } from "./tokens";
import { findTriggers } from "./triggers";
import type {
  ArticleInput,
  ExtractedAgency,
  ExtractedDate,
  ExtractedMeeting,
  ExtractedOfficial,
  ExtractedParticipant,
  ExtractionResult,
  Knowledge,
  ParticipantSide,
} from "./types";

export type * from "./types";
export type { Tense } from "./dates";
export { normalizeArabic, normalizeWithMap, stripClitics, tokenForms } from "./normalize";
export { parseKnowledge, loadKnowledgeFile } from "./knowledge";
export { slugifyName } from "./slug";
export { resolveRole, tenureCovers } from "./roles";

/** Longer inputs are cut: no news article is this long, and the extractor must stay fast. */
const MAX_CHARS = 400_000;

interface Reference {
  ref: string | null;
  label: string;
  inferredFrom: string | null;
  /** The article is no earlier than ref, but may be later: only forward-looking phrases use it. */
  lowerBound?: boolean;
}

export function extractArticle(input: ArticleInput, knowledge: Knowledge): ExtractionResult {
  try {
    return extract(input, knowledge);
  } catch {
    return { officials: [], agencies: [], meetings: [] };
  }
}

function extract(input: ArticleInput, knowledge: Knowledge): ExtractionResult {
  const full = typeof input?.text === "string" ? input.text : "";
  const text = full.length > MAX_CHARS ? full.slice(0, MAX_CHARS) : full;
  if (!text.trim()) return { officials: [], agencies: [], meetings: [] };
  const idx = indexKnowledge(knowledge);
  const doc = buildDoc(text);
  const persons = detectPersons(doc, idx);
  const entities = scanEntities(doc, idx);
  const dates = withEventDates(doc.tokens, idx, findDates(doc.tokens));
  const localOfficials = new Set(
    persons.filter((p) => p.kind === "known" && p.official).map((p) => p.official?.slug ?? ""),
  );
  const pickYear = makeYearPicker(doc, idx, dates, localOfficials);
  const reference = referenceDate(doc, input.published ?? null, dates, pickYear);

  const resolve = (p: DatePhrase, tense: Tense): ExtractedDate => {
    const forward = tense === "future" || p.rel === "next";
    const ref = reference.lowerBound && !forward ? null : reference.ref;
    const ctx: ResolveContext = { ref, refLabel: reference.label, refIsPublished: true, tense, pickYear };
    const d = resolvePhrase(p, ctx);
    const sp = spanOf(doc, p.a, p.b);
    const out = withSpan(d, sp);
    if (reference.inferredFrom && out.dependsOnPublished && out.start) {
      out.explanation = `${out.explanation} No publication date was given; the article's date was inferred from «${reference.inferredFrom}».`;
    }
    return out;
  };
  const countries = new Set<string>([
    ...entities.countries.map((c) => c.item),
    ...entities.places.map((p) => p.item.country ?? ""),
    ...entities.agencies.map((a) => a.item.country ?? ""),
  ]);
  for (const p of persons) for (const c of p.roleSig?.countries ?? []) countries.add(c);
  const ctx: MeetingContext = {
    doc,
    idx,
    persons,
    entities,
    dates,
    resolve,
    refDay: reference.ref,
    localOfficials,
    countries,
    refIsPublished: isValidIso(input.published),
  };
  const candidates = findCandidates(ctx);
  inheritDates(doc, candidates);
  for (const c of candidates) resolveParts(ctx, c, c.date.start ?? reference.ref);
  const events = mergeCandidates(candidates);
  const meetings: ExtractedMeeting[] = [];
  const used = new Map<string, { p: CandPart; role: string | null }>();
  for (const ev of events) {
    const m = buildMeeting(ctx, ev, reference.ref, used);
    if (m) meetings.push(m);
  }
  const officials = buildOfficials(ctx, persons, used, reference.ref);
  const agencies = buildAgencies(ctx);
  return { officials, agencies, meetings };
}

/**
 * «وفي اليوم نفسه، اجتمع …», «وفي وقت لاحق، زار …»: a clause dated by the event reported just
 * before it takes that event's day.
 */
function inheritDates(doc: Doc, cands: Candidate[]): void {
  const sorted = [...cands].sort((x, y) => x.a - y.a);
  let prev: Candidate | null = null;
  let last: Candidate | null = null;
  for (const c of sorted) {
    const s = doc.sentences[c.sentence];
    let later = false;
    // «ثم انتقل …», «كما عقد …»: the narrative goes on at the occasion just reported
    let goesOn = false;
    if (s && !c.phrase) {
      goesOn = ["ثم", "وثم", "كما", "وكما"].includes(doc.tokens[s.a]?.n ?? "") || goesOnAlike(doc, s.a);
      later = goesOn;
      for (let x = s.a; x < Math.min(s.b, s.a + 5); x++) {
        const n = doc.tokens[x]?.n ?? "";
        const nx = doc.tokens[x + 1]?.n ?? "";
        if (/^(و|ف)?لاحق/.test(n) || n === "لاحقا" || (/^(و|ف)?(بعد|عقب|اثر)$/.test(n) && /^(ذلك|ه|ها)$/.test(nx)))
          later = true;
      }
    }
    // «عقب ذلك», «ثم» (not «كما»): a later sitting than the one just reported
    if (later && !goesOnAlike(doc, s?.a ?? 0) && last) c.after = c.after ?? last;
    // «وصل X … صباح الاثنين. واستقبل Y X …»: an undated sitting right after a dated arrival of one of its people
    if (
      !c.phrase &&
      !later &&
      last &&
      last.visitOnly &&
      last.phrase &&
      last.date.start &&
      last.date.precision === "day" &&
      c.sentence - last.sentence <= 1 &&
      sharesPerson(last, c)
    ) {
      c.phrase = last.phrase;
      c.date = { ...last.date, explanation: `The day of the arrival reported just before (${last.date.start}).` };
    }
    // «ومن المنتظر أن يلتقي X، قبل اختتام زيارته، Y»: a planned sitting within a visit of stated
    // length («تدوم ثلاثة أيام») whose first sitting was just reported
    if (
      !c.phrase &&
      c.status === "planned" &&
      prev &&
      !prev.backRef &&
      prev.date.start &&
      prev.date.precision === "day" &&
      s &&
      withinVisit(doc, s.a, s.b) &&
      sharesPerson(prev, c)
    ) {
      const n = visitLength(doc);
      if (n > 1) {
        c.phrase = prev.phrase ? { ...prev.phrase, same: false, sameOffset: undefined } : prev.phrase;
        c.date = {
          ...prev.date,
          end: isoOf(dayNum(prev.date.start) + n - 1),
          precision: "range",
          explanation: `Within the ${n}-day visit whose sitting of ${prev.date.start} was reported before.`,
        };
      }
    }
    const rel = c.relative;
    const vd = c.phrase?.visitDay;
    if (vd !== undefined) {
      // «في اليوم الثاني من زيارته»: counted from the latest visit reported before, else the first dated sitting
      const before = sorted.filter(
        (x) =>
          x.a < c.a && x.date.start && x.date.precision === "day" && !x.backRef && x.phrase?.visitDay === undefined,
      );
      const base = [...before].reverse().find((x) => x.visitOnly) ?? before[0];
      if (base?.date.start) {
        const day = isoOf(dayNum(base.date.start) + vd - 1);
        c.date = {
          ...c.date,
          start: day,
          end: day,
          precision: "day",
          explanation: `Day ${vd} of the visit that began on ${base.date.start}.`,
          dependsOnPublished: base.date.dependsOnPublished,
        };
      }
    } else if (rel && !c.phrase && rel.base.date.start && rel.base.date.precision === "day") {
      const mid = dayNum(rel.base.date.start) + rel.days;
      const d = rel.base.date;
      c.date = {
        ...d,
        start: isoOf(mid - rel.slack),
        end: isoOf(mid + rel.slack),
        precision: rel.slack > 0 ? "approximate" : "day",
        explanation: `${Math.abs(rel.days)} day(s) ${rel.days < 0 ? "before" : "after"} the sitting of ${d.start} that the same sentence reports.`,
      };
      c.phrase = rel.base.phrase;
    } else if (
      (c.phrase?.same || later) &&
      prev &&
      prev.date.start &&
      (prev.date.precision === "day" || (goesOn && prev.date.precision === "range"))
    ) {
      const d = prev.date;
      const off = c.phrase?.same ? (c.phrase.sameOffset ?? 0) : 0;
      const shift = (iso: string | null) => (iso && off ? isoOf(dayNum(iso) + off) : iso);
      c.date = {
        ...d,
        start: shift(d.start),
        end: shift(d.end),
        text: c.phrase ? c.date.text : d.text,
        span: c.phrase ? c.date.span : d.span,
        explanation: off
          ? `${off} day(s) after the event reported just before (${d.start}).`
          : `The day of the event reported just before (${d.start}).`,
      };
      if (!c.phrase) c.phrase = prev.phrase;
    }
    if (c.date.start && !c.backRef) prev = c;
    last = c;
  }
}

/** «قبل اختتام زيارته», «خلال زيارتها» in the sentence. */
function withinVisit(doc: Doc, a: number, b: number): boolean {
  for (let x = a; x < b - 1; x++)
    if (/^(اختتام|ختام|نهايه|خلال)$/.test(doc.tokens[x]?.n ?? "") && /^زيارت(ه|ها)$/.test(doc.tokens[x + 1]?.n ?? ""))
      return true;
  return false;
}

const COUNT_WORDS: Record<string, number> = { يومين: 2, ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7 };

/** A visit's stated length: «زيارة … تدوم ثلاثة أيام», «تستغرق يومين». 0 when none. */
function visitLength(doc: Doc): number {
  const T = doc.tokens;
  for (let x = 0; x < T.length - 1; x++) {
    if (!/^(تدوم|تستغرق|تمتد|يدوم|يستغرق|يمتد)$/.test(T[x]?.n ?? "")) continue;
    const w = T[x + 1]?.n ?? "";
    const n = COUNT_WORDS[w] ?? (/^\d$/.test(w) ? Number(w) : 0);
    if (n === 2 && w === "يومين") return 2;
    if (n > 1 && /^(ايام|يوم)$/.test(T[x + 2]?.n ?? "")) return n;
  }
  return 0;
}

function goesOnAlike(doc: Doc, a: number): boolean {
  if (["كما", "وكما"].includes(doc.tokens[a]?.n ?? "")) return true;
  // «والتقى سموه كذلك …», «واجتمع الوزير أيضا …»: a verb opening the sentence, then «كذلك/أيضا»
  if (!/^و/.test(doc.tokens[a]?.n ?? "")) return false;
  for (let x = a + 1; x < a + 4; x++) if (["كذلك", "ايضا"].includes(doc.tokens[x]?.n ?? "")) return true;
  return false;
}

function sharesPerson(x: Candidate, y: Candidate): boolean {
  const id = (p: CandPart) => p.m.official?.slug ?? (p.m.kind === "named" ? p.m.name : null) ?? null;
  const xs = new Set(x.parts.map(id).filter(Boolean));
  return y.parts.some((p) => xs.has(id(p)));
}

// ---------------------------------------------------------------------------------------------
// Reference date: the publication date, or an anchor the article itself gives

function referenceDate(
  doc: Doc,
  published: string | null,
  dates: DatePhrase[],
  pickYear: ResolveContext["pickYear"],
): Reference {
  if (isValidIso(published)) return { ref: published, label: `the publication date ${published}`, inferredFrom: null };
  // a byline or dateline: a short line near the top holding a full date
  for (const p of dates) {
    if (p.day === undefined || p.month === undefined || p.year === undefined) continue;
    // «مسقط في 13 رجب 1446هـ (العُمانية) –»: a Hijri dateline, converted
    const hijriIso = p.hijri ? hijriToIso(p.year, p.month, p.day) : null;
    if (p.hijri && !hijriIso) continue;
    const first = doc.tokens[p.a];
    if (!first || first.line > 12) continue;
    const lineTokens = tokensOfLine(doc, first.line);
    const lineWords = lineTokens.filter((t) => t.kind !== "p").length;
    const hasTrigger = findTriggers(lineTokens, 0, lineTokens.length).length > 0;
    // «تونس 12 جوان 2024 (وات) - استقبل …»: a dateline opening the lead paragraph
    const inline =
      lineTokens.filter((t) => t.kind !== "p" && t.os < first.os).length <= 2 &&
      doc.tokens.slice(p.b, p.b + 4).some((t) => t.kind === "p" && "(-–—".includes(t.n));
    if (((lineWords > 14 || hasTrigger) && !inline) || (!p.hijri && p.day > daysInMonth(p.year, p.month))) continue;
    const iso = hijriIso ?? `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    const sp = spanOf(doc, p.a, p.b).text;
    return { ref: iso, label: `the article's dateline date ${iso} (no publication date was given)`, inferredFrom: sp };
  }
  // «الأربعاء 20 يناير الجاري»: a day of the current month fixes the article's month and year
  for (const p of dates) {
    if (!p.current || p.day === undefined || p.month === undefined || !pickYear) continue;
    const y = pickYear(p.month, p.day, p.weekday);
    if (!y) continue;
    const iso = `${y.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    const sp = spanOf(doc, p.a, p.b).text;
    return {
      ref: iso,
      label: `the date ${iso} that the article calls this month's (no publication date was given)`,
      inferredFrom: sp,
    };
  }
  // the latest full date the article states: relative phrases («كانون الأول المقبل») are read from
  // the article's own time, which is no earlier than the latest day it reports
  let latest: { iso: string; p: DatePhrase } | null = null;
  for (const p of dates) {
    if (
      p.day === undefined ||
      p.month === undefined ||
      p.year === undefined ||
      p.hijri ||
      p.day > daysInMonth(p.year, p.month)
    )
      continue;
    const iso = `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
    if (!latest || iso > latest.iso) latest = { iso, p };
  }
  if (latest) {
    const sp = spanOf(doc, latest.p.a, latest.p.b).text;
    return {
      ref: latest.iso,
      label: `the latest date the article states, ${latest.iso} (no publication date was given)`,
      inferredFrom: sp,
      lowerBound: true,
    };
  }
  return { ref: null, label: "the publication date", inferredFrom: null };
}

function tokensOfLine(doc: Doc, line: number) {
  const out = [];
  for (const t of doc.tokens) {
    if (t.line === line) out.push(t);
    else if (t.line > line) break;
  }
  return out;
}

/**
 * A year for a day and month written without one. With a weekday, the candidates are the years
 * where that day falls on that weekday; the officials this article names (their tenures) and the
 * years it states choose among them.
 */
function makeYearPicker(
  doc: Doc,
  idx: KnowledgeIndex,
  dates: DatePhrase[],
  local: Set<string>,
): NonNullable<ResolveContext["pickYear"]> {
  const stated = dates.filter((d) => d.year !== undefined && !d.hijri).map((d) => d.year ?? 0);
  const maxStated = stated.length ? Math.max(...stated) : null;
  return (month, day, weekday) => {
    if (weekday === undefined) {
      const uniq = [...new Set(stated)];
      return uniq.length === 1 && uniq[0]
        ? { year: uniq[0], why: `the only year the article states (${uniq[0]})` }
        : null;
    }
    let best: { year: number; score: number } | null = null;
    for (let y = 1990; y <= idx.latestYear + 3; y++) {
      if (day > daysInMonth(y, month)) continue;
      const iso = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (weekdayOf(iso) !== weekday) continue;
      let score = 0;
      for (const slug of local) {
        const ts = idx.positionsByOfficial.get(slug) ?? [];
        if (ts.some((t) => tenureCovers(t, iso))) score += 1;
      }
      if (maxStated !== null && y >= maxStated && y <= maxStated + 2) score += 0.5;
      score -= Math.abs(y - idx.latestYear) / 1000;
      if (!best || score > best.score) best = { year: y, score };
    }
    if (!best) return null;
    return {
      year: best.year,
      why: `the weekday (this day and month fall on it in ${best.year}, the year that fits the officials and years this article mentions)`,
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Merging the reports of one sitting

function namedKeys(c: Candidate): Set<string> {
  const s = new Set<string>();
  for (const p of c.parts) if (p.officialSlug) s.add(p.officialSlug);
  return s;
}

function overlapOk(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  if (n >= 2) return n;
  if (n === 1) {
    const sub = [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x));
    return sub ? 1 : 0;
  }
  return 0;
}

/** «وزير الداخلية الفرنسي يستقبل نظيره المغربي» (headline) matches the body's named sitting by office and country. */
function roleTwin(c: Candidate, ev: Candidate[]): boolean {
  const roles = c.parts.filter((p) => !p.officialSlug && p.m.kind === "role" && p.m.roleSig);
  if (roles.length === 0 || roles.length !== c.parts.length) return false;
  const others = ev.flatMap((x) => x.parts);
  return roles.every((r) => {
    const rs = r.m.roleSig;
    if (!rs || rs.countries.length === 0) return false;
    return others.some((o) => {
      const os = o.m.roleSig;
      if (!os || !os.countries.some((x) => rs.countries.includes(x))) return false;
      return (
        rs.head === "counterpart" ||
        os.head === "counterpart" ||
        (os.head === rs.head && rs.words.every((w) => os.words.includes(w)))
      );
    });
  });
}

function mergeCandidates(cands: Candidate[]): Candidate[][] {
  const events: Candidate[][] = [];
  const evKeys = new Map<Candidate[], Set<string>>();
  const keysOf = (ev: Candidate[]) => evKeys.get(ev) ?? new Set<string>();
  // compatibility depends only on date and place: keep one representative per distinct pair
  const reps = new Map<Candidate[], Map<string, Candidate>>();
  const repKey = (c: Candidate) =>
    JSON.stringify([
      !!c.phrase,
      c.date.start,
      c.date.end,
      c.date.text,
      c.phrase?.month,
      c.phrase?.weekday,
      !!c.phrase?.vague,
      c.place?.slug,
      c.place?.country,
      c.place?.city,
    ]);
  const push = (ev: Candidate[], c: Candidate) => {
    ev.push(c);
    const r = reps.get(ev) ?? new Map<string, Candidate>();
    if (!r.has(repKey(c))) r.set(repKey(c), c);
    reps.set(ev, r);
    const s = evKeys.get(ev) ?? new Set<string>();
    for (const k of namedKeys(c)) s.add(k);
    evKeys.set(ev, s);
  };
  const compatible = (c: Candidate, ev: Candidate[]) =>
    !(c.after && ev.includes(c.after)) &&
    [...(reps.get(ev)?.values() ?? [])].every((x) => datesCompatible(c, x) && placesCompatible(c, x));
  const isBack = (ev: Candidate[]) => ev.some((x) => x.backRef);
  const dated = cands.filter((c) => c.phrase);
  const undated = cands.filter((c) => !c.phrase);
  for (const c of dated) {
    const ks = namedKeys(c);
    let target: Candidate[] | null = null;
    let bestN = 0;
    for (const ev of events) {
      const n = overlapOk(ks, keysOf(ev));
      if (n > bestN && compatible(c, ev)) {
        bestN = n;
        target = ev;
      }
    }
    if (!target && ks.size === 0) target = events.find((ev) => compatible(c, ev) && roleTwin(c, ev)) ?? null;
    if (target) push(target, c);
    else {
      const ev: Candidate[] = [];
      push(ev, c);
      events.push(ev);
    }
  }
  for (const c of undated) {
    const ks = namedKeys(c);
    let target: Candidate[] | null = null;
    // the same sentence first: «…، وتناولت المحادثات بين X وY …»
    for (const ev of events)
      if (ev.some((x) => x.sentence === c.sentence) && overlapOk(ks, keysOf(ev)) > 0 && compatible(c, ev))
        target = target ?? ev;
    if (!target) {
      let best: { ev: Candidate[]; score: number } | null = null;
      for (const ev of events) {
        const n = overlapOk(ks, keysOf(ev));
        if (n === 0 || !compatible(c, ev)) continue;
        // an undated mention is about the article's main event, not a recalled earlier one
        const score = n * 10 + (isBack(ev) ? 0 : 5);
        if (!best || score > best.score) best = { ev, score };
      }
      target = best?.ev ?? null;
    }
    if (!target && ks.size === 0)
      target = events.find((ev) => !isBack(ev) && compatible(c, ev) && roleTwin(c, ev)) ?? null;
    if (target) push(target, c);
    else {
      const ev: Candidate[] = [];
      push(ev, c);
      events.push(ev);
    }
  }
  return events;
}

// ---------------------------------------------------------------------------------------------
// Output

function buildMeeting(
  ctx: MeetingContext,
  ev: Candidate[],
  ref: string | null,
  used: Map<string, { p: CandPart; role: string | null }>,
): ExtractedMeeting | null {
  const sorted = [...ev].sort((a, b) => a.a - b.a);
  const best = [...ev].sort((a, b) => dateRank(b) - dateRank(a) || a.a - b.a)[0];
  if (!best) return null;
  let date = best.phrase ? best.date : { ...best.date };
  // «وزير … يستقبل نظيره …»: a present-tense report with no date of its own is the day's news
  const presentAt = ev.find((c) => c.present);
  if (!best.phrase && presentAt && ref && ctx.refIsPublished) {
    date = {
      start: ref,
      end: ref,
      precision: "day",
      text: "",
      span: null,
      explanation: `The report is in the present tense with no date of its own: the day of ${ref}, the publication date.`,
      dependsOnPublished: true,
    };
  }
  // roles resolved again with the event's date
  for (const c of ev) resolveParts(ctx, c, date.start ?? ref);
  const parts = new Map<string, { p: CandPart; side: ParticipantSide; role: string | null }>();
  const order: string[] = [];
  for (const c of [best, ...sorted.filter((x) => x !== best)]) {
    for (const p of c.parts) {
      const id = identity(p);
      if (!id) continue;
      const cur = parts.get(id);
      const role = p.m.roleText ?? null;
      if (!cur) {
        parts.set(id, { p, side: p.side, role });
        order.push(id);
      } else {
        if (cur.side === "other" && p.side !== "other") cur.side = p.side;
        if (!cur.role && role) cur.role = role;
      }
    }
  }
  // a group or unresolved role next to a resolved person of the same description adds nothing:
  // «نظيره الموريتاني» in the headline and «… محمد سالم ولد مرزوك» in the body are one person
  const countriesOf = (p: CandPart): string[] => {
    const o =
      p.officialSlug && !p.officialSlug.startsWith("name:") ? ctx.idx.officialBySlug.get(p.officialSlug) : undefined;
    return [
      ...(o?.country ? [o.country] : []),
      ...(p.m.roleSig?.countries ?? []),
      ...(p.m.kind === "group" && p.m.country ? [p.m.country] : []),
    ];
  };
  for (let n = order.length - 1; n >= 0; n--) {
    const id = order[n] ?? "";
    if (!id.startsWith("r:") && !id.startsWith("g:")) continue;
    const e = parts.get(id);
    if (!e) continue;
    const cs = countriesOf(e.p);
    if (cs.length === 0) continue;
    const mine = e.p.m.roleSig;
    const twin = order.some((o) => {
      const q = parts.get(o)?.p;
      if (!o.startsWith("o:") || !q || q === e.p || !countriesOf(q).some((c) => cs.includes(c))) return false;
      if (e.p.m.kind === "group" || mine?.head === "counterpart") return true;
      // the same office written twice: «وزير الداخلية الفرنسي» (headline) and «وزير الداخلية الفرنسي جيرالد دارمانان»
      const qs = q.m.roleSig;
      return !!mine && !!qs && qs.head === mine.head && mine.words.every((w) => qs.words.includes(w));
    });
    if (twin) {
      parts.delete(id);
      order.splice(n, 1);
    }
  }
  const named = order.filter((id) => id.startsWith("o:"));
  const hasGroup = order.some((id) => id.startsWith("g:"));
  // two offices met even when the holders are not known: «التقى مدير … الفرنسية … مدير … الأردنية»
  const roles = order.filter((id) => id.startsWith("r:"));
  if (
    named.length === 0 &&
    !(roles.length >= 2 && ev.some((c) => c.parts.filter((p) => p.m.kind === "role").length >= 2))
  )
    return null;
  const statusPlanned = ev.some((c) => c.status === "planned") && !ev.some((c) => c.status === "held" && c.phrase);
  let status: "held" | "planned" = best.status === "planned" || (statusPlanned && !best.phrase) ? "planned" : "held";
  // a sitting dated after the publication day («غدا الأربعاء») has not happened yet
  if (status === "held" && ctx.refIsPublished && ref && date.start && date.start > ref) status = "planned";
  const place = best.place ?? sorted.find((c) => c.place)?.place ?? null;
  const distinct = order.length;
  const visitOnly = ev.every((c) => c.visitOnly);
  if (distinct < 2) {
    // one named person: only a planned visit with a city and a day
    if (!(visitOnly && status === "planned" && place?.city && (date.precision === "day" || date.precision === "range")))
      return null;
  }
  if (distinct < 2 && !hasGroup && !visitOnly) return null;
  const participants: ExtractedParticipant[] = order.map((id) => {
    const e = parts.get(id);
    if (!e) throw new Error("unreachable");
    const p = e.p;
    const slug = p.officialSlug ?? null;
    const o = slug && !slug.startsWith("name:") ? ctx.idx.officialBySlug.get(slug) : undefined;
    const key = slug ? (slug.startsWith("name:") ? slugifyName(slug.slice(5)) : slug) : null;
    if (slug) {
      const prev = used.get(slug);
      if (!prev) used.set(slug, { p, role: e.role });
      else if (!prev.role && e.role) prev.role = e.role;
    }
    return {
      officialKey: key,
      name: o
        ? p.m.kind === "known" && p.m.official?.slug === o.slug && p.m.name
          ? p.m.name
          : o.nameAr
        : p.m.kind === "named"
          ? (p.m.name ?? null)
          : null,
      nameEn: o ? o.nameEn : (p.m.nameEn ?? null),
      role: e.role,
      side: e.side,
      resolvedBy: p.resolvedBy ?? "unresolved-role",
      evidence: spanOf(ctx.doc, p.m.a, p.m.b),
    };
  });
  const sents = [...new Set(ev.map((c) => c.sentence))].sort((a, b) => a - b);
  const topics: string[] = [];
  for (const s of sents)
    for (const t of topicsFor(ctx.doc, s, s + 2)) if (!topics.includes(t) && topics.length < 6) topics.push(t);
  return {
    participants,
    date,
    place: place?.name ?? null,
    placeSpan: place?.span ?? null,
    country: place?.country ?? null,
    status,
    topics,
    evidence: best.evidence,
  };
}

function buildOfficials(
  ctx: MeetingContext,
  persons: PersonMention[],
  used: Map<string, { p: CandPart; role: string | null }>,
  ref: string | null,
): ExtractedOfficial[] {
  const byKey = new Map<string, ExtractedOfficial>();
  const add = (
    key: string,
    base: Omit<ExtractedOfficial, "mentions">,
    mention: { start: number; end: number; text: string } | null,
  ) => {
    let o = byKey.get(key);
    if (!o) {
      o = { ...base, mentions: [] };
      byKey.set(key, o);
    }
    if (!o.role && base.role) o.role = base.role;
    if (!o.agency && base.agency) o.agency = base.agency;
    if (mention && mention.text && !o.mentions.some((m) => m.start === mention.start)) o.mentions.push(mention);
  };
  for (const m of persons) {
    if (m.kind === "group") continue;
    const agency = m.roleSig?.agencies[0] ?? null;
    const nameSpan = m.nameA !== undefined && m.nameB !== undefined ? spanOf(ctx.doc, m.nameA, m.nameB) : null;
    if (m.kind === "known" && m.official) {
      const o = m.official;
      add(
        o.slug,
        {
          key: o.slug,
          known: true,
          name: o.nameAr,
          nameEn: o.nameEn,
          role: m.roleText ?? null,
          agency: agency ?? agencyOf(ctx, o.slug, ref),
          country: o.country,
        },
        nameSpan,
      );
    } else if (m.kind === "named" && m.name) {
      add(
        slugifyName(m.name),
        {
          key: slugifyName(m.name),
          known: false,
          name: m.name,
          nameEn: m.nameEn ?? null,
          role: m.roleText ?? null,
          agency,
          country: m.roleSig?.countries[0] ?? null,
        },
        nameSpan,
      );
    }
  }
  for (const [slug, u] of used) {
    if (slug.startsWith("name:")) continue;
    const o = ctx.idx.officialBySlug.get(slug);
    if (!o) continue;
    add(
      slug,
      {
        key: slug,
        known: true,
        name: o.nameAr,
        nameEn: o.nameEn,
        role: u.role,
        agency: u.p.m.roleSig?.agencies[0] ?? agencyOf(ctx, slug, ref),
        country: o.country,
      },
      null,
    );
  }
  return [...byKey.values()];
}

function agencyOf(ctx: MeetingContext, slug: string, ref: string | null): string | null {
  const list = ctx.idx.positionsByOfficial.get(slug) ?? [];
  const hit = (ref ? list.find((t) => tenureCovers(t, ref)) : undefined) ?? list[0];
  return hit?.position.agency ?? null;
}

function buildAgencies(ctx: MeetingContext): ExtractedAgency[] {
  const out = new Map<string, ExtractedAgency>();
  for (const e of ctx.entities.agencies) {
    const a = e.item;
    let x = out.get(a.slug);
    if (!x) {
      x = { slug: a.slug, name: a.nameAr, nameEn: a.nameEn, country: a.country, mentions: [] };
      out.set(a.slug, x);
    }
    x.mentions.push(spanOf(ctx.doc, e.a, e.b));
  }
  return [...out.values()];
}

// ---------------------------------------------------------------------------------------------
// Re-resolution when the publication date changes

/**
 * Re-resolves a stored date against a new publication date: re-runs the extraction and returns
 * the date found at the same phrase span (tense and context come from the text again). Falls
 * back to the stored date when the phrase is no longer found.
 */
export function reresolveDate(
  date: ExtractedDate,
  context: { text: string; published: string | null },
  knowledge?: Knowledge,
): ExtractedDate {
  try {
    const k: Knowledge = knowledge ?? { countries: [], places: [], agencies: [], positions: [], officials: [] };
    const r = extractArticle({ text: context.text, published: context.published }, k);
    const span = date.span;
    if (!span && date.dependsOnPublished) {
      // a present-tense report dated by the publication day: no phrase to find again
      const undated = r.meetings.filter((m) => !m.date.span && m.date.dependsOnPublished);
      if (undated.length === 1 && undated[0]) return undated[0].date;
    }
    if (span) {
      const hit = r.meetings.find(
        (m) => m.date.span && m.date.span.start === span.start && m.date.span.end === span.end,
      );
      if (hit) return hit.date;
      // the phrase alone, with the tense read from its surroundings
      const doc = buildDoc(context.text);
      const p = findDates(doc.tokens).find((d) => doc.tokens[d.a]?.os === span.start);
      if (p) {
        const ref = isValidIso(context.published) ? context.published : null;
        const tense: Tense = p.rel === "next" ? "future" : "past";
        const d = resolvePhrase(p, {
          ref,
          refLabel: ref ? `the publication date ${ref}` : "the publication date",
          refIsPublished: true,
          tense,
        });
        return withSpan(d, spanOf(doc, p.a, p.b));
      }
    }
  } catch {
    return date;
  }
  return date;
}

/**
 * Resolves the first date phrase in a short text («الخميس المقبل», «منتصف الشهر الماضي») against a
 * publication date and a tense. For admin tools and tests; articles go through extractArticle.
 */
export function resolveDateText(text: string, opts: { published: string | null; tense?: Tense }): ExtractedDate {
  try {
    const doc = buildDoc(typeof text === "string" ? text : "");
    const p = findDates(doc.tokens)[0];
    if (!p)
      return {
        start: null,
        end: null,
        precision: "unknown",
        text: "",
        span: null,
        explanation: "No date phrase found.",
        dependsOnPublished: false,
      };
    const ref = isValidIso(opts.published) ? opts.published : null;
    const d = resolvePhrase(p, {
      ref,
      refLabel: ref ? `the publication date ${ref}` : "the publication date",
      refIsPublished: true,
      tense: opts.tense ?? "past",
    });
    return withSpan(d, spanOf(doc, p.a, p.b));
  } catch {
    return {
      start: null,
      end: null,
      precision: "unknown",
      text: "",
      span: null,
      explanation: "No date phrase found.",
      dependsOnPublished: false,
    };
  }
}

/** Formats a day number helper for callers that sort by date keys. */
export function formatDateKey(d: ExtractedDate): string {
  return d.start ?? "0000-00-00";
}

export { dayNum, isoOf };
