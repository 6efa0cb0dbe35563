// Checking the bytes of an uploaded or read article. Pure (no fs, no database): the admin's
// upload form imports it, and importing fs there would make the Next build trace the project.

/** Articles larger than this are refused: no real news article comes close. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

/** Checks bytes that claim to be an article: not empty, UTF-8, not binary, not absurdly large. */
export function decodeArticleBytes(bytes: Uint8Array, name: string): ReadResult {
  if (bytes.length === 0) return { ok: false, error: `${name}: file is empty` };
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return { ok: false, error: `${name}: file is too large (${bytes.length} bytes, limit ${MAX_ARTICLE_BYTES})` };
  }
  if (bytes.includes(0)) return { ok: false, error: `${name}: file looks binary (contains NUL bytes)` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: `${name}: file is not valid UTF-8 text (a legacy encoding such as windows-1256? convert it to UTF-8 first)`,
    };
  }
  text = text.replace(/^\uFEFF/, "");
  // Control characters other than tab/newline/CR mean this is not prose.
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) {
    return { ok: false, error: `${name}: file looks binary (control characters)` };
  }
  if (text.trim().length === 0) return { ok: false, error: `${name}: file has no text (only whitespace)` };
  if (!/\p{L}/u.test(text)) return { ok: false, error: `${name}: file has no letters (only punctuation or digits)` };
  return { ok: true, text };
}
