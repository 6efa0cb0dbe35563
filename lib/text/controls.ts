// Characters that never belong in stored prose, one definition for the ingest (which strips them)
// and the admin forms (which refuse them with a field error). Pure: imported by client forms too.

/**
 * Bidirectional embedding and override controls (LRE, RLE, PDF, LRO, RLO) and isolates can make
 * a title or a paragraph display in an order other than its stored one (the "RLO filename"
 * trick). Prose never needs them. The marks LRM/RLM/ALM, which Arabic text does use, are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** C0 controls other than tab, newline and CR, and DEL: never prose (and PostgreSQL refuses NUL in text). */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, "");
}

export function cleanText(s: string): string {
  return stripBidiControls(s).replace(CONTROL_CHARS, "");
}

// `search` rather than `test`: a /g pattern's test() carries lastIndex from call to call.
export const hasBidiControls = (s: string): boolean => s.search(BIDI_CONTROLS) !== -1;
export const hasControlChars = (s: string): boolean => s.search(CONTROL_CHARS) !== -1;
