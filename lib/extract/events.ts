// Dates placed against a dated public event from the knowledge data: «أسبوعا بعد الاعتراف …»,
// «بعد يومين من القمة …», «عشية الانتخابات …», «على هامش قمة …». The event's own dates are
// facts from outside the article (admins add events and their names); this module only reads
// the phrasing around a name it finds. No event, name or sentence is written in code.
import type { DatePhrase } from "./dates";
import { eventNameWords, MIN_EVENT_NAME_WORDS } from "./event-names";
import { nisbaStem, type KnowledgeIndex } from "./knowledge";
import { formKeys, key, type Token } from "./tokens";
import type { Knowledge, KnowledgeEvent } from "./types";

/** Where the phrase puts the meeting against the event. */
export type EventRelation = "after" | "before" | "during";

export interface EventAnchor {
  event: KnowledgeEvent;
  relation: EventRelation;
  /** Offset window in days from the event's edge (its end for "after", its start for "before"). */
  lo: number;
  hi: number;
  /** The duration or relation as an English phrase for the explanation: "a week after". */
  how: string;
}

interface CompiledAlias {
  /** Per alias word: the comparison keys of its clitic readings. */
  words: string[][];
  event: KnowledgeEvent;
}

interface EventIndex {
  byFirst: Map<string, CompiledAlias[]>;
}

const compiled = new WeakMap<Knowledge, EventIndex>();

function compile(idx: KnowledgeIndex): EventIndex {
  const hit = compiled.get(idx.k);
  if (hit) return hit;
  const byFirst = new Map<string, CompiledAlias[]>();
  for (const e of idx.k.events ?? []) {
    for (const alias of [e.nameAr, e.nameEn ?? "", ...(e.aliases ?? [])]) {
      if (!alias.trim()) continue;
      const words = eventNameWords(alias);
      if (words.length < MIN_EVENT_NAME_WORDS) continue;
      const entry = { words, event: e };
      for (const f of words[0] ?? []) {
        const list = byFirst.get(f) ?? [];
        list.push(entry);
        byFirst.set(f, list);
      }
    }
  }
  const out = { byFirst };
  compiled.set(idx.k, out);
  return out;
}

const stemOf = (w: string[], idx: KnowledgeIndex): string | null => {
  for (const f of w) {
    const st = nisbaStem(f);
    if (st && idx.demonymStems.has(st)) return idx.demonymStems.get(st) ?? null;
  }
  return null;
};

function sameWord(aliasWord: string[], t: Token | undefined, idx: KnowledgeIndex): boolean {
  if (!t || t.kind === "p") return false;
  const forms = formKeys(t.n);
  if (aliasWord.some((f) => forms.includes(f))) return true;
  // «الأمريكي» / «الأميركي»: two spellings of one demonym
  const a = stemOf(aliasWord, idx);
  return a !== null && a === stemOf(forms, idx);
}

/** Longest event name starting at token i: its alias words in order, at most one extra word between two of them. */
export function matchEventAt(
  tokens: Token[],
  i: number,
  idx: KnowledgeIndex,
): { event: KnowledgeEvent; b: number } | null {
  const t = tokens[i];
  if (!t || t.kind === "p") return null;
  const ev = compile(idx);
  let best: { event: KnowledgeEvent; b: number } | null = null;
  const seen = new Set<CompiledAlias>();
  for (const f of formKeys(t.n)) {
    for (const c of ev.byFirst.get(f) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      let pos = i + 1;
      let ok = true;
      for (let w = 1; w < c.words.length; w++) {
        const word = c.words[w] ?? [];
        if (sameWord(word, tokens[pos], idx)) pos++;
        else if (tokens[pos]?.kind !== "p" && sameWord(word, tokens[pos + 1], idx)) pos += 2;
        else {
          ok = false;
          break;
        }
      }
      if (ok && (!best || pos > best.b)) best = { event: c.event, b: pos };
    }
  }
  return best;
}

// Durations, normalized keys → [min, max] days and an English label.
const UNITS: Record<string, [number, number, string]> = {
  ساعات: [0, 1, "hours"],
  يوم: [1, 1, "a day"],
  يوما: [1, 1, "a day"],
  يومين: [2, 2, "two days"],
  ايام: [2, 9, "days"],
  اياما: [2, 9, "days"],
  اسبوع: [6, 8, "a week"],
  اسبوعا: [6, 8, "a week"],
  اسبوعين: [13, 16, "two weeks"],
  اسابيع: [14, 42, "weeks"],
  شهر: [28, 33, "a month"],
  شهرا: [28, 33, "a month"],
  شهرين: [56, 64, "two months"],
  اشهر: [60, 180, "months"],
  شهور: [60, 180, "months"],
};
const PER_UNIT: Record<string, [number, string]> = {
  ايام: [1, "days"],
  يوما: [1, "days"],
  اسابيع: [7, "weeks"],
  اسبوعا: [7, "weeks"],
  اشهر: [30, "months"],
  شهرا: [30, "months"],
  شهور: [30, "months"],
};
const COUNTS: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10 };
const FEW = new Set(["بضعه", "بضع", "قليله", "معدوده"]);

/** A duration ending at token `end` (exclusive), read backwards: «أسبوعا», «ثلاثة أيام», «أياما قليلة». */
function durationBefore(tokens: Token[], end: number): { a: number; lo: number; hi: number; label: string } | null {
  let x = end - 1;
  let few = false;
  if (FEW.has(key(tokens[x]?.n ?? ""))) {
    few = true;
    x--;
  }
  const u = key(tokens[x]?.n ?? "");
  if (!few && PER_UNIT[u]) {
    const prev = tokens[x - 1];
    const n = prev?.kind === "num" ? Number(prev.n) : COUNTS[key(prev?.n ?? "")];
    const per = PER_UNIT[u];
    if (n !== undefined && Number.isFinite(n) && n >= 1 && n <= 60 && per) {
      const days = n * per[0];
      const slack = per[0] === 1 ? 0 : Math.ceil(per[0] / 3) * n;
      return { a: x - 1, lo: days - slack, hi: days + slack, label: `${n} ${per[1]}` };
    }
  }
  const unit = UNITS[u];
  if (!unit) return null;
  let a = x;
  if (!few && FEW.has(key(tokens[x - 1]?.n ?? ""))) a = x - 1;
  return { a, lo: unit[0], hi: unit[1], label: unit[2] };
}

/** A duration starting at token `a`: «أسبوع», «ثلاثة أيام», «بضعة أيام». */
function durationAt(tokens: Token[], a: number): { b: number; lo: number; hi: number; label: string } | null {
  for (let b = a + 1; b <= a + 3; b++) {
    const d = durationBefore(tokens, b);
    if (d && d.a === a) return { b, lo: d.lo, hi: d.hi, label: d.label };
  }
  return null;
}

// Word literals below are in the tokenizer's normalized form (ى→ي, ة→ه, hamza seats → ا).
const strip = (t: Token | undefined) => (t && t.kind === "ar" ? t.n.replace(/^[وف]/, "") : "");

/**
 * Date phrases placed against known events, as DatePhrase objects carrying `event`. Tokens are
 * scanned for event names; the words just before a name say how the meeting relates to it.
 */
export function findEventDates(tokens: Token[], idx: KnowledgeIndex, a = 0, b = tokens.length): DatePhrase[] {
  if (!(idx.k.events ?? []).length) return [];
  const out: DatePhrase[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (!t || t.kind === "p") continue;
    // a quick reject: only tokens that can start an event name
    const m = matchEventAt(tokens, i, idx);
    if (!m) continue;
    const anchor = anchorBefore(tokens, i, m.event);
    if (anchor) out.push({ a: anchor.a, b: m.b, event: anchor.anchor });
    i = m.b - 1;
  }
  return out;
}

function anchorBefore(tokens: Token[], ea: number, event: KnowledgeEvent): { a: number; anchor: EventAnchor } | null {
  const w1 = strip(tokens[ea - 1]);
  const w2 = strip(tokens[ea - 2]);
  // «بعد أسبوع من X», «قبل ثلاثة أيام من X»
  if (w1 === "من") {
    for (let a = ea - 2; a >= ea - 4 && a >= 1; a--) {
      const d = durationAt(tokens, a);
      if (!d || d.b !== ea - 1) continue;
      const dir = strip(tokens[a - 1]);
      if (dir === "بعد" || dir === "قبل") {
        return {
          a: a - 1,
          anchor: {
            event,
            relation: dir === "بعد" ? "after" : "before",
            lo: d.lo,
            hi: d.hi,
            how: `${d.label} ${dir === "بعد" ? "after" : "before"}`,
          },
        };
      }
    }
    return null;
  }
  // «أسبوعا بعد X», «يومين قبل X»
  if (w1 === "بعد" || w1 === "قبل") {
    const d = durationBefore(tokens, ea - 1);
    if (d)
      return {
        a: d.a,
        anchor: {
          event,
          relation: w1 === "بعد" ? "after" : "before",
          lo: d.lo,
          hi: d.hi,
          how: `${d.label} ${w1 === "بعد" ? "after" : "before"}`,
        },
      };
    return null;
  }
  // «غداة X» the day after, «عشية X» the day before, «قبيل X» shortly before, «عقب / إثر / بعيد X» shortly after
  const near: Record<string, [EventRelation, number, number, string]> = {
    غداه: ["after", 1, 1, "the day after"],
    عشيه: ["before", 1, 1, "the eve of"],
    قبيل: ["before", 1, 7, "shortly before"],
    عقب: ["after", 0, 7, "shortly after"],
    اثر: ["after", 0, 7, "shortly after"],
    بعيد: ["after", 0, 7, "shortly after"],
  };
  const n = near[key(w1)];
  if (n) return { a: ea - 1, anchor: { event, relation: n[0], lo: n[1], hi: n[2], how: n[3] } };
  // «على هامش X», «خلال X», «أثناء X», «في أثناء X»: during the event
  if ((w1 === "هامش" && w2 === "علي") || w1 === "خلال" || w1 === "اثناء") {
    return { a: w1 === "هامش" ? ea - 2 : ea - 1, anchor: { event, relation: "during", lo: 0, hi: 0, how: "during" } };
  }
  return null;
}

/** The article's date phrases with event-anchored ones added; an event phrase wins over a plain phrase it overlaps. */
export function withEventDates(tokens: Token[], idx: KnowledgeIndex, dates: DatePhrase[]): DatePhrase[] {
  const evs = findEventDates(tokens, idx);
  if (evs.length === 0) return dates;
  const kept = dates.filter((d) => !evs.some((e) => d.a < e.b && e.a < d.b));
  return [...kept, ...evs].sort((x, y) => x.a - y.a);
}
