// Topics: short phrases after «تناول», «تمحورت حول», «بحث الجانبان», «التباحث بشأن» …
import { tokenForms } from "./normalize";
import { key, type Doc, type Token } from "./tokens";

const VERBS = new Set(
  `تناول تناولت تناولا تمحور تمحورت بحث بحثا بحثت ناقش ناقشا ناقشت تباحث تباحثا تباحثت التباحث تباحث استعرض استعرضا استعرضت
   تطرق تطرقا تطرقت همت شملت ركز ركزا ركزت تركز تركزت يبحث يناقش سيبحث سيناقش ستبحث ستناقش مناقشه يتناول سيتناول`
    .split(/\s+/)
    .filter(Boolean)
    .map(key),
);
const SKIP = new Set(
  `الجانبان الجانبين الطرفان الطرفين المسؤولان المسؤولين المحادثات المباحثات اللقاء الاجتماع الثنائيه حول بشان في خلال مختلف سبل
   فيه خلاله خلالها ايضا كذلك خصوصا مع بين وفق البيان البلاغ حسب ان عن`
    .split(/\s+/)
    .filter(Boolean)
    .map(key),
);
const STOPS = new Set(["الذي", "التي", "الذين", "حيث", "كما", "قبل", "بعد"]);

/** Topic phrases in sentences [from, to], at most `max`. */
export function topicsFor(doc: Doc, from: number, to: number, max = 5): string[] {
  const T = doc.tokens;
  const out: string[] = [];
  for (let si = from; si <= to && si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (!s) continue;
    for (let i = s.a; i < s.b; i++) {
      const t = T[i];
      if (!t || t.kind !== "ar") continue;
      const isVerb = tokenForms(t.n).some((f) => VERBS.has(key(f)));
      if (!isVerb) continue;
      let j = i + 1;
      while (j < s.b && (T[j]?.kind === "p" || SKIP.has(key(T[j]?.n ?? "")))) j++;
      const phrases = splitPhrases(doc, T, j, Math.min(s.b, j + 24));
      for (const p of phrases) if (!out.includes(p)) out.push(p);
      if (out.length >= max) return out.slice(0, max);
      i = j;
    }
  }
  return out.slice(0, max);
}

function splitPhrases(doc: Doc, T: Token[], a: number, b: number): string[] {
  const out: string[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length >= 1 && cur.length <= 7) {
      const first = cur[0];
      const last = cur[cur.length - 1];
      if (first && last) {
        let text = doc.original.slice(first.os, last.oe).replace(/\s+/g, " ").trim();
        text = text
          .replace(/^و\s*/, "")
          .replace(/[“”"«»]/g, "")
          .trim();
        if (text.length >= 4) out.push(text);
      }
    }
    cur = [];
  };
  for (let i = a; i < b; i++) {
    const t = T[i];
    if (!t) break;
    if (t.kind === "p") {
      if (t.n === "." || t.n === "\n") break;
      if (t.n === "،" || t.n === ",") flush();
      continue;
    }
    if (STOPS.has(t.n)) break;
    if (t.n.startsWith("و") && /^(وال|وب|ول|وت|وم)/.test(t.n) && cur.length > 1) flush();
    cur.push(t);
    if (cur.length > 7) flush();
  }
  flush();
  return out.slice(0, 4);
}
