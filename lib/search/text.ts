// What the search index stores and what a query becomes, as pure functions shared by every
// provider. FTS5's unicode61 tokenizer folds no Arabic letters and splits no clitics, so both
// sides go through the extractor's normalization first: one column holds the normalized words,
// another the same words with proclitics stripped (بالرباط → رباط، الحموشي → حموشي).
import { normalizeArabic, stripClitics } from "../extract/normalize";

/** Letters and digits of any script; everything else separates words (as unicode61 does). */
const WORD = /[\p{L}\p{N}]+/gu;

export function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

export interface IndexedText {
  /** Normalized words, space-separated. */
  body: string;
  /** The same words with proclitics stripped. */
  stems: string;
}

export function indexText(parts: (string | null | undefined)[]): IndexedText {
  const ws = words(normalizeArabic(parts.filter((p): p is string => Boolean(p)).join("\n")));
  return { body: ws.join(" "), stems: ws.map(stripClitics).join(" ") };
}

export interface QueryToken {
  norm: string;
  stem: string;
}

/** At most this many words of a query are used: each one is a clause of the match. */
export const MAX_QUERY_TOKENS = 8;

/** The words of a user's query, normalized; one-letter words (a stray «و») are dropped. */
export function queryTokens(q: string): QueryToken[] {
  const seen = new Set<string>();
  const out: QueryToken[] = [];
  for (const w of words(normalizeArabic(q))) {
    if ([...w].length < 2 || seen.has(w)) continue;
    seen.add(w);
    out.push({ norm: w, stem: stripClitics(w) });
    if (out.length >= MAX_QUERY_TOKENS) break;
  }
  return out;
}

/** A token as an FTS5 string literal: double quotes inside are doubled (they never survive words(), but the rule is cheap). */
function ftsString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The FTS5 MATCH expression for a query: every word must match, as a word prefix, either in
 * the normalized column or (stripped) in the stems column. Only quoted strings from words()
 * reach it, so no FTS5 operator can come from user input.
 */
export function ftsMatchExpression(tokens: QueryToken[]): string {
  return tokens.map((t) => `(body : ${ftsString(t.norm)}* OR stems : ${ftsString(t.stem)}*)`).join(" AND ");
}

/** A LIKE pattern matching a word prefix in a space-separated column stored with a leading space. */
export function likeWordPrefix(word: string): string {
  return `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
