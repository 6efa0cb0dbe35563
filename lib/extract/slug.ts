// Stable ASCII slugs for people the knowledge does not know yet.
import { normalizeArabic } from "./normalize";

const TRANSLIT: Record<string, string> = {
  ا: "a",
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  ع: "a",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  و: "w",
  ي: "y",
  ء: "",
};

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * «سامح شكري» → "samh-shkry". Rough transliteration of the normalized name (so spelling variants
 * that normalize alike share a slug); when little survives, `<fallbackPrefix>-<short hash>`.
 */
export function slugifyName(name: string, fallbackPrefix = "person"): string {
  const n = normalizeArabic(typeof name === "string" ? name : "");
  let out = "";
  for (const ch of n) {
    if (TRANSLIT[ch] !== undefined) out += TRANSLIT[ch];
    else if (/[a-z0-9]/.test(ch)) out += ch;
    else if (/\s|-/.test(ch)) out += "-";
    else if (/\p{L}/u.test(ch)) out += ch.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  }
  out = out.replace(/-+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  if (out.replace(/-/g, "").length < 3) return `${fallbackPrefix}-${fnv1a(n || String(name))}`;
  return out;
}
