// People in an article: known officials (knowledge aliases), titled unknown names, Latin-script
// names, role-only mentions («مدير وكالة الاستخبارات المركزية») and unnamed counterpart groups.
import { parseDateAt } from "./dates";
import { demonymOf, headAt, signatureOfTokens, type KnowledgeIndex, type PositionSignature } from "./knowledge";
import {
  GENERIC_BEFORE,
  GIVEN_NAMES,
  GROUP_HEADS,
  HONORIFICS,
  NON_OFFICIAL_ROLES,
  NON_PARTICIPANT_BEFORE,
  PURPOSE,
  RANKS,
  STOP,
  TITLE_CONNECT,
  TITLE_CONSTRUCT,
  isFutureVerb,
  looksLikeVerb,
} from "./lexicon";
import { tokenForms } from "./normalize";
import { formKeys, key, spanOf, type Doc, type Token } from "./tokens";
import { isMeetingWord } from "./triggers";
import type { CountryCode, KnowledgeOfficial } from "./types";

export type RoleSig = Omit<PositionSignature, "position">;

export interface PersonMention {
  /** Token range of the whole mention (title + name). */
  a: number;
  b: number;
  kind: "known" | "named" | "role" | "group";
  official?: KnowledgeOfficial;
  /** Name tokens (for known and named). */
  nameA?: number;
  nameB?: number;
  name?: string;
  nameEn?: string | null;
  roleA?: number;
  roleB?: number;
  roleText?: string | null;
  roleSig?: RoleSig | null;
  country?: CountryCode | null;
  nonParticipant?: boolean;
}

export interface EntityMention<T> {
  a: number;
  b: number;
  item: T;
}

const k = (t: Token | undefined) => (t && t.kind !== "p" ? key(t.n) : "");
const isComma = (t: Token | undefined) => !!t && t.kind === "p" && (t.n === "،" || t.n === ",");

/** A rank or honorific: written with the article («العماد», «الشيخ»), unlike the same word as a name («عماد»). */
function isRank(doc: Doc, t: Token | undefined): boolean {
  if (!t || t.kind !== "ar") return false;
  // «الفريق أول ركن», «اللواء الركن», «المشير الركن»: grade words after a military rank
  if (RANK_GRADES.has(key(t.n))) {
    const at = tokenIndex(doc, t);
    const prev = doc.tokens[at - 1];
    return (
      at > 0 &&
      !!prev &&
      prev.kind === "ar" &&
      (RANKS.has(key(prev.n)) || RANK_GRADES.has(key(prev.n))) &&
      isRank(doc, prev)
    );
  }
  if (!RANKS.has(key(t.n))) return false;
  return hasArticle(doc, t) || ["معالي", "سمو", "فخامه", "سعاده"].includes(t.n);
}

const RANK_GRADES = new Set(["اول", "ركن", "طيار", "بحري"]);
// Moroccan/French general grades: «جنرال دو كور دارمي», «جنرال دو ديفيزيون», «جنرال دو بريغاد».
const FRENCH_GRADES = new Set(["دو", "دي", "كور", "دارمي", "ديفيزيون", "بريغاد"]);

/** The index of a token of doc (tokens are ordered by offset). */
function tokenIndex(doc: Doc, t: Token): number {
  const T = doc.tokens;
  let lo = 0;
  let hi = T.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = T[mid];
    if (!m) break;
    if (m.os === t.os) return mid;
    if (m.os < t.os) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Starts with the article «ال» (not a hamza-alef + ل as in «أليساندرو», «إلهام»). */
function hasArticle(doc: Doc, t: Token | undefined): boolean {
  if (!t || !t.n.startsWith("ال")) return false;
  return !/^[أإآ]/.test(doc.original.slice(t.os, t.os + 1));
}

// A letter or message carried to a sitting: who sent it and to whom are not at the sitting.
const LETTER_WORDS = new Set(["رساله", "رسائل", "برقيه", "تحيات", "تهاني"]);

// Nouns that name a publication or channel: the Latin words after them are its title.
const MEDIA_NOUNS = new Set([
  "صحيفه",
  "جريده",
  "يوميه",
  "اسبوعيه",
  "مجله",
  "موقع",
  "قناه",
  "وكاله",
  "اذاعه",
  "محطه",
  "شبكه",
  "منصه",
]);
const CHROME_LATIN = new Set([
  "exit",
  "mobile",
  "version",
  "read",
  "more",
  "share",
  "comments",
  "news",
  "home",
  "menu",
  "search",
  "login",
  "click",
  "here",
  "facebook",
  "twitter",
  "whatsapp",
  "copyright",
  "all",
  "rights",
  "reserved",
]);

export function detectPersons(doc: Doc, idx: KnowledgeIndex): PersonMention[] {
  const T = doc.tokens;
  const owner: (PersonMention | null)[] = new Array<PersonMention | null>(T.length).fill(null);
  const out: PersonMention[] = [];
  const claim = (m: PersonMention) => {
    for (let x = m.a; x < m.b; x++) owner[x] = m;
    out.push(m);
  };

  // 1. Known officials by alias, longest first at each position.
  const seen = new Set<string>();
  for (let i = 0; i < T.length; i++) {
    const m = idx.officials.match(T, i);
    if (!m) continue;
    const o = m.payloads[0];
    if (!o) continue;
    if (m.len === 1 && !acceptSingle(T, i)) continue;
    // a nasab written longer than the alias: «عبدالعزيز بن سعود بن نايف بن عبدالعزيز وزير …»
    const end = nasabTail(doc, idx, i + m.len, owner);
    // written longer than the knowledge name: reported as written (the English name stays the knowledge one)
    const written = end > i + m.len ? spanOf(doc, i, end).text : undefined;
    claim({ a: i, b: end, kind: "known", official: o, nameA: i, nameB: end, ...(written ? { name: written } : {}) });
    seen.add(o.slug);
    i = end - 1;
    i += m.len - 1;
  }
  // 1b. A surname alone, once the full name appeared in this article (ال-insensitive).
  const surnames = new Map<string, KnowledgeOfficial>();
  for (const slug of seen) {
    const o = idx.officialBySlug.get(slug);
    if (!o) continue;
    for (const a of [o.nameAr, ...o.aliases]) {
      const toks = a.split(/\s+/);
      if (toks.length < 2) continue;
      const lastRaw = toks[toks.length - 1] ?? "";
      const last = /^[أإآ]ل/.test(lastRaw) ? normalizeToken(lastRaw) : key(normalizeToken(lastRaw));
      // «الفقي» → «فقي»: with the article a three-letter stem is distinctive enough
      const minLen = /^ال/.test(normalizeToken(lastRaw)) ? 3 : 4;
      if (last.length >= minLen && !GIVEN_NAMES.has(last) && !STOP.has(last)) surnames.set(last, o);
    }
  }
  for (let i = 0; i < T.length; i++) {
    if (owner[i] || T[i]?.kind !== "ar") continue;
    const t = T[i];
    if (!t) continue;
    const hit = tokenForms(t.n)
      .flatMap((f) => [surnames.get(key(f)), surnames.get(f)])
      .find((x) => x !== undefined);
    if (hit) claim({ a: i, b: i + 1, kind: "known", official: hit, nameA: i, nameB: i + 1 });
  }

  // 2. Latin-script names: two to four capitalized words.
  for (let i = 0; i < T.length; i++) {
    if (owner[i] || !isCapLatin(T[i])) continue;
    let j = i;
    // a hyphen glued between two capitalized words («Jean-Marc», «Smith-Jones») keeps the name going
    while (
      j < T.length &&
      j - i < 5 &&
      !owner[j] &&
      (isCapLatin(T[j]) ||
        (T[j]?.n === "-" && j > i && T[j]?.os === T[j - 1]?.oe && isCapLatin(T[j + 1]) && T[j + 1]?.os === T[j]?.oe))
    )
      j++;
    if (j - i >= 2 && !T.slice(i, j).some((t) => CHROME_LATIN.has(t.n))) {
      const sp = spanOf(doc, i, j);
      // «صحيفة Le Figaro», «موقع El Confidencial»: a title named after a media noun is no person
      const media = MEDIA_NOUNS.has(k(T[i - 1])) || (T[i - 1]?.kind === "p" && MEDIA_NOUNS.has(k(T[i - 2])));
      const isEntity = media || idx.agencies.match(T, i) || idx.places.match(T, i) || idx.countries.match(T, i);
      if (!isEntity) {
        // «غير بيدرسن (Geir Pedersen)»: the Arabic spelling just before the parenthesis is the same person
        const ar = T[i - 1]?.n === "(" && T[j]?.n === ")" ? arabicBeforeParen(doc, idx, i - 1, j - i, owner) : null;
        if (ar) {
          const arSp = spanOf(doc, ar.a, ar.b);
          claim({ a: ar.a, b: j + 1, kind: "named", name: arSp.text, nameEn: sp.text, nameA: ar.a, nameB: ar.b });
        } else claim({ a: i, b: j, kind: "named", name: sp.text, nameEn: sp.text, nameA: i, nameB: j });
      }
    }
    i = j;
  }

  // 4. Honorific + unknown name: «السيد فلان الفلاني».
  //    Several may stack: «سمو الشيخ …», «صاحب السمو الملكي الأمير …».
  for (let i = 0; i < T.length; i++) {
    if (owner[i] || !(HONORIFICS.has(k(T[i])) || (isRank(doc, T[i]) && !headAt(T, i)))) continue;
    let j = i + 1;
    while (
      j < T.length &&
      j - i < 4 &&
      !owner[j] &&
      (HONORIFICS.has(k(T[j])) || isRank(doc, T[j]) || ["الملكي", "صاحب"].includes(T[j]?.n ?? ""))
    )
      j++;
    const nm = parseName(doc, idx, j, owner, false, true);
    if (!nm) continue;
    const sp = spanOf(doc, nm.a, nm.b);
    claim({ a: i, b: nm.b, kind: "named", name: sp.text, nameEn: null, nameA: nm.a, nameB: nm.b });
    i = nm.b - 1;
  }

  // 3. Titles: attach to an adjacent name, introduce an unknown name, or stand alone as a role.
  for (let i = 0; i < T.length; i++) {
    if (owner[i]) continue;
    const g = groupAt(doc, idx, i);
    if (g) {
      if (!owner.slice(g.a, g.b).some(Boolean)) {
        // «نظيريه المغربي عبد الوافي لفتيت»: a counterpart phrase right before a new name is its title
        let at = isComma(T[g.b]) ? g.b + 1 : g.b;
        while (at < T.length && at - g.b < 3 && isRank(doc, T[at]) && !owner[at]) at++;
        const nm = /^(ال)?نظير/.test(key(T[i]?.n ?? "").replace(/^[وب]/, ""))
          ? parseName(doc, idx, at, owner, false, at > g.b)
          : null;
        if (nm) {
          const nameSp = spanOf(doc, nm.a, nm.b);
          claim({
            a: g.a,
            b: nm.b,
            kind: "named",
            name: nameSp.text,
            nameEn: null,
            nameA: nm.a,
            nameB: nm.b,
            roleA: g.a,
            roleB: g.b,
            roleText: g.roleText ?? null,
            roleSig: g.country
              ? { head: "counterpart", lemma: "", agencies: [], countries: [g.country], words: [] }
              : null,
          });
          i = nm.b - 1;
          continue;
        }
        claim(g);
      }
      i = g.b - 1;
      continue;
    }
    const h = headAt(T, i);
    if (!h) continue;
    if (h.group === "counterpart" && /^(ال)?(نظراء|نظيريه)/.test(T[i]?.n ?? "")) continue;
    // «تشكيل فريق فني مشترك»: «فريق» without the article is a team, unless a grade or a given name follows
    if (
      h.group === "general" &&
      !hasArticle(doc, T[i]) &&
      !RANK_GRADES.has(k(T[i + 1])) &&
      !GIVEN_NAMES.has(k(T[i + 1]))
    )
      continue;
    let end = titleEnd(doc, idx, i, h.len, h.group, owner);
    // a double-hatted title before one name: «نائب رئيس الوزراء ووزير الخارجية … أيمن الصفدي»
    {
      const t = T[end];
      const h2 = t && t.kind === "ar" && t.n.startsWith("و") && !owner[end] ? headAt(T, end) : null;
      if (h2 && !owner[end + h2.len] && !parseName(doc, idx, end, owner, false)) {
        const end2 = titleEnd(doc, idx, end, h2.len, h2.group, owner);
        const at2 = isComma(T[end2]) ? end2 + 1 : end2;
        const known2 = owner[at2];
        if (
          (known2 && known2.a === at2 && (known2.kind === "known" || known2.kind === "named")) ||
          parseName(doc, idx, end2, owner, false)
        )
          end = end2;
      }
    }
    // «الوزير الضيف»: the visiting minister
    if (T[end]?.n === "الضيف" && !owner[end]) end++;
    const roleSp = cleanRole(spanOf(doc, i, end), T[i]);
    const sig = signatureOfTokens(idx, T, i, end);
    const generic = GENERIC_BEFORE.has(k(T[i - 1])) || (!T[i]?.n.includes("ال") && isIndefinite(T, i, end, idx));
    // a. the title sits right before a name we already know (ranks and honorifics in between:
    // «وزير الداخلية الإماراتي الشيخ …», «قائد الجيش العماد …»)
    let next = end;
    // «الأمين العام للمنظمة الدولية للشرطة الجنائية (الإنتربول) فلان»: an acronym in parentheses after the title
    if (
      T[next]?.n === "(" &&
      T[next + 1]?.kind === "ar" &&
      (T[next + 2]?.n === ")" || (T[next + 2]?.kind === "ar" && T[next + 3]?.n === ")"))
    )
      next = T[next + 2]?.n === ")" ? next + 3 : next + 4;
    if (isComma(T[next])) next++;
    // «وزير الخارجية المكلف السفير علي يوسف الشريف»: a diplomat's rank between a minister's title and his name
    // «الجنرال دو ديفيزيون فلان»: a French-style grade written out after the rank
    if (h.group === "general")
      while (next < T.length && next - end < 4 && FRENCH_GRADES.has(k(T[next])) && !owner[next]) next++;
    while (
      next < T.length &&
      next - end < 3 &&
      (isRank(doc, T[next]) || (h.group !== "ambassador" && ["السفير", "السفيره"].includes(T[next]?.n ?? ""))) &&
      !owner[next]
    )
      next++;
    const after = owner[next];
    // not the title's holder: a preposition on the honorific in between («… المغربي بالسيد فلان»,
    // the object of the verb), or a known person of another country than the title's
    const governed = T.slice(end, next).some((t) => t.kind === "ar" && /^(بال|لل)/.test(t.n));
    const foreign =
      !!after?.official?.country && !!sig?.countries.length && !sig.countries.includes(after.official.country);
    if (
      after &&
      after.a === next &&
      (after.kind === "known" || after.kind === "named") &&
      !after.roleText &&
      !governed &&
      !foreign
    ) {
      after.roleText = roleSp.text;
      after.roleSig = sig;
      after.roleA = i;
      after.roleB = end;
      for (let x = i; x < next; x++) if (!isComma(T[x])) owner[x] = after;
      after.a = Math.min(after.a, i);
      i = end - 1;
      continue;
    }
    // b. a new name follows the title (a known first name, or no person right before the title)
    let prevP = i - 1;
    if (isComma(T[prevP])) prevP--;
    const personBefore = prevP >= 0 ? owner[prevP] : null;
    const appositive =
      !!personBefore &&
      personBefore.b === prevP + 1 &&
      (personBefore.kind === "known" || personBefore.kind === "named") &&
      !personBefore.roleText;
    if (!generic) {
      const ranked = next > end + (isComma(T[end]) ? 1 : 0);
      let nm =
        parseName(doc, idx, next, owner, false, ranked) ??
        (isComma(T[end]) ? parseName(doc, idx, end + 1, owner, true) : null);
      // «وزيرة الشؤون الخارجية لجمهورية إندونيسيا، ريتنو مارسودي، التي …»: an unfamiliar name set off by commas
      if (!nm && isComma(T[end]) && !owner[end + 1]) {
        const cand = parseName(doc, idx, end + 1, owner, false);
        if (
          cand &&
          cand.b - cand.a >= 2 &&
          (isComma(T[cand.b]) || T[cand.b]?.n === "." || !T[cand.b]) &&
          [...Array(cand.b - cand.a).keys()].every((x) => foreignWord(doc, idx, cand.a + x, owner, x > 0))
        )
          nm = cand;
      }
      // «المديرة العامة … X Y»: after a feminine title a verb would open with ت, so a
      // ي/سي-initial word before one plain name word and punctuation is a foreign first name
      if (
        !nm &&
        /ه$/.test(T[i]?.n ?? "") &&
        /^س?ي/.test(T[next]?.n ?? "") &&
        !isMeetingWord(T[next]) &&
        plainNameWord(doc, idx, next + 1, owner) &&
        endsPhrase(T[next + 2])
      )
        nm = parseName(doc, idx, next, owner, false, true);
      if (nm && appositive && !GIVEN_NAMES.has(k(T[nm.a]))) nm = null;
      // «المتحدث باسم الوزارة»: after a spokesman's title «باسم» is "on behalf of", not the given name
      if (nm && h.group === "spokesman" && T[nm.a]?.n === "باسم" && nm.a === end) nm = null;
      if (nm) {
        const nameSp = spanOf(doc, nm.a, nm.b);
        claim({
          a: i,
          b: nm.b,
          kind: "named",
          name: nameSp.text,
          nameEn: null,
          nameA: nm.a,
          nameB: nm.b,
          roleA: i,
          roleB: end,
          roleText: roleSp.text,
          roleSig: sig,
        });
        i = nm.b - 1;
        continue;
      }
    }
    // c. an apposition after a name: «X، المدير العام …»
    let prev = i - 1;
    if (isComma(T[prev])) prev--;
    const before = prev >= 0 ? owner[prev] : null;
    const bareTitle = !/^[وفبلك]/.test(T[i]?.n ?? "") || HEAD_EXACT(T[i]?.n ?? "");
    // a bare military rank before the name («الجنرال … فلان، قائد …») gives way to the office after it
    const rankOnly = (m: PersonMention) => m.roleSig?.head === "general" && (m.roleB ?? 0) - (m.roleA ?? 0) <= 1;
    if (
      bareTitle &&
      before &&
      before.b === prev + 1 &&
      (before.kind === "known" || before.kind === "named") &&
      (!before.roleText || (rankOnly(before) && isComma(T[i - 1])))
    ) {
      before.roleText = roleSp.text;
      before.roleSig = sig;
      before.roleA = i;
      before.roleB = end;
      for (let x = i; x < end; x++) owner[x] = before;
      before.b = Math.max(before.b, end);
      i = end - 1;
      continue;
    }
    // d. a title this article already gave a named person: «رئيس الجمهورية», «الوزير الضيف», «الوزير الإيطالي»
    const co = generic ? null : corefer(doc, out, i, roleSp.text, sig);
    if (co) {
      claim({
        a: i,
        b: end,
        kind: co.kind,
        official: co.official,
        name: co.name,
        nameEn: co.nameEn ?? null,
        nameA: i,
        nameB: end,
        roleA: i,
        roleB: end,
        roleText: roleSp.text,
        roleSig: sig,
      });
      i = end - 1;
      continue;
    }
    // e. a role standing for its holder
    if (!generic && sig && (sig.agencies.length > 0 || sig.countries.length > 0)) {
      claim({ a: i, b: end, kind: "role", roleA: i, roleB: end, roleText: roleSp.text, roleSig: sig });
    }
    i = end - 1;
  }

  // 4b. «نظيريه المغربي X والبرتغالي Y»: a demonym joined by و opens the next name of a list
  for (let i = 1; i < T.length; i++) {
    const t = T[i];
    if (owner[i] || !t || t.kind !== "ar" || !t.n.startsWith("وال") || !demonymOf(idx, t.n.slice(1))) continue;
    const prev = owner[i - 1];
    if (!prev || prev.kind === "role") continue;
    const sp = spanOf(doc, i, i + 1);
    const roleSp = { start: sp.start + 1, end: sp.end, text: sp.text.slice(1) };
    const c = demonymOf(idx, t.n.slice(1));
    const after = owner[i + 1];
    if (after && after.a === i + 1 && (after.kind === "known" || after.kind === "named")) {
      if (!after.roleText) after.roleText = roleSp.text;
      after.a = i;
      owner[i] = after;
      continue;
    }
    const nm = parseName(doc, idx, i + 1, owner, false);
    if (!nm) continue;
    const nameSp = spanOf(doc, nm.a, nm.b);
    claim({
      a: i,
      b: nm.b,
      kind: "named",
      name: nameSp.text,
      nameEn: null,
      nameA: nm.a,
      nameB: nm.b,
      roleA: i,
      roleB: i + 1,
      roleText: roleSp.text,
      roleSig: c ? { head: "counterpart", lemma: "", agencies: [], countries: [c], words: [] } : null,
    });
    i = nm.b - 1;
  }

  // 4c. «المسؤول الأمني + demonym», «المسؤولة + demonym»: an official of that country named earlier
  //     (the one such person in the article so far).
  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (owner[i] || !t || t.kind !== "ar" || !/^(و|ب|ل|وب|ول)?(ال|لل)مس[ؤو]ول[هة]?$/.test(t.n)) continue;
    let j = i + 1;
    if (/^ال[اأ]مني[هة]?$/.test(T[j]?.n ?? "") && !owner[j]) j++;
    const c = T[j] && T[j]?.kind === "ar" && !owner[j] ? demonymOf(idx, T[j]?.n ?? "") : null;
    if (!c) continue;
    const countryOf = (m: PersonMention) => m.official?.country ?? m.roleSig?.countries[0] ?? m.country ?? null;
    const fits = out.filter(
      (m) => m.a < i && (m.kind === "known" || m.kind === "named") && !m.nonParticipant && countryOf(m) === c,
    );
    const ids = new Set(fits.map((m) => m.official?.slug ?? m.name ?? ""));
    const co = fits.sort((x, y) => x.a - y.a)[fits.length - 1];
    if (ids.size !== 1 || !co) continue;
    const sp = spanOf(doc, i, j + 1);
    claim({
      a: i,
      b: j + 1,
      kind: co.kind,
      official: co.official,
      name: co.name,
      nameEn: co.nameEn ?? null,
      nameA: i,
      nameB: j + 1,
      roleA: i,
      roleB: j + 1,
      roleText: sp.text,
      roleSig: { head: "chief", lemma: "", agencies: [], countries: [c], words: [] },
    });
    i = j;
  }

  // 5. An untitled name right at a meeting verb or «مع»: «التقى رشيد الطالبي العلمي، رئيس …».
  //    Only names that open with a common given name, and only at a participant's slot.
  for (let i = 0; i < T.length; i++) {
    if (owner[i] || T[i]?.kind !== "ar" || !GIVEN_NAMES.has(k(T[i]))) continue;
    if (!participantSlot(T, i)) continue;
    const nm = parseName(doc, idx, i, owner, true);
    if (!nm || nm.b - nm.a < 2) continue;
    const sp = spanOf(doc, nm.a, nm.b);
    const m: PersonMention = { a: nm.a, b: nm.b, kind: "named", name: sp.text, nameEn: null, nameA: nm.a, nameB: nm.b };
    // an apposition after it: «…، رئيس مجلس النواب»
    let t = nm.b;
    if (isComma(T[t])) t++;
    const h = headAt(T, t);
    if (h && !owner[t]) {
      const end = titleEnd(doc, idx, t, h.len, h.group, owner);
      const roleSp = cleanRole(spanOf(doc, t, end), T[t]);
      m.roleText = roleSp.text;
      m.roleSig = signatureOfTokens(idx, T, t, end);
      m.roleA = t;
      m.roleB = end;
      m.b = end;
    }
    claim(m);
    i = m.b - 1;
  }

  // 5c. An untitled foreign name with its title right after it, after a comma or a meeting word:
  //     «…، ينس ستولتنبرغ الأمين العام لحلف …», «…، كريستالينا جورجيفا، المديرة العامة …»
  for (let i = 1; i < T.length; i++) {
    if (owner[i] || T[i]?.kind !== "ar") continue;
    const pv = T[i - 1];
    if (!(isComma(pv) || (pv?.kind === "ar" && (isMeetingWord(pv) || ["مع", "بين"].includes(key(pv.n)))))) continue;
    let end = i;
    // «يوسيب بوريل، الممثل الأعلى …»: a first word that looks like a verb, with a plain family name and a title after it
    const t0 = T[i];
    const verbLead =
      !!t0 &&
      looksLikeVerb(t0.n) &&
      !isFutureVerb(t0.n) &&
      !/(ون|ان|وا|ين)$/.test(t0.n) &&
      foreignWord(doc, idx, i + 1, owner) &&
      foreignWord(doc, idx, i, owner, true);
    if (verbLead) end++;
    while (end < T.length && end - i < 3 && foreignWord(doc, idx, end, owner)) end++;
    if (end - i < 2) continue;
    const t = isComma(T[end]) ? end + 1 : end;
    const r = owner[t];
    const sp = spanOf(doc, i, end);
    if (r && r.kind === "role" && r.a === t) {
      r.kind = "named";
      r.name = sp.text;
      r.nameEn = null;
      r.nameA = i;
      r.nameB = end;
      r.a = i;
      for (let x = i; x < t; x++) owner[x] = r;
      i = r.b - 1;
      continue;
    }
    const h = !r ? headAt(T, t) : null;
    if (!h) continue;
    const tEnd = titleEnd(doc, idx, t, h.len, h.group, owner);
    const roleSp = cleanRole(spanOf(doc, t, tEnd), T[t]);
    claim({
      a: i,
      b: tEnd,
      kind: "named",
      name: sp.text,
      nameEn: null,
      nameA: i,
      nameB: end,
      roleA: t,
      roleB: tEnd,
      roleText: roleSp.text,
      roleSig: signatureOfTokens(idx, T, t, tEnd),
    });
    i = tEnd - 1;
  }

  // 5b. «بين إيمانويل ماكرون وعبد المجيد تبون»: a name joined by و to a name just found
  for (let i = 1; i < T.length; i++) {
    const t = T[i];
    if (owner[i] || !t || t.kind !== "ar" || !t.n.startsWith("و") || !GIVEN_NAMES.has(key(t.n.slice(1)))) continue;
    const prev = owner[i - 1];
    if (!prev || (prev.kind !== "known" && prev.kind !== "named") || prev.b !== i) continue;
    const rest = parseName(doc, idx, i + 1, owner, false, true);
    if (!rest) continue;
    const sp = spanOf(doc, i, rest.b);
    const name = sp.text.replace(/^و[\u064B-\u065F\u0670\u0640]*/, "");
    claim({ a: i, b: rest.b, kind: "named", name, nameEn: null, nameA: i, nameB: rest.b });
    i = rest.b - 1;
  }

  // 6. A family name alone, once the full name appeared earlier in the article: «… أنطونيو تاياني … وكان تاياني قد …».
  const back = new Map<string, PersonMention>();
  const famKey = (t: Token) => (hasArticle(doc, t) ? key(t.n) : t.n);
  for (const m of [...out].sort((x, y) => x.a - y.a)) {
    if (m.kind !== "named" || m.nameA === undefined || m.nameB === undefined || m.nameB - m.nameA < 2) continue;
    const last = T[m.nameB - 1];
    if (!last || last.kind !== "ar") continue;
    const fk = famKey(last);
    if (key(fk).length < 3 || STOP.has(key(fk)) || GIVEN_NAMES.has(key(fk)) || back.has(fk)) continue;
    back.set(fk, m);
  }
  if (back.size > 0) {
    for (let i = 0; i < T.length; i++) {
      const t = T[i];
      if (owner[i] || !t || t.kind !== "ar") continue;
      let hit: PersonMention | undefined = back.get(t.n);
      if (!hit) for (const f of formKeys(t.n)) if ((hit = back.get(f))) break;
      if (!hit || (hit.nameA ?? 0) >= i) continue;
      claim({ a: i, b: i + 1, kind: "named", name: hit.name, nameEn: hit.nameEn ?? null, nameA: i, nameB: i + 1 });
    }
  }

  // A counterpart group right before a name is that person's title: «نظيريه المغربي عبد الوافي لفتيت».
  const dropped = new Set<PersonMention>();
  for (const m of out) {
    if (m.kind !== "group") continue;
    const at = isComma(T[m.b]) ? m.b + 1 : m.b;
    const p = owner[at];
    if (!p || p === m || p.a !== at || (p.kind !== "known" && p.kind !== "named")) continue;
    if (!p.roleText) p.roleText = m.roleText ?? null;
    p.a = m.a;
    for (let x = m.a; x < at; x++) owner[x] = p;
    dropped.add(m);
  }
  if (dropped.size > 0) {
    const kept = out.filter((m) => !dropped.has(m));
    out.length = 0;
    out.push(...kept);
  }

  // Non-participants: people whose decisions or administrations are recalled, analysts.
  for (const m of out) {
    for (let x = Math.max(0, m.a - 3); x < m.a; x++) if (NON_PARTICIPANT_BEFORE.has(k(T[x]))) m.nonParticipant = true;
    const nb = m.nameB ?? m.b;
    let y = nb;
    if (isComma(T[y])) y++;
    if (NON_OFFICIAL_ROLES.has(k(T[y])) || NON_OFFICIAL_ROLES.has(k(T[m.a - 1]))) m.nonParticipant = true;
    // «رسالة خطية من الرئيس … إلى الملك …»: a letter's sender and addressee
    if (["من", "الي"].includes(k(T[m.a - 1]))) {
      for (let x = Math.max(0, m.a - 10); x < m.a - 1; x++) if (LETTER_WORDS.has(k(T[x]))) m.nonParticipant = true;
    }
  }
  // «فلان بن فلان» (headline) and «فلان بن فلان آل فلان» (body): a shorter unknown name that opens
  // a longer one written in the same article is that person
  const named = out.filter((m) => m.kind === "named" && !m.official && m.name);
  for (const m of named) {
    const w = (m.name ?? "").split(/\s+/);
    if (w.length < 2) continue;
    const longer = new Set(
      named.filter((x) => x !== m && (x.name ?? "").startsWith(`${m.name ?? ""} `)).map((x) => x.name ?? ""),
    );
    if (longer.size === 1) m.name = [...longer][0];
  }
  out.sort((x, y) => x.a - y.a);
  return out;
}

const titleKey = (s: string) =>
  s
    .split(/\s+/)
    .map((w) => key(normalizeToken(w)))
    .filter(Boolean)
    .join(" ");

/**
 * A bare title that refers back to a person named earlier in the article: the same title word
 * for word («رئيس الجمهورية»), «الوزير الضيف» (the visiting minister: the latest person of that
 * rank), or a rank and a country alone («الوزير الإيطالي») when one person named so far fits.
 */
function corefer(
  doc: Doc,
  out: PersonMention[],
  i: number,
  roleText: string,
  sig: RoleSig | null,
): PersonMention | null {
  const earlier = out
    .filter((m) => m.a < i && (m.kind === "known" || m.kind === "named") && m.roleText && !m.nonParticipant)
    .sort((x, y) => x.a - y.a);
  if (earlier.length === 0) return null;
  const tk = titleKey(roleText);
  const same = earlier.filter((m) => titleKey(m.roleText ?? "") === tk);
  if (same.length > 0 && tk.split(" ").length >= 2) return same[same.length - 1] ?? null;
  if (!sig) return null;
  const words = tk.split(" ");
  if (words.includes("ضيف") && words.length === 2) {
    // «نظيره الإيطالي غيدو كروزيتو … الوزير الضيف»: a counterpart holds the same rank
    const guests = earlier.filter((m) => m.roleSig?.head === sig.head || m.roleSig?.head === "counterpart");
    return guests[guests.length - 1] ?? null;
  }
  if (sig.words.length === 0 && sig.agencies.length === 0 && sig.countries.length === 1 && words.length === 2) {
    const c = sig.countries[0] ?? "";
    const fits = earlier.filter((m) => m.roleSig?.head === sig.head && m.roleSig.countries.includes(c));
    const ids = new Set(fits.map((m) => m.official?.slug ?? m.name ?? ""));
    if (ids.size === 1) return fits[fits.length - 1] ?? null;
  }
  return null;
}

/** Where a participant's name stands: right after a meeting verb, «مع» or «ب»-less objects, or right before a meeting verb. */
function participantSlot(T: Token[], i: number): boolean {
  const prev = T[i - 1];
  if (prev && prev.kind === "ar" && (isMeetingWord(prev) || ["مع", "بين", "استقبل", "التقي"].includes(key(prev.n))))
    return true;
  // «وكان فيصل بن فرحان قد استقبل …», «رشيد فلان يستقبل …»: the name is the subject of a meeting verb
  for (let j = i + 1; j < Math.min(T.length, i + 8); j++) {
    const t = T[j];
    if (!t || t.kind !== "ar") return false;
    if (isMeetingWord(t) && looksLikeVerbToken(t)) return true;
    if (["قد", "وقد"].includes(t.n) && T[j + 1] && isMeetingWord(T[j + 1])) return true;
  }
  return false;
}

function looksLikeVerbToken(t: Token): boolean {
  return !/^(ال|لل|بال|وال)/.test(t.n) && !/(ات|اء|ه)$/.test(t.n);
}

function normalizeToken(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase();
}

function isCapLatin(t: Token | undefined): t is Token {
  return !!t && t.kind === "lat" && t.cap && t.n.length >= 2;
}

/** A one-token alias («بوريطة») counts when it is not glued into a longer unknown name. */
function acceptSingle(T: Token[], i: number): boolean {
  const t = T[i];
  if (!t) return false;
  return t.kind === "lat" ? t.n.length >= 3 : key(t.n).length >= 3;
}

function isIndefinite(T: Token[], a: number, b: number, idx: KnowledgeIndex): boolean {
  // «وزير دفاع أميركي»: the complement has no article and no known entity.
  const second = T[a + 1];
  if (!second || a + 1 >= b) return false;
  if (second.n.includes("ال") || idx.agencies.match(T, a + 1) || idx.countries.match(T, a + 1)) return false;
  if (second.kind === "lat") return false;
  const third = T[a + 2];
  return !!third && a + 2 < b && !third.n.includes("ال") && demonymOf(idx, third.n) !== null;
}

/** Where a title that starts at i (head of length hl) ends. */
// Titles that name where their holder serves: «سفير … لدى المغرب», «سفير … بالرباط».
/** Given names written with the article: «المختار ولد …», «الحبيب …», «الطيب …». */
const AL_NAMES = new Set([
  "مختار",
  "سعيد",
  "حبيب",
  "طيب",
  "هادي",
  "صادق",
  "مهدي",
  "حسن",
  "حسين",
  "طاهر",
  "بشير",
  "شاذلي",
  "منجي",
  "عربي",
  "عياشي",
  "خليل",
  "غالي",
  "ناصر",
  "مامون",
]);

const INSTITUTIONS = new Set(["رياسه", "حكومه", "اداره", "وزاره", "سفاره", "دوله", "مملكه", "جمهوريه"]);
const PORTFOLIO_HEADS = new Set(["envoy", "coordinator", "adviser", "representative", "commissioner"]);
const LOCATED = new Set(["ambassador", "consul", "representative", "envoy", "coordinator", "governor"]);

function titleEnd(
  doc: Doc,
  idx: KnowledgeIndex,
  i: number,
  hl: number,
  group: string,
  owner: (PersonMention | null)[],
): number {
  const T = doc.tokens;
  let j = i + hl;
  const max = i + 16;
  while (j < T.length && j < max) {
    const t = T[j];
    if (!t || t.kind === "p" || owner[j]) break;
    if (parseDateAt(T, j)) break;
    const kt = k(t);
    const ag = idx.agencies.match(T, j);
    if (ag) {
      j += ag.len;
      continue;
    }
    const cBare = idx.countries.match(T, j, { clitics: false });
    const c = cBare ?? (LOCATED.has(group) && /^(ب|ل)/.test(t.n) ? idx.countries.match(T, j) : null);
    if (c) {
      j += c.len;
      continue;
    }
    // «وزيرة الشؤون الخارجية لجمهورية إندونيسيا»: ل + a state's noun + a country, after any title
    if (/^ل(جمهوريه|مملكه|دوله|سلطنه|اماره)$/.test(key(t.n)) && !/^ال/.test(t.n)) {
      const c2 = idx.countries.match(T, j + 1, { clitics: false });
      if (c2) {
        j += 1 + c2.len;
        continue;
      }
    }
    const pl = idx.places.match(T, j);
    if (pl && /^(ب|ل)/.test(t.n) && LOCATED.has(group)) {
      j += pl.len;
      continue;
    }
    if (demonymOf(idx, t.n) && !t.n.startsWith("و")) {
      j++;
      continue;
    }
    if (
      (kt === "في" || kt === "لدي") &&
      LOCATED.has(group) &&
      (idx.countries.match(T, j + 1) || idx.places.match(T, j + 1))
    ) {
      const m2 = idx.countries.match(T, j + 1) ?? idx.places.match(T, j + 1);
      j += 1 + (m2?.len ?? 1);
      continue;
    }
    if (kt === "لدي") {
      j++;
      // «سفير … لدى بلادنا»
      if (/^(بلاد|بلد)(نا|ه|ها)$/.test(k(T[j]))) j++;
      continue;
    }
    // «المبعوث الخاص إلى سوريا»
    if (kt === "الي" && LOCATED.has(group) && (idx.countries.match(T, j + 1) || idx.places.match(T, j + 1))) {
      const m2 = idx.countries.match(T, j + 1) ?? idx.places.match(T, j + 1);
      j += 1 + (m2?.len ?? 1);
      continue;
    }
    // «وزير الخارجية في حكومة تصريف الأعمال»: the government a title belongs to
    if (kt === "في" && INSTITUTIONS.has(k(T[j + 1])) && !/^ال/.test(T[j + 1]?.n ?? "")) {
      j += 2;
      if (
        T[j]?.kind === "ar" &&
        !/^(ال|و)/.test(T[j]?.n ?? "") &&
        hasArticle(doc, T[j + 1]) &&
        !owner[j] &&
        !headAt(T, j)
      )
        j++;
      continue;
    }
    // «المبعوث الأوروبي لعملية السلام»: an envoy's or adviser's brief, by ل and a definite complement
    if (
      PORTFOLIO_HEADS.has(group) &&
      /^ل[^ل]/.test(t.n) &&
      !isPurposeWord(t) &&
      hasArticle(doc, T[j + 1]) &&
      !owner[j + 1]
    ) {
      j++;
      continue;
    }
    // «رئيس حكومة إقليم كردستان»: a place in construct with the title's noun
    if ((TITLE_CONSTRUCT.has(k(T[j - 1])) || INSTITUTIONS.has(k(T[j - 1]))) && j > i + hl - 1 && !t.n.startsWith("و")) {
      const pl2 = idx.places.match(T, j) ?? idx.countries.match(T, j, { clitics: false });
      if (pl2) {
        j += pl2.len;
        continue;
      }
    }
    // «المقيمين في الخارج», «والموريتانيين في الخارج»: a portfolio, not a place
    if (kt === "في" && k(T[j + 1]) === "خارج") {
      j += 2;
      continue;
    }
    // a city or country glued to a title that does not name a posting is where the meeting took place
    if (!LOCATED.has(group) && /^(ب|ل)/.test(t.n) && (idx.places.match(T, j) || (!cBare && idx.countries.match(T, j))))
      break;
    if (kt === "عن" && !["اول", "اولي"].includes(k(T[j - 1]))) break;
    // «المكلف بشؤون إفريقيا والشرق الأوسط»: the portfolio's object belongs to the title
    if (["شؤون", "بشؤون", "ملف", "بملف"].includes(k(T[j - 1]))) {
      j++;
      while (j < max && /^(وال|ال)/.test(T[j]?.n ?? "") && !headAt(T, j) && !owner[j]) j++;
      continue;
    }
    if (TITLE_CONNECT.has(kt)) {
      j++;
      continue;
    }
    const hd = headAt(T, j);
    if (hd && (!t.n.startsWith("و") || HEAD_EXACT(t.n)) && j === i + hl) {
      // chained heads: «مساعد مستشار …», «نائب رئيس …», «مساعدة وزير …» (a head that begins with و)
      j += hd.len;
      continue;
    }
    if (hd) break;
    // «وزير الداخلية بحكومة الوحدة الوطنية»: the government or ministry a title belongs to
    if (/^[بل]/.test(t.n) && INSTITUTIONS.has(t.n.slice(1)) && /^(ال|وال)/.test(T[j + 1]?.n ?? "")) {
      j++;
      continue;
    }
    // «سفيرة مملكة النرويج», «سفير جمهورية كوريا»: a state's style before its name
    if (INSTITUTIONS.has(kt) && !t.n.startsWith("و") && !hasArticle(doc, t)) {
      const cm = idx.countries.match(T, j + 1, { clitics: false });
      if (cm) {
        j += 1 + cm.len;
        continue;
      }
    }
    // «رئيس الجمهورية», «رئيس الحكومة»: institutions are stop words in names, not in titles
    const institution = INSTITUTIONS.has(kt) && /^(ال|لل|بال)/.test(t.n);
    if ((STOP.has(kt) && !institution) || GIVEN_NAMES.has(kt) || isRank(doc, t)) break;
    // «… الموريتاني المختار ولد أجاي»: a given name with the article starts the name
    if (
      AL_NAMES.has(kt) &&
      hasArticle(doc, t) &&
      j > i + hl &&
      T[j + 1]?.kind === "ar" &&
      (T[j + 1]?.n === "ولد" || !/^(ال|و)/.test(T[j + 1]?.n ?? ""))
    )
      break;
    // «وزير الخارجية وشؤون المغتربين»: a second portfolio joined by و
    if (
      t.n.startsWith("و") &&
      j > i + hl &&
      TITLE_CONSTRUCT.has(key(t.n.slice(1))) &&
      /^(ال|وال)/.test(T[j + 1]?.n ?? "")
    ) {
      j++;
      continue;
    }
    if (TITLE_CONSTRUCT.has(kt) && !t.n.startsWith("و")) {
      j++;
      continue;
    }
    // «القائد العام لقوة دفاع البحرين»: ل + an office's noun in construct
    if (
      /^ل[^ل]/.test(t.n) &&
      TITLE_CONSTRUCT.has(key(t.n.slice(1))) &&
      (TITLE_CONSTRUCT.has(k(T[j + 1])) || hasArticle(doc, T[j + 1]) || idx.countries.match(T, j + 1))
    ) {
      j++;
      continue;
    }
    const definite = /^(لل|بال)/.test(t.n) || hasArticle(doc, t);
    const andDefinite = /^(وال|ولل|وبال)/.test(t.n);
    // «الوزير الإيطالي والوفد المرافق له»: the delegation is not part of the title
    if (andDefinite && ["وفد", "وفود"].includes(key(t.n.slice(1)))) break;
    if (definite || (andDefinite && j > i + hl)) {
      if (["الذي", "التي", "الذين", "الان"].includes(t.n)) break;
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Up to three name-like tokens at j (four with بن/ولد/أبو links). */
/** `lenient`: a rank or honorific came just before («الشيخ خليفة …»), so a name surely follows. */
function parseName(
  doc: Doc,
  idx: KnowledgeIndex,
  j: number,
  owner: (PersonMention | null)[],
  strict: boolean,
  lenient = false,
): { a: number; b: number } | null {
  const T = doc.tokens;
  const first = T[j];
  if (!first || first.kind !== "ar" || owner[j]) return null;
  const kf = key(first.n);
  // «علي» (the name) is written with ي, the preposition «على» with ى
  const ali =
    kf === "علي" &&
    /ي$/.test(doc.original.slice(first.os, first.oe)) &&
    T[j + 1]?.kind === "ar" &&
    !hasArticle(doc, T[j + 1]) &&
    !STOP.has(k(T[j + 1]));
  if (
    (hasArticle(doc, first) && !AL_NAMES.has(kf)) ||
    (STOP.has(kf) && !ali) ||
    HONORIFICS.has(kf) ||
    isRank(doc, first)
  )
    return null;
  if (strict && !GIVEN_NAMES.has(kf)) return null;
  if (!GIVEN_NAMES.has(kf) && !lenient) {
    // «اعتزازه», «زيارته»: a noun with a pronoun suffix, not a first name — unless a bare
    // name-like word follows («هيرفيه ماغرو»)
    const nx = T[j + 1];
    const pairs =
      !!nx &&
      nx.kind === "ar" &&
      !owner[j + 1] &&
      !nx.n.startsWith("ال") &&
      !nx.n.startsWith("و") &&
      !STOP.has(key(nx.n)) &&
      !looksLikeVerb(nx.n) &&
      !isMeetingWord(nx) &&
      nameLike(doc, j + 1, idx);
    if (first.n.endsWith("ه") && first.n.length >= 5 && !pairs) return null;
    if (first.n.startsWith("و")) return null;
    // «بمستوى العلاقات», «بضرورة الحل»: ب + a noun in construct with a definite word, not a first name
    if (first.n.startsWith("ب") && !first.n.startsWith("بو") && first.n.length >= 5 && hasArticle(doc, T[j + 1]))
      return null;
    // «لبحث», «لتعزيز», «لمناقشة»: a purpose noun after a title, not a first name
    if (first.n.startsWith("ل") && first.n.length >= 4 && !first.n.startsWith("لو") && !first.n.startsWith("لي"))
      return null;
    // news rarely speaks in the first person plural: «نذير» after a title is a name
    const verbish =
      looksLikeVerb(first.n) &&
      !(first.n.startsWith("ن") && !isMeetingWord(first)) &&
      !foreignNamePair(doc, idx, j, owner);
    if (verbish || first.n.length < 3) return null;
  }
  // «سعادة لي جونغ وو»: a two-letter first name only before another plain name word
  if (
    lenient &&
    (first.n.startsWith("و") ||
      isMeetingWord(first) ||
      (first.n.length < 3 && !(first.n.length === 2 && plainNameWord(doc, idx, j + 1, owner))))
  )
    return null;
  if (!nameLike(doc, j, idx)) return null;
  let b = j + 1;
  // «بن», «ولد», and «آل» (normalized to «ال») link the parts of a nasab or a dynasty name
  const links = new Set(["بن", "ابن", "ولد", "ابو", "بنت", "ابي", "ال"]);
  const givenFirst = GIVEN_NAMES.has(kf);
  let linked = 0;
  while (b < T.length && b - j < 4 + linked) {
    const t = T[b];
    if (!t || t.kind !== "ar" || owner[b]) break;
    const kt = key(t.n);
    if (links.has(t.n) && T[b + 1]?.kind === "ar" && !owner[b + 1] && nameLike(doc, b + 1, idx)) {
      b += 2;
      linked += 2;
      continue;
    }
    // after «بن …» / «آل …» only another link continues the chain, or a family name with the
    // article closing it: «بدر بن حمد البوسعيدي وزير …», «محمد أحمد ولد محمد الأمين.»
    if (linked > 0) {
      if (familyCloses(doc, idx, b, owner)) b++;
      break;
    }
    // after a known first name, an unfamiliar word is a family name even when it looks like a
    // verb («أنطونيو تاياني»); meeting verbs and function words still end the name
    // «أنطونيو غوتيريش لبحث …»: a purpose noun ends the name
    if (isPurposeWord(t)) break;
    // «مولود تشاووش أوغلو»: a verb-looking word closing a foreign name (nothing verb-like follows it)
    const closesName = b > j && foreignNameTail(doc, idx, b, owner);
    // news rarely speaks in the first person plural, so a ن-initial second word is a family name
    const weVerb = b === j + 1 && /^ن/.test(t.n) && !isFutureVerb(t.n) && !/(ون|ان|وا)$/.test(t.n);
    const verbish =
      looksLikeVerb(t.n) &&
      !(givenFirst && b === j + 1 && !isFutureVerb(t.n) && !/^[ين].*(ون|ان|وا)$/.test(t.n)) &&
      !closesName &&
      !weVerb;
    // «محمود علي يوسف»: «علي» written with ي inside a name is the name, not the preposition «على»
    const aliMid =
      kt === "علي" &&
      /ي$/.test(doc.original.slice(t.os, t.oe)) &&
      T[b + 1]?.kind === "ar" &&
      !hasArticle(doc, T[b + 1]) &&
      !STOP.has(k(T[b + 1])) &&
      nameLike(doc, b + 1, idx);
    if (
      (STOP.has(kt) && !aliMid) ||
      HONORIFICS.has(kt) ||
      isRank(doc, t) ||
      (t.n.startsWith("و") && t.n !== "وو") ||
      verbish ||
      isMeetingWord(t)
    )
      break;
    // «محمد شياع السوداني،»: a nisba that is also a demonym, closing a name of two words or more
    const demonymFamily = hasArticle(doc, t) && b - j >= 2 && !!demonymOf(idx, t.n) && endsPhrase(T[b + 1]);
    if (!demonymFamily && !nameLike(doc, b, idx)) break;
    if (hasArticle(doc, t)) {
      // a family name with the article ends the name: «نبيل العمري»
      if (demonymOf(idx, t.n) && !demonymFamily) break;
      b++;
      if (demonymFamily) break;
      // a double family name: «الطالبي العلمي», «الإدريسي القيطوني» (nisba-shaped, not an adjective),
      // or «الجابر الصباح» closing the phrase
      const t2 = T[b];
      if (
        t2 &&
        t2.kind === "ar" &&
        !owner[b] &&
        hasArticle(doc, t2) &&
        (/ي$/.test(t2.n) || endsPhrase(T[b + 1])) &&
        !NAME_ADJECTIVES.has(key(t2.n)) &&
        !demonymOf(idx, t2.n) &&
        nameLike(doc, b, idx) &&
        !STOP.has(key(t2.n))
      )
        b++;
      break;
    }
    if (b - j - linked >= 3) break;
    b++;
  }
  return { a: j, b };
}

const NASAB_LINKS = new Set(["بن", "ابن", "ولد", "بنت", "ال"]);

/** «… بن جاسم آل ثاني», «… بن عبدالعزيز»: nasab links (and a closing family name) after a name that ends at b. */
function nasabTail(doc: Doc, idx: KnowledgeIndex, b: number, owner: (PersonMention | null)[]): number {
  const T = doc.tokens;
  let linked = false;
  while (
    b < T.length &&
    T[b]?.kind === "ar" &&
    NASAB_LINKS.has(T[b]?.n ?? "") &&
    !owner[b] &&
    !owner[b + 1] &&
    T[b + 1]?.kind === "ar" &&
    nameLike(doc, b + 1, idx) &&
    !STOP.has(k(T[b + 1]))
  ) {
    b += 2;
    linked = true;
  }
  if (linked && familyCloses(doc, idx, b, owner)) b++;
  return b;
}

/** A family name with the article that closes a nasab: punctuation, a title, a rank or a function word follows it. */
function familyCloses(doc: Doc, idx: KnowledgeIndex, b: number, owner: (PersonMention | null)[]): boolean {
  const T = doc.tokens;
  const t = T[b];
  if (!t || t.kind !== "ar" || owner[b] || !hasArticle(doc, t)) return false;
  const kt = key(t.n);
  if (
    STOP.has(kt) ||
    NAME_ADJECTIVES.has(kt) ||
    HONORIFICS.has(kt) ||
    isRank(doc, t) ||
    demonymOf(idx, t.n) ||
    !nameLike(doc, b, idx)
  )
    return false;
  const nx = T[b + 1];
  return endsPhrase(nx) || !!headAt(T, b + 1) || isRank(doc, nx) || (nx?.kind === "ar" && HONORIFICS.has(key(nx.n)));
}

/** The Arabic words of a name written just before «(Latin Name)»: as many as the Latin words (one more at most). */
function arabicBeforeParen(
  doc: Doc,
  idx: KnowledgeIndex,
  paren: number,
  latinWords: number,
  owner: (PersonMention | null)[],
): { a: number; b: number } | null {
  const T = doc.tokens;
  let a = paren;
  while (a > 0 && paren - a < latinWords + 1) {
    const t = T[a - 1];
    if (
      !t ||
      t.kind !== "ar" ||
      owner[a - 1] ||
      hasArticle(doc, t) ||
      t.n.startsWith("و") ||
      headAt(T, a - 1) ||
      isRank(doc, t) ||
      HONORIFICS.has(key(t.n))
    )
      break;
    if (
      idx.places.match(T, a - 1) ||
      idx.countries.match(T, a - 1) ||
      idx.agencies.match(T, a - 1) ||
      isMeetingWord(t) ||
      parseDateAt(T, a - 1)
    )
      break;
    a--;
  }
  return paren - a >= Math.min(2, latinWords) ? { a, b: paren } : null;
}

/** Punctuation, the end of the text, or a function word: nothing of a name follows. */
function endsPhrase(t: Token | undefined): boolean {
  return !t || t.kind === "p" || (t.kind === "ar" && STOP.has(key(t.n)));
}

/** «لبحث», «لتعزيز»: ل + a purpose noun or a meeting word. */
function isPurposeWord(t: Token | undefined): boolean {
  if (!t || t.kind !== "ar" || !t.n.startsWith("ل") || t.n.length < 4) return false;
  const rest = t.n.slice(1);
  return PURPOSE.has(key(rest)) || isMeetingWord({ ...t, n: rest });
}

/** A plain name-like word that is not a verb, a function word or a noun in the accusative. */
function plainNameWord(doc: Doc, idx: KnowledgeIndex, i: number, owner: (PersonMention | null)[]): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== "ar" || owner[i] || /^(ال|و)/.test(t.n) || t.n.length < 3) return false;
  const kt = key(t.n);
  if (STOP.has(kt) || looksLikeVerb(t.n) || isMeetingWord(t) || isPurposeWord(t) || /ا$/.test(t.n)) return false;
  return nameLike(doc, i, idx);
}

/** A word of a foreign name written in Arabic: no article, no conjunction, no verb, noun ending or function word. */
function foreignWord(
  doc: Doc,
  idx: KnowledgeIndex,
  i: number,
  owner: (PersonMention | null)[],
  verbOk = false,
): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== "ar" || owner[i] || /^(ال|و|لل|بال)/.test(t.n) || t.n.length < 3) return false;
  const kt = key(t.n);
  if (
    STOP.has(kt) ||
    HONORIFICS.has(kt) ||
    GROUP_HEADS.has(kt) ||
    (looksLikeVerb(t.n) && !verbOk) ||
    isMeetingWord(t) ||
    isPurposeWord(t)
  )
    return false;
  // accusative nouns and adjectives («وفدا», «رسميا»), nouns with a pronoun («زيارته»), feminine nouns («جولة»)
  if (/(يا|ه|ات|اء)$/.test(t.n) || (/ا$/.test(t.n) && t.n.length < 6)) return false;
  return nameLike(doc, i, idx);
}

/** «يائير لابيد،», «تانيا فايون (…»: a verb-looking first word of a two-word foreign name that closes the phrase. */
function foreignNamePair(doc: Doc, idx: KnowledgeIndex, j: number, owner: (PersonMention | null)[]): boolean {
  const t = doc.tokens[j];
  if (!t || isFutureVerb(t.n) || isMeetingWord(t) || /(ون|ان|وا)$/.test(t.n)) return false;
  return plainNameWord(doc, idx, j + 1, owner) && endsPhrase(doc.tokens[j + 2]);
}

/** A verb-looking word at b that closes a name: punctuation right after it, or one plain name word and then punctuation. */
function foreignNameTail(doc: Doc, idx: KnowledgeIndex, b: number, owner: (PersonMention | null)[]): boolean {
  const t = doc.tokens[b];
  if (!t || isFutureVerb(t.n) || isMeetingWord(t) || /(ون|ان|وا)$/.test(t.n) || /^[ين]/.test(t.n)) return false;
  const nx = doc.tokens[b + 1];
  if (!nx || nx.kind === "p") return true;
  return plainNameWord(doc, idx, b + 1, owner) && endsPhrase(doc.tokens[b + 2]);
}

const NAME_ADJECTIVES = new Set([
  "جديد",
  "اسبق",
  "مقبل",
  "قادم",
  "ثاني",
  "حالي",
  "سابق",
  "وطني",
  "دولي",
  "رسمي",
  "اقليمي",
  "عربي",
  "اجنبي",
  "اوروبي",
  "افريقي",
  "امريكي",
  "اميركي",
  "اسيوي",
  "خليجي",
  "مغاربي",
  "ملكي",
  "جمهوري",
  "عسكري",
  "امني",
  "دبلوماسي",
  "سياسي",
  "ثنائي",
  "رئيسي",
  "حكومي",
  "برلماني",
  "قضائي",
  "اداري",
  "مالي",
  "اقتصادي",
  "تنفيذي",
  "شرفي",
  "دوري",
  "فعلي",
  "نهائي",
  "ماضي",
  "تالي",
]);

// Nouns of place that follow a name with a preposition: «أحمد عطاف بمقر الوزارة».
const NAME_BREAK = new Set([
  "مقر",
  "مكتب",
  "قصر",
  "مدينه",
  "عاصمه",
  "مبني",
  "ديوان",
  "مقره",
  "مكتبه",
  "حضور",
  "رئاسه",
  "مناسبه",
]);

function nameLike(doc: Doc, i: number, idx: KnowledgeIndex): boolean {
  const T = doc.tokens;
  const t = T[i];
  if (!t || t.kind !== "ar") return false;
  if (headAt(T, i)) return false;
  if (parseDateAt(T, i)) return false;
  if (tokenForms(t.n).some((f) => NAME_BREAK.has(key(f)))) return false;
  // «ألباريس» is not «ال» + «باريس»: a hamza-alef word is matched whole
  const hamzaAl = t.n.startsWith("ال") && /^[أإآ]/.test(doc.original.slice(t.os, t.os + 1));
  if (!hamzaAl && (idx.places.match(T, i) || idx.countries.match(T, i))) return false;
  if (idx.agencies.match(T, i, { clitics: false })) return false;
  if (demonymOf(idx, t.n) && t.n.startsWith("ال")) return false;
  return true;
}

const OFFICIALS_PLURAL = new Set(["مسؤولين", "مسوولين", "مسوولي", "مسوولون"]);

/** «مسؤولين أمريكيين», «نظرائه الفرنسيين», «وفد إسباني»: an unnamed counterpart group. */
function groupAt(doc: Doc, idx: KnowledgeIndex, i: number): PersonMention | null {
  const T = doc.tokens;
  const t = T[i];
  if (!t || t.kind !== "ar") return null;
  const forms = tokenForms(t.n).map(key);
  if (!forms.some((f) => GROUP_HEADS.has(f))) return null;
  let b = i + 1;
  let country: CountryCode | null = null;
  for (let x = i + 1; x < Math.min(T.length, i + 4); x++) {
    const tx = T[x];
    if (!tx || tx.kind !== "ar") break;
    const d = demonymOf(idx, tx.n);
    if (d) {
      country = d;
      b = x + 1;
      break;
    }
    const c = idx.countries.match(T, x);
    if (c) {
      country = c.payloads[0] ?? null;
      b = x + c.len;
      break;
    }
    if (!/^(ال|لل)/.test(tx.n) && !["من", "عن"].includes(tx.n)) break;
  }
  if (!country && !forms.some((f) => OFFICIALS_PLURAL.has(f))) return null;
  const sp = cleanRole(spanOf(doc, i, b), t, true);
  return { a: i, b, kind: "group", roleText: sp.text, country, roleSig: null };
}

/** Drops a proclitic glued to the title's first word («ومديرة …» → «مديرة …»). */
function cleanRole(
  sp: { start: number; end: number; text: string },
  first: Token | undefined,
  force = false,
): { start: number; end: number; text: string } {
  if (!first || first.kind !== "ar") return sp;
  const m = /^(و?[بلف]?|ف)/.exec(first.n);
  const lead = m?.[0] ?? "";
  if (!lead || lead.length >= first.n.length - 2) return sp;
  const bare = first.n.slice(lead.length);
  if (!force && (!headAt([{ ...first, n: bare }], 0) || HEAD_EXACT(first.n))) return sp;
  if (force && (bare.startsWith("ال") ? false : !/^(م|ن|و)/.test(bare))) return sp;
  // the original text starts with the same letters (possibly with harakat between)
  let cut = 0;
  let seen = 0;
  while (cut < sp.text.length && seen < lead.length) {
    if (/[\u0621-\u064a]/.test(sp.text[cut] ?? "")) seen++;
    cut++;
  }
  while (cut < sp.text.length && /[\u064B-\u065F\u0670\u0640\s]/.test(sp.text[cut] ?? "")) cut++;
  return { start: sp.start + cut, end: sp.end, text: sp.text.slice(cut) };
}

function HEAD_EXACT(n: string): boolean {
  return /^(ال)?(وزير|وزيره|مدير|مديره|رئيس|رئيسه|سفير|سفيره|والي|وكيل|لواء|فريق|ملك|نائب|نظير|نظيره|نظيرته)$/.test(n);
}
