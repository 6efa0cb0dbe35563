// Meeting clauses → candidate meetings → one meeting per real event in the article.
import { emptyDate, type DatePhrase, type Tense } from "./dates";
import { signatureOf, type KnowledgeIndex } from "./knowledge";
import { FUTURE_WORDS, PAST_WORDS, isFutureVerb } from "./lexicon";
import type { PersonMention } from "./names";
import type { Entities } from "./places";
import { matchingPositions, positionOn, resolveRole } from "./roles";
import { findTriggers, isMeetingWord, type Trigger } from "./triggers";
import { tokenForms } from "./normalize";
import { key, spanOf, type Doc, type Token } from "./tokens";
import { topicsFor } from "./topics";
import type { CountryCode, DatePrecision, ExtractedDate, ParticipantSide, Span } from "./types";

export interface CandPart {
  m: PersonMention;
  side: ParticipantSide;
  /** Filled by role resolution. */
  officialSlug?: string | null;
  resolvedBy?: "name" | "role" | "unresolved-role";
  /** For role-only mentions: false when no known position matches the title (a generic phrase). */
  known?: boolean;
}

export interface Candidate {
  sentence: number;
  a: number;
  b: number;
  parts: CandPart[];
  phrase: DatePhrase | null;
  date: ExtractedDate;
  status: "held" | "planned";
  backRef: boolean;
  visitOnly: boolean;
  /** The clause's verb is in the present tense («يستقبل», «يلتقي») and nothing marks it as future. */
  present?: boolean;
  /** «ثم …», «عقب ذلك …»: a later sitting than this candidate's, never the same one. */
  after?: Candidate;
  /** «بعد أسبوع من لقائه …»: this sitting is `days` away from the sitting of `base` (negative = before). */
  relative?: { base: Candidate; days: number; slack: number };
  place: { name: string; span: Span; country: CountryCode | null; slug: string | null; city: boolean } | null;
  evidence: Span;
}

const k = (t: Token | undefined) => (t && t.kind !== "p" ? key(t.n) : "");
const isComma = (t: Token | undefined) => !!t && t.kind === "p" && (t.n === "،" || t.n === ",");
const formsOf = (t: Token | undefined) => (t && t.kind === "ar" ? tokenForms(t.n).map(key) : []);
const LINKS = new Set(["حيث", "خلالها", "خلاله", "التي", "الذي", "هامش", "اثناء", "خلال", "بمناسبه", "ضمن"].map(key));

function tenseNear(T: Token[], a: number, b: number, lo: number, hi: number, names?: Set<number>): Tense | null {
  let best: { d: number; t: Tense } | null = null;
  for (let x = Math.max(lo, a - 6); x < Math.min(hi, b + 6); x++) {
    const t = T[x];
    // a verb-shaped word inside a person's name («سي…» as a first name) carries no tense
    if (!t || t.kind !== "ar" || names?.has(x)) continue;
    const kt = k(t);
    const bare = /^[وف]/.test(t.n) ? key(t.n.slice(1)) : kt;
    let tense: Tense | null = null;
    if (isFutureVerb(t.n) || FUTURE_WORDS.has(kt) || FUTURE_WORDS.has(bare)) tense = "future";
    else if (PAST_WORDS.has(kt) || PAST_WORDS.has(bare)) tense = "past";
    if (!tense) continue;
    const d = x < a ? a - x : x >= b ? x - b + 1 : 0;
    if (!best || d < best.d) best = { d, t: tense };
  }
  return best?.t ?? null;
}

export interface MeetingContext {
  doc: Doc;
  idx: KnowledgeIndex;
  persons: PersonMention[];
  entities: Entities;
  dates: DatePhrase[];
  resolve: (p: DatePhrase, tense: Tense) => ExtractedDate;
  refDay: string | null;
  localOfficials: Set<string>;
  /** Countries the article names (places, countries, demonyms): role→holder by date needs one of them. */
  countries: Set<string>;
  /** The reference day is the article's stated publication date (not inferred from its text). */
  refIsPublished?: boolean;
}

/** Candidate meetings, one per trigger group (a clause about one sitting). */
export function findCandidates(ctx: MeetingContext): Candidate[] {
  const { doc } = ctx;
  const T = doc.tokens;
  const out: Candidate[] = [];
  // everything bucketed by sentence: clauses never look outside their sentence
  const bucket = <X>(list: X[], at: (x: X) => number): X[][] => {
    const b: X[][] = doc.sentences.map(() => []);
    for (const x of list) b[doc.sentenceOf[at(x)] ?? 0]?.push(x);
    return b;
  };
  // «بعد يومين من تنصيب الرئيس جو بايدن»: a person named inside a dated event's name is not at the sitting
  const eventSpans = ctx.dates.filter((d) => d.event);
  const personsBy = bucket(
    ctx.persons.filter((m) => !eventSpans.some((d) => m.a >= d.a && m.a < d.b)),
    (m) => m.a,
  );
  const nameTokens = new Set<number>();
  for (const m of ctx.persons)
    if ((m.kind === "named" || m.kind === "known") && m.nameA !== undefined && m.nameB !== undefined)
      for (let x = m.nameA; x < m.nameB; x++) nameTokens.add(x);
  const datesBy = bucket(ctx.dates, (d) => d.a);
  const placesBy = bucket(ctx.entities.places, (p) => p.a);
  const countriesBy = bucket(ctx.entities.countries, (c) => c.a);
  const chrome = relatedNewsLines(doc);
  doc.sentences.forEach((s, si) => {
    // headlines listed under «اقرأ أيضا» belong to other articles
    if (chrome.has(T[s.a]?.line ?? -1)) return;
    const persons = personsBy[si] ?? [];
    const dates = datesBy[si] ?? [];
    const local: Local = { persons, places: placesBy[si] ?? [], countries: countriesBy[si] ?? [] };
    // a trigger inside a name is no trigger («فيصل» is not «يصل»)
    const triggers = findTriggers(T, s.a, s.b).filter(
      (t) => !persons.some((m) => t.i >= m.a && t.i < m.b && m.kind !== "role"),
    );
    if (triggers.length === 0) return;
    // group consecutive triggers that describe one sitting
    const groups: Trigger[][] = [];
    const thenStart = new Map<Trigger[], number>();
    triggers.forEach((tr, ti) => {
      const last = groups[groups.length - 1];
      const prev = last?.[last.length - 1];
      if (last && prev) {
        const between = persons.some((m) => m.a > prev.i && m.a < tr.i && !m.nonParticipant);
        // «…، ثم انتقل X إلى …، حيث استقبله Y»: «ثم» opens a new clause about a later sitting
        let thenAt = -1;
        for (let x = prev.i + 1; x < tr.i; x++) if (["ثم", "وثم"].includes(T[x]?.n ?? "")) thenAt = x;
        if (thenAt >= 0) {
          groups.push([tr]);
          thenStart.set(groups[groups.length - 1] ?? [], thenAt);
          return;
        }
        // «لقاء X بـY، الذين جاؤوا … للقائه، يأتي …»: a possessed meeting noun with nobody of its own
        // after it points back at the sitting just named (unless it is dated against it: «بعد أسبوع من لقائه»)
        const nextI = triggers[ti + 1]?.i ?? s.b;
        const tt0 = T[tr.i];
        const pointsBack =
          !tr.verbal &&
          !!tt0 &&
          /(ه|ها|هما|هم)$/.test(tt0.n) &&
          !relativeSitting(T, tr) &&
          !persons.some((m) => m.a > tr.i && m.a < nextI && !m.nonParticipant);
        if (pointsBack) {
          last.push(tr);
          return;
        }
        // «عقد X … جلسة عمل مع Y»: a light verb and its meeting noun are one clause
        let linked = prev.kind === "light" && !tr.verbal && !last.some((t) => t !== prev && !t.verbal);
        for (let x = Math.max(prev.i + 1, tr.i - 3); x < tr.i; x++)
          if (formsOf(T[x]).some((f) => LINKS.has(f))) linked = true;
        // «يزور X القاهرة … للقاء Y»: a purpose noun after a verb continues the same clause
        const tt = T[tr.i];
        if (prev.verbal && !tr.verbal && tt && tt.n.startsWith("ل") && isMeetingWord({ ...tt, n: tt.n.slice(1) }))
          linked = true;
        if (!between || linked) {
          last.push(tr);
          return;
        }
      }
      groups.push([tr]);
    });
    groups.forEach((g, gi) => {
      const first = g[0];
      if (!first) return;
      const regionA = first.i;
      const nextG = groups[gi + 1]?.[0];
      const nextGroup = groups[gi + 1];
      const regionB = nextG ? (nextGroup ? (thenStart.get(nextGroup) ?? nextG.i) : nextG.i) : s.b;
      const thenAt = thenStart.get(g);
      const preA = gi === 0 ? s.a : (thenAt ?? regionA);
      const inRegion = persons.filter((m) => m.a >= regionA && m.a < regionB && !m.nonParticipant);
      // the subject before the verb, with coordinated subjects: «X ورئيس … Y عقدا اجتماعا»
      const subjects: PersonMention[] = [];
      // «أكد X، خلال استقباله Y», «يستعد X للقاء Y»: a possessed or purpose meeting noun has X as its subject
      const ft = T[first.i];
      const definiteL = !!ft && ft.n.startsWith("لل") && isMeetingWord({ ...ft, n: `ال${ft.n.slice(2)}` });
      const nounSubject = !first.verbal && !!ft && (/(ه|ها|هما)$/.test(ft.n) || (ft.n.startsWith("ل") && !definiteL));
      const clauseA = gi === 0 ? s.a : thenAt;
      if (clauseA !== undefined && (first.verbal || g.some((t) => t.verbal) || nounSubject)) {
        const before = persons.filter(
          (m) => m.b <= first.i && m.a >= clauseA && !m.nonParticipant && first.i - m.b <= 30,
        );
        let n = before.length - 1;
        let cur = before[n];
        if (cur) subjects.push(cur);
        while (cur && n > 0) {
          const prev = before[n - 1];
          if (!prev) break;
          const gap = cur.a - prev.b;
          const joined =
            (T[cur.a]?.n.startsWith("و") && gap === 0) ||
            (gap === 1 && isComma(T[prev.b])) ||
            (gap === 1 && T[prev.b]?.n === "و");
          if (!joined) break;
          subjects.unshift(prev);
          cur = prev;
          n--;
        }
      }
      // «وكان سموه قد استقبل …», «كما استقبل معاليه …»: the honorific pronoun is the host of the sitting reported before
      if (subjects.length === 0 && first.verbal) {
        let pron = false;
        for (let x = Math.max(s.a, first.i - 3); x < Math.min(regionB, first.i + 2); x++)
          if (HONORIFIC_PRONOUNS.has(T[x]?.n ?? "")) pron = true;
        const lastCand = out[out.length - 1];
        const lead = lastCand && lastCand.sentence < si ? lastCand.parts[0] : undefined;
        if (pron && lead) subjects.push(lead.m);
        // «وفي اليوم الثاني من زيارته، التقى …»: the visitor reported before
        const visitor = [...out].reverse().find((c) => c.visitOnly && c.sentence < si)?.parts[0];
        if (!pron && visitor && dates.some((d) => d.visitDay !== undefined && d.b <= first.i)) subjects.push(visitor.m);
      }
      let sameAs: Candidate | null = null;
      // «… بعد أسبوع من لقائه بمدريد مع Y»: an earlier sitting of the clause's subject, dated from this one
      const rel = gi > 0 ? relativeSitting(T, first) : null;
      const prevCand = out[out.length - 1];
      if (rel && subjects.length === 0 && prevCand && prevCand.sentence === si && prevCand.parts[0])
        subjects.push(prevCand.parts[0].m);
      // «… قبل أن يجري مباحثات مع Y», «ثم التقى بـY»: a later verb of the same sentence without its own
      // subject (no name right after it) keeps the subject of the clause before
      if (!rel && gi > 0 && subjects.length === 0 && first.verbal && prevCand && prevCand.sentence === si) {
        const lead = prevCand.parts[0];
        const firstIn = inRegion[0];
        let x = first.i + 1;
        while (x < regionB && (T[x]?.kind === "p" || dates.some((d) => x >= d.a && x < d.b))) x++;
        const explicit = !!firstIn && firstIn.a <= x;
        if (lead && !explicit && !inRegion.includes(lead.m)) {
          subjects.push(lead.m);
          sameAs = prevCand;
        }
      }
      // «ثم عاد الوزيران والتقيا …»: the two people of the sitting reported before
      if (subjects.length === 0 && inRegion.length === 0 && first.verbal) {
        let dual = false;
        for (let x = Math.max(s.a, regionA - 4); x < regionB; x++)
          if (DUALS.has(k(T[x])) && (T[x]?.n ?? "").includes("ال")) dual = true;
        const before = [...out]
          .reverse()
          .find((c) => c.parts.filter((p) => p.m.kind === "known" || p.m.kind === "named").length === 2);
        if (dual && before)
          for (const p of before.parts) if (p.m.kind === "known" || p.m.kind === "named") subjects.push(p.m);
      }
      // «حضر الاستقبال X», «وجرى اللقاء بحضور X»: «the meeting» with the article and no verb of its own is the
      // sitting reported just before; the people named here attended it
      if (
        gi === 0 &&
        subjects.length === 0 &&
        !g.some((t) => t.verbal) &&
        g.every((t) => /^(ال|وال)/.test(T[t.i]?.n ?? "")) &&
        prevCand &&
        prevCand.sentence < si &&
        si - prevCand.sentence <= 2
      ) {
        let attended = false;
        for (let x = Math.max(s.a, regionA - 3); x < regionB; x++)
          if (formsOf(T[x]).some((f) => ATTEND.has(f))) attended = true;
        if (attended && inRegion.length > 0) {
          for (const m of inRegion)
            if (!prevCand.parts.some((p) => p.m === m)) prevCand.parts.push({ m, side: "other" });
          return;
        }
      }
      // sides
      const parts: CandPart[] = [];
      const receive = g.find((t) => t.kind === "receive");
      const guestOf = g.find((t) => t.kind === "guest");
      let passiveAt = -1;
      for (let x = regionA; x < regionB - 1; x++)
        if (k(T[x]) === "من" && ["طرف", "قبل"].includes(k(T[x + 1]))) passiveAt = x;
      if (receive && passiveAt >= 0) {
        for (const m of subjects) parts.push({ m, side: "guest" });
        for (const m of inRegion) parts.push({ m, side: m.a > passiveAt ? "host" : "guest" });
      } else if (receive && receive.verbal && /(ه|ها|هما|هم)$/.test(T[receive.i]?.n ?? "")) {
        for (const m of subjects) parts.push({ m, side: "guest" });
        const hostAt = inRegion.findIndex((m) => m.a > receive.i);
        inRegion.forEach((m, n) => parts.push({ m, side: n === hostAt ? "host" : "guest" }));
      } else if (receive) {
        for (const m of subjects) parts.push({ m, side: "host" });
        inRegion.forEach((m, n) => parts.push({ m, side: n === 0 && subjects.length === 0 ? "host" : "guest" }));
      } else if (guestOf) {
        for (const m of subjects) parts.push({ m, side: "guest" });
        let dayf = guestOf.i;
        for (let x = guestOf.i; x < regionB; x++) if (["ضيفا", "ضيف", "ضيفه"].includes(k(T[x]))) dayf = x;
        for (const m of inRegion) parts.push({ m, side: m.a > dayf ? "host" : "guest" });
      } else {
        for (const m of subjects) parts.push({ m, side: "other" });
        for (const m of inRegion) parts.push({ m, side: "other" });
      }
      if (parts.length === 0) return;
      // visits and habitual statements («يزور المسؤولون … باستمرار») do not make a group a counterpart
      const visitOnly = g.every((t) => t.kind === "visit" || (t.kind === "light" && !hasMeetingNoun(T, t.i, regionB)));
      const habitual = T.slice(regionA, regionB).some((t) => ["باستمرار", "عاده", "دائما", "سنويا"].includes(k(t)));
      if (visitOnly || habitual)
        for (let n = parts.length - 1; n >= 0; n--) if (parts[n]?.m.kind === "group") parts.splice(n, 1);
      // «زار X … بدعوة من Y»: who invited a visitor is not met by the visit itself
      if (visitOnly)
        for (let n = parts.length - 1; n >= 0; n--) if (invitedBy(T, parts[n]?.m.a ?? 0)) parts.splice(n, 1);
      if (parts.length === 0) return;
      // date: first phrase in the region, else the last one before the trigger in this sentence
      const inside = dates.filter((d) => d.a >= regionA && d.a < regionB);
      const pre = dates.filter((d) => d.a >= preA && d.b <= regionA);
      let phrase = inside[0] ?? pre[pre.length - 1] ?? null;
      const trigTense = g.some((t) => t.tense === "future") ? "future" : null;
      const nearTrig = tenseNear(T, first.i, first.i + 1, s.a, s.b, nameTokens);
      let status: "held" | "planned" =
        trigTense === "future" || phrase?.rel === "next" || nearTrig === "future" ? "planned" : "held";
      let date = emptyDate();
      if (phrase) {
        const ph = phrase;
        // «يستقبل X، يوم 18 مارس، …»: a present-tense report of a day without a year is the nearest such day
        const presentOnly = g.some((x) => x.verbal) && g.every((x) => !x.verbal || x.tense === "present");
        const noYear = ph.day !== undefined && ph.month !== undefined && ph.year === undefined;
        const t =
          ph.rel === "next"
            ? "future"
            : ph.rel === "past"
              ? "past"
              : (tenseNear(T, ph.a, ph.b, s.a, s.b, nameTokens) ??
                (status === "planned" ? "future" : presentOnly && noYear ? "present" : "past"));
        if (t === "future" && status === "held" && !g.some((x) => x.tense === "past")) status = "planned";
        date = ctx.resolve(ph, t);
      } else if (sameAs?.phrase) {
        // the continued clause happened at the time of the one it continues
        phrase = sameAs.phrase;
        date = sameAs.date;
      } else if (thenAt !== undefined && prevCand && prevCand.sentence === si && prevCand.phrase) {
        phrase = prevCand.phrase;
        date = prevCand.date;
      } else {
        // «وجرى خلال اللقاء، الذي عقد أمس السبت، …»: the next sentence dates the sitting just reported
        const back = dateOfNextReference(doc, ctx.dates, si);
        if (back) {
          phrase = back;
          const t =
            back.rel === "next" ? "future" : back.rel === "past" ? "past" : status === "planned" ? "future" : "past";
          date = ctx.resolve(back, t);
        }
      }
      // back-references: «سبق أن جمع», «الزيارة السابقة», «وكان … قد التقى»
      let backRef = gi === 0 && ["كان", "وكان"].includes(T[s.a]?.n ?? "") && first.verbal;
      for (let x = preA; x < regionB; x++) {
        const kt = k(T[x]);
        if (["سبق", "سابقه", "سابق", "حينها", "سابقا"].includes(kt)) backRef = true;
        // «وكان X قد التقى …»: a pluperfect clause
        if (kt === "قد" && x < first.i && first.i - x <= 2) backRef = true;
      }
      // place: after «حيث» the place is the one before; otherwise the first one in the clause
      const linkedWhere = k(T[first.i - 1]) === "حيث";
      const place = pickPlace(ctx, local, regionA, regionB, preA, linkedWhere);
      const evA = gi === 0 ? s.a : regionA;
      out.push({
        sentence: si,
        a: evA,
        b: regionB,
        parts,
        phrase,
        date,
        status,
        backRef: backRef || (!!rel && rel.days < 0),
        present:
          status === "held" &&
          g.some((t) => t.verbal && t.tense === "present") &&
          !g.some((t) => t.verbal && t.tense !== "present"),
        visitOnly,
        ...(rel && prevCand && prevCand.sentence === si
          ? { relative: { base: prevCand, days: rel.days, slack: rel.slack } }
          : {}),
        ...(thenAt !== undefined && prevCand && prevCand.sentence === si ? { after: prevCand } : {}),
        place,
        evidence: trimSpan(doc, evA, regionB),
      });
    });
  });
  return out;
}

/** «وجرى خلال اللقاء، الذي عُقد أمس السبت، …» opening the next sentence: the date of the sitting just reported. */
function dateOfNextReference(doc: Doc, dates: DatePhrase[], si: number): DatePhrase | null {
  const s2 = doc.sentences[si + 1];
  if (!s2) return null;
  const T = doc.tokens;
  for (let x = s2.a; x < Math.min(s2.b, s2.a + 5); x++) {
    const n = T[x]?.n ?? "";
    if (
      !/^(و|ف)?(خلال|في)?(ال)(لقاء|اجتماع|مباحثات|محادثات)$/.test(n) &&
      !/^(ال)(لقاء|اجتماع|مباحثات|محادثات)$/.test(n)
    )
      continue;
    let y = x + 1;
    if (T[y]?.kind === "p") y++;
    if (!["الذي", "التي"].includes(T[y]?.n ?? "")) return null;
    if (!/^(عقد|عقدت|جري|جرت|انعقد|انعقدت)$/.test(k(T[y + 1]))) return null;
    return dates.find((d) => d.a > y + 1 && d.a <= y + 4) ?? null;
  }
  return null;
}

function invitedBy(T: Token[], a: number): boolean {
  let x = a - 1;
  if (k(T[x]) !== "من") return false;
  x--;
  if (["رسميه", "كريمه"].includes(k(T[x]))) x--;
  return ["بدعوه", "لدعوه", "دعوه"].includes(k(T[x]));
}

// «سموه», «معاليه»: an honorific standing for the person just named
const HONORIFIC_PRONOUNS = new Set(["سموه", "معاليه", "سعادته", "فخامته", "جلالته", "دولته", "سيادته"]);

// «بحضور», «حضر», «حضره»: attendance at a sitting
const ATTEND = new Set(["حضور", "حضر", "حضره", "حضرها"]);

// «الوزيران», «الجانبان», «الرئيسان»: the two participants already named
const DUALS = new Set([
  "وزيران",
  "وزيرين",
  "رييسان",
  "رييسين",
  "جانبان",
  "جانبين",
  "طرفان",
  "طرفين",
  "مسوولان",
  "قايدان",
]);

const UNIT_DAYS: Record<string, [number, number]> = {
  يوم: [1, 0],
  يومين: [2, 0],
  ايام: [3, 1],
  اسبوع: [7, 1],
  اسبوعين: [14, 2],
  اسابيع: [21, 4],
  شهر: [30, 4],
  شهرين: [60, 7],
  اشهر: [90, 15],
};

/** «بعد أسبوع من لقائه», «قبل يومين من اجتماعه»: a possessed meeting noun placed in time against the clause before it. */
function relativeSitting(T: Token[], tr: Trigger): { days: number; slack: number } | null {
  const t = T[tr.i];
  if (!t || tr.verbal || !/(ه|ها|هما|هم)$/.test(t.n)) return null;
  if (k(T[tr.i - 1]) !== "من") return null;
  let x = tr.i - 2;
  const unit = UNIT_DAYS[k(T[x])];
  if (!unit) return null;
  x--;
  let n = 1;
  const num = T[x];
  if (num && num.kind === "num" && Number(num.n) >= 1 && Number(num.n) <= 30) {
    n = Number(num.n);
    x--;
  }
  const dir = (T[x]?.n ?? "").replace(/^[وف]/, "");
  if (dir !== "بعد" && dir !== "قبل") return null;
  // «X بعد أسبوع من لقائه بـY»: the sitting with Y came a week before X
  const days = (dir === "بعد" ? -1 : 1) * unit[0] * n;
  return { days, slack: unit[1] * n };
}

// «اقرأ أيضا», «أخبار ذات صلة», «شاهد أيضا», «الأكثر قراءة»: a list of other articles' headlines follows.
const RELATED = [
  ["اقرا", "ايضا"],
  ["شاهد", "ايضا"],
  ["ذات", "صله"],
  ["اكثر", "قراءه"],
  ["اكثر", "قراءة"],
  ["مواضيع", "متعلقه"],
  ["اخبار", "متعلقه"],
  ["المزيد", "من", "الاخبار"],
].map((w) => w.map(key));

/** Lines of related-news blocks: the short lines after a marker line, up to the first long paragraph. */
export function relatedNewsLines(doc: Doc): Set<number> {
  const T = doc.tokens;
  const words = new Map<number, string[]>();
  for (const t of T) {
    if (t.kind === "p") continue;
    const list = words.get(t.line);
    if (list) {
      if (list.length <= 16) list.push(key(t.n));
      else list.length = 17; // only short lines matter
    } else words.set(t.line, [key(t.n)]);
  }
  const out = new Set<number>();
  const lines = [...words.keys()].sort((a, b) => a - b);
  let inBlock = false;
  for (const ln of lines) {
    const ws = words.get(ln) ?? [];
    const marker =
      ws.length <= 6 &&
      RELATED.some((m) => ws.some((_, i) => m.every((x, j) => ws[i + j] === x || ws[i + j] === `و${x}`)));
    if (marker) {
      inBlock = true;
      out.add(ln);
      continue;
    }
    if (inBlock && ws.length <= 16) out.add(ln);
    else inBlock = false;
  }
  return out;
}

function hasMeetingNoun(T: Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++)
    if (
      formsOf(T[x]).some((f) => ["لقاء", "لقاءات", "اجتماع", "اجتماعات", "مباحثات", "محادثات", "مشاورات"].includes(f))
    )
      return true;
  return false;
}

interface Local {
  persons: PersonMention[];
  places: Entities["places"];
  countries: Entities["countries"];
}

function insidePerson(local: Local, a: number): boolean {
  return local.persons.some((m) => a >= m.a && a < m.b && m.kind !== "group");
}

function pickPlace(
  ctx: MeetingContext,
  local: Local,
  a: number,
  b: number,
  preA: number,
  preferBefore: boolean,
): Candidate["place"] {
  const { doc } = ctx;
  type P = NonNullable<Candidate["place"]> & { at: number };
  const list: P[] = [];
  for (const p of local.places) {
    if (p.item.kind === "region") continue;
    if (p.a < preA || p.a >= b || insidePerson(local, p.a)) continue;
    list.push({
      at: p.a,
      name: p.item.nameAr,
      span: spanOf(doc, p.a, p.b),
      country: p.item.country,
      slug: p.item.slug,
      city: true,
    });
  }
  for (const c of local.countries) {
    if (c.a < preA || c.a >= b || insidePerson(local, c.a)) continue;
    const t = doc.tokens[c.a];
    const prev = k(doc.tokens[c.a - 1]);
    if (!t || !(/^(ب|ل)/.test(t.n) || ["في", "الي", "الى"].includes(prev))) continue;
    const co = ctx.idx.countryByCode.get(c.item);
    list.push({
      at: c.a,
      name: co?.nameAr ?? c.item,
      span: spanOf(doc, c.a, c.b),
      country: c.item,
      slug: null,
      city: false,
    });
  }
  list.sort((x, y) => x.at - y.at);
  const before = list.filter((p) => p.at < a);
  const after = list.filter((p) => p.at >= a);
  const order = preferBefore ? [...before.reverse(), ...after] : [...after, ...before.reverse()];
  const pick = order[0];
  if (!pick) return null;
  return { name: pick.name, span: pick.span, country: pick.country, slug: pick.slug, city: pick.city };
}

const TRIM = /[\s،,.:;؛!?؟"“”«»'()\-–—*]/;

export function trimSpan(doc: Doc, a: number, b: number): Span {
  const sp = spanOf(doc, a, b);
  let s = sp.start;
  let e = sp.end;
  const o = doc.original;
  while (s < e && TRIM.test(o[s] ?? "")) s++;
  while (e > s && TRIM.test(o[e - 1] ?? "")) e--;
  // a trailing conjunction left by the clause cut: «… ، و»
  return { start: s, end: e, text: o.slice(s, e) };
}

// ---------------------------------------------------------------------------------------------
// Participants identity, role resolution

export function identity(p: CandPart): string | null {
  if (p.officialSlug) return `o:${p.officialSlug}`;
  if (p.m.kind === "group") return `g:${p.m.country ?? "?"}`;
  // a role unknown to knowledge still names an office when it carries a country or an agency
  if (p.m.kind === "role") {
    const sig = p.m.roleSig;
    const specific = !!sig && (sig.countries.length > 0 || sig.agencies.length > 0);
    return p.known === false && !specific ? null : `r:${(p.m.roleText ?? "").replace(/\s+/g, " ")}`;
  }
  return null;
}

export function resolveParts(ctx: MeetingContext, c: Candidate, day: string | null): void {
  for (const p of c.parts) {
    const m = p.m;
    if (m.kind === "known" && m.official) {
      p.officialSlug = m.official.slug;
      p.resolvedBy = "name";
    } else if (m.kind === "named") {
      p.officialSlug = `name:${m.name ?? ""}`;
      p.resolvedBy = "name";
    } else if (m.kind === "role") {
      const r = resolveRole(ctx.idx, m.roleSig, day, ctx.localOfficials, ctx.countries);
      p.officialSlug = r ? r.official.slug : null;
      p.resolvedBy = r ? "role" : "unresolved-role";
      p.known =
        !!r ||
        m.roleSig?.head === "counterpart" ||
        (m.roleSig ? matchingPositions(ctx.idx, m.roleSig).length > 0 : false);
    } else {
      p.officialSlug = null;
      p.resolvedBy = "unresolved-role";
    }
  }
  // «نظيره التونسي»: the counterpart of someone else's office in another country
  for (const p of c.parts) {
    if (p.officialSlug || p.m.kind !== "role" || p.m.roleSig?.head !== "counterpart") continue;
    for (const other of c.parts) {
      if (!other.officialSlug || other.officialSlug.startsWith("name:")) continue;
      const pos = positionOn(ctx.idx, other.officialSlug, day);
      const sig = pos ? signatureOf(ctx.idx, pos.titleAr) : null;
      if (!sig || !p.m.roleSig) continue;
      const target = {
        head: sig.head,
        lemma: sig.lemma,
        agencies: [],
        countries: p.m.roleSig.countries,
        words: sig.words,
      };
      const r = resolveRole(ctx.idx, target, day, ctx.localOfficials, ctx.countries);
      if (r) {
        p.officialSlug = r.official.slug;
        p.resolvedBy = "role";
        break;
      }
    }
  }
}

export function dayFor(d: ExtractedDate): string | null {
  return d.start ?? null;
}

const RANK: Record<DatePrecision, number> = { day: 6, range: 5, month: 4, approximate: 3, year: 2, unknown: 1 };

export function dateRank(c: Candidate): number {
  if (!c.phrase) return 0;
  return RANK[c.date.precision] ?? 0;
}

/** Can two reports be the same sitting, judging by their dates? */
export function datesCompatible(x: Candidate, y: Candidate): boolean {
  if (!x.phrase || !y.phrase) return true;
  const dx = x.date;
  const dy = y.date;
  if (dx.start && dy.start) {
    const xe = dx.end ?? dx.start;
    const ye = dy.end ?? dy.start;
    return !(xe < dy.start || ye < dx.start);
  }
  if (!dx.start && !dy.start) {
    if (x.phrase.month !== undefined && x.phrase.month === y.phrase.month) return true;
    return dx.text.replace(/\s+/g, " ") === dy.text.replace(/\s+/g, " ") || (!!x.phrase.vague && !!y.phrase.vague);
  }
  const [unres, res] = dx.start ? [y, x] : [x, y];
  const p = unres.phrase;
  if (!p || !res.date.start) return true;
  if (p.month !== undefined) {
    const s = Number(res.date.start.slice(5, 7));
    const e = Number((res.date.end ?? res.date.start).slice(5, 7));
    return s <= e ? p.month >= s && p.month <= e : p.month >= s || p.month <= e;
  }
  if (p.weekday !== undefined)
    return res.date.precision === "day" && new Date(`${res.date.start}T00:00:00Z`).getUTCDay() === p.weekday;
  return true;
}

export function placesCompatible(x: Candidate, y: Candidate): boolean {
  if (!x.place || !y.place) return true;
  if (x.place.city && y.place.city) return x.place.slug === y.place.slug;
  return !x.place.country || !y.place.country || x.place.country === y.place.country;
}

export { topicsFor };
