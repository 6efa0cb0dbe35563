// Tokens over the normalized text, each remembering its span in the original, and sentences
// as token ranges. Everything downstream works on these.
import { normalizeWithMap, originalRange, tokenForms, withoutArticle, type NormalizedText } from "./normalize";

export type TokenKind = "ar" | "lat" | "num" | "p";

export interface Token {
  /** Normalized text of the token (punctuation tokens hold the character; "\n" for line breaks). */
  n: string;
  kind: TokenKind;
  /** Original span. */
  os: number;
  oe: number;
  /** For Latin tokens: starts with a capital letter in the original. */
  cap: boolean;
  /** Line number (0-based) in the original. */
  line: number;
}

export interface Sentence {
  /** Token range [a, b). */
  a: number;
  b: number;
}

export interface Doc {
  original: string;
  norm: NormalizedText;
  tokens: Token[];
  sentences: Sentence[];
  /** sentenceOf[tokenIndex] = sentence index. */
  sentenceOf: number[];
}

const AR = /[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]/;
const LAT = /[a-z\u00c0-\u024f]/;
const NUM = /[0-9]/;

function kindOf(ch: string): TokenKind | null {
  if (AR.test(ch)) return "ar";
  if (LAT.test(ch)) return "lat";
  if (NUM.test(ch)) return "num";
  return null;
}

const SENTENCE_END = new Set([".", "!", "?", "؟", "…", "\n", "؛"]);

export function buildDoc(original: string): Doc {
  const norm = normalizeWithMap(original);
  const t = norm.text;
  const tokens: Token[] = [];
  let line = 0;
  let i = 0;
  while (i < t.length) {
    const ch = t[i] ?? "";
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === "\n") {
      const r = originalRange(norm, i, i + 1);
      line += (original.slice(r.start, r.end).match(/\n/g) ?? ["\n"]).length;
      tokens.push({ n: "\n", kind: "p", os: r.start, oe: r.start, cap: false, line });
      i++;
      continue;
    }
    const k = kindOf(ch);
    if (k === null) {
      const r = originalRange(norm, i, i + 1);
      tokens.push({ n: ch, kind: "p", os: r.start, oe: r.end, cap: false, line });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < t.length && kindOf(t[j] ?? "") === k) j++;
    const r = originalRange(norm, i, j);
    const first = original[r.start] ?? "";
    tokens.push({
      n: t.slice(i, j),
      kind: k,
      os: r.start,
      oe: r.end,
      cap: k === "lat" && first !== first.toLowerCase(),
      line,
    });
    i = j;
  }
  const sentences: Sentence[] = [];
  const sentenceOf: number[] = new Array<number>(tokens.length).fill(0);
  let a = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (!tok || tok.kind !== "p" || !SENTENCE_END.has(tok.n)) continue;
    if (tok.n === "." && !isSentenceDot(tokens, k)) continue;
    if (k > a) sentences.push({ a, b: k });
    a = k + 1;
  }
  if (a < tokens.length) sentences.push({ a, b: tokens.length });
  sentences.forEach((s, si) => {
    for (let k = s.a; k < s.b; k++) sentenceOf[k] = si;
  });
  return { original, norm, tokens, sentences, sentenceOf };
}

function isSentenceDot(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // 2.5, D.C., «John F. Kennedy», example.info
  if (prev && next && prev.kind === "num" && next.kind === "num" && next.os === (tokens[k]?.oe ?? -1)) return false;
  if (prev && prev.kind === "lat" && prev.n.length === 1 && prev.cap) return false;
  if (prev && next && prev.kind === "lat" && next.kind === "lat" && next.os === (tokens[k]?.oe ?? -1)) return false;
  return true;
}

/** Token comparison key: normalized, without a leading ال. */
export function key(t: string): string {
  return withoutArticle(t);
}

const keyFormsCache = new Map<string, string[]>();

/** The distinct keys of every clitic reading of a token (memoized). */
export function formKeys(t: string): string[] {
  const hit = keyFormsCache.get(t);
  if (hit) return hit;
  const out = [...new Set(tokenForms(t).map(key))];
  if (keyFormsCache.size > 50_000) keyFormsCache.clear();
  keyFormsCache.set(t, out);
  return out;
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind !== "p";
}

export function spanOf(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const first = doc.tokens[a];
  const last = doc.tokens[b - 1];
  if (!first || !last) return { start: 0, end: 0, text: "" };
  const start = first.os;
  const end = Math.max(start, last.oe);
  return { start, end, text: doc.original.slice(start, end) };
}
