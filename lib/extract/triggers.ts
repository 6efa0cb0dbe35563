// Meeting and visit words: verbs (with tense), nouns, and light verbs («أجرى مباحثات»).
import { normalizeArabic, tokenForms } from "./normalize";
import { REMOTE } from "./lexicon";
import { key, type Token } from "./tokens";

export type TriggerKind = "receive" | "meet" | "visit" | "light" | "guest";

export interface Trigger {
  i: number;
  kind: TriggerKind;
  verbal: boolean;
  tense: "past" | "present" | "future" | "none";
}

type Entry = Omit<Trigger, "i">;
const TABLE = new Map<string, Entry>();
const add = (words: string, e: Entry) => {
  for (const w of words.split(/\s+/).filter(Boolean)) TABLE.set(normalizeArabic(w), e);
};

add("استقبل استقبلت استقبلا استقبلوا استقبله استقبلها استقبلهم", { kind: "receive", verbal: true, tense: "past" });
add("يستقبل تستقبل يستقبله يستقبلها تستقبله تستقبلها", { kind: "receive", verbal: true, tense: "present" });
add("سيستقبل ستستقبل سيستقبله ستستقبله سيستقبلها ستستقبلها", { kind: "receive", verbal: true, tense: "future" });
add("استقبال استقباله استقبالها استقبالهم استقبالهما", { kind: "receive", verbal: false, tense: "none" });
add(
  "التقي التقت التقيا التقوا التقاه التقاها اجتمع اجتمعت اجتمعا اجتمعوا جمع جمعت تباحث تباحثت تباحثا قابل تحادث تحادثت تحادثا تحادثوا",
  { kind: "meet", verbal: true, tense: "past" },
);
add("بحث بحثت بحثا ناقش ناقشت ناقشا تباحثوا", { kind: "meet", verbal: true, tense: "past" });
add("يلتقي تلتقي يلتقيان يلتقون يجتمع تجتمع يجتمعان يجتمعون يجمع يتباحث تتباحث يتباحثان يقابل يتحادث تتحادث يتحادثان", {
  kind: "meet",
  verbal: true,
  tense: "present",
});
add(
  "سيلتقي ستلتقي سيلتقيان سيلتقون سيجتمع ستجتمع سيجتمعان سيجتمعون سيجمع ستجمع سيتباحث ستتباحث سيتباحثان سيتحادث ستتحادث سيتحادثان",
  { kind: "meet", verbal: true, tense: "future" },
);
add(
  "لقاء لقاءات لقايه لقايها لقايهما لقاوه لقاءا اجتماع اجتماعات اجتماعا اجتماعه اجتماعها اجتماعهما مباحثات محادثات مشاورات مباحثاته محادثاته",
  { kind: "meet", verbal: false, tense: "none" },
);
add("زار زارت وصل وصلت", { kind: "visit", verbal: true, tense: "past" });
add("يزور تزور يصل تصل", { kind: "visit", verbal: true, tense: "present" });
add("سيزور ستزور سيصل ستصل سيحل ستحل", { kind: "visit", verbal: true, tense: "future" });
add("زياره زيارات", { kind: "visit", verbal: false, tense: "none" });
add("عقد عقدت عقدا عقدتا عقدوا اجري اجرت اجريا اجروا ادي ادت قام قامت", { kind: "light", verbal: true, tense: "past" });
add("يعقد تعقد يعقدان تعقدان يعقدون يجري تجري يجريان يجرون يؤدي تؤدي يقوم تقوم", {
  kind: "light",
  verbal: true,
  tense: "present",
});
add("سيعقد ستعقد سيعقدان ستعقدان سيعقدون سيجري ستجري سيجريان سيجرون سيؤدي ستؤدي سيقوم ستقوم", {
  kind: "light",
  verbal: true,
  tense: "future",
});
add("حل حلت", { kind: "guest", verbal: true, tense: "past" });
add("يحل تحل", { kind: "guest", verbal: true, tense: "present" });

const MEETING_NOUNS = new Set([
  "لقاء",
  "لقاءات",
  "اجتماع",
  "اجتماعات",
  "مباحثات",
  "محادثات",
  "مشاورات",
  "زياره",
  "زيارات",
  "جلسه",
]);

function entryFor(t: Token): Entry | null {
  if (t.kind !== "ar") return null;
  // Verbs take only و/ف in front; nouns also ب/ل/ال («للقائه», «بالمحادثات»).
  const direct = [t.n];
  if (/^[وف]/.test(t.n)) direct.push(t.n.slice(1));
  for (const f of direct) {
    const e = TABLE.get(f);
    if (e) return e;
  }
  for (const f of tokenForms(t.n)) {
    const e = TABLE.get(key(f));
    if (e && !e.verbal) return e;
  }
  return null;
}

function remoteAfter(tokens: Token[], i: number, b: number): boolean {
  for (let j = i + 1; j < Math.min(b, i + 4); j++) {
    const t = tokens[j];
    if (!t || t.kind === "p") continue;
    if (REMOTE.has(key(t.n))) return true;
  }
  return false;
}

// «تسلم الرئيس أوراق اعتماد السفير …», «قدم السفير … أوراق اعتماده إلى …»: presenting credentials is a sitting
const CREDENTIALS = new Map<string, Entry>();
for (const [words, e] of [
  ["تسلم تسلمت تسلما تقبل", { kind: "receive", verbal: true, tense: "past" }],
  ["يتسلم تتسلم يتقبل", { kind: "receive", verbal: true, tense: "present" }],
  ["سيتسلم ستتسلم", { kind: "receive", verbal: true, tense: "future" }],
  ["قدم قدمت قدموا", { kind: "meet", verbal: true, tense: "past" }],
  ["يقدم تقدم يقدمون", { kind: "meet", verbal: true, tense: "present" }],
  ["سيقدم ستقدم سيقدمون", { kind: "meet", verbal: true, tense: "future" }],
] as [string, Entry][])
  for (const w of words.split(" ")) CREDENTIALS.set(normalizeArabic(w), e);

function credentialsAt(tokens: Token[], i: number, b: number): Entry | null {
  const t = tokens[i];
  if (!t) return null;
  const e = CREDENTIALS.get(t.n) ?? (/^[وف]/.test(t.n) ? CREDENTIALS.get(t.n.slice(1)) : undefined);
  if (!e) return null;
  for (let j = i + 1; j < Math.min(b - 1, i + 32); j++) {
    const tj = tokens[j];
    if (!tj || tj.kind === "p") continue;
    if (key(tj.n) === "اوراق" && tokenForms(tokens[j + 1]?.n ?? "").some((f) => key(f).startsWith("اعتماد"))) return e;
  }
  return null;
}

/** Is this token a meeting or visit word (verb or noun)? */
export function isMeetingWord(t: Token | undefined): boolean {
  return !!t && entryFor(t) !== null;
}

/** Meeting triggers in the token range [a, b). Light verbs count only before a meeting noun. */
export function findTriggers(tokens: Token[], a: number, b: number): Trigger[] {
  const out: Trigger[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (!t) continue;
    let e = entryFor(t);
    if (!e && t.kind === "ar" && key(t.n) === "جلسه") {
      const nx = key(tokens[i + 1]?.n ?? "");
      if (["عمل", "مباحثات", "محادثات"].includes(nx)) e = { kind: "meet", verbal: false, tense: "none" };
    }
    if (!e && t.kind === "ar") e = credentialsAt(tokens, i, b);
    if (!e) continue;
    // a phone call is not a sitting: «أجرى اتصالا هاتفيا», «مباحثات هاتفية»
    if (remoteAfter(tokens, i, b)) continue;
    if (e.kind === "light") {
      let ok = false;
      for (let j = i + 1; j < Math.min(b, i + 22); j++) {
        const tj = tokens[j];
        if (!tj || tj.kind !== "ar") continue;
        if (REMOTE.has(key(tj.n))) break;
        const nj = entryFor(tj);
        if (tokenForms(tj.n).some((f) => MEETING_NOUNS.has(key(f))) || (nj && !nj.verbal && nj.kind === "meet")) {
          // «عقد اجتماعا افتراضيا»: a remote sitting is no sitting
          ok = !remoteAfter(tokens, j, b);
          break;
        }
        if (nj && nj.kind === "light") break;
      }
      if (!ok) continue;
    }
    if (e.kind === "guest") {
      let ok = false;
      for (let j = i + 1; j < Math.min(b, i + 12); j++)
        if (["ضيفا", "ضيف", "ضيفه"].includes(key(tokens[j]?.n ?? ""))) ok = true;
      if (!ok) continue;
    }
    out.push({ i, ...e });
  }
  return out;
}
