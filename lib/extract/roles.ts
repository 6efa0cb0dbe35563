// Role → holder: a title as written resolves to the official holding a matching position on the
// meeting's date (tenures), preferring people this article names.
import type { KnowledgeIndex, PositionSignature } from "./knowledge";
import type { RoleSig } from "./names";
import type { KnowledgeOfficial, KnowledgePosition, KnowledgeTenure } from "./types";

function subset<T>(a: T[], b: T[]): boolean {
  return a.every((x) => b.includes(x));
}

/** Does the position alias signature `a` describe the role `r`? */
export function sigCovers(a: Omit<PositionSignature, "position">, r: RoleSig): boolean {
  if (a.head !== r.head) return false;
  if (a.agencies.length + a.countries.length + a.words.length === 0) return false;
  // «الرئيس الأمريكي» is not «المدير الأمريكي»: without an agency or portfolio the word itself must agree
  if (a.agencies.length === 0 && a.words.length === 0 && a.lemma !== r.lemma) return false;
  if (a.agencies.length > 0 && !a.agencies.some((x) => r.agencies.includes(x))) return false;
  if (!subset(a.countries, r.countries)) return false;
  if (a.countries.length > 0 && !subset(r.countries, a.countries)) return false;
  if (!subset(a.words, r.words)) return false;
  return true;
}

function startOf(d: string | null): string {
  if (!d) return "0000-01-01";
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

function endOf(d: string | null): string {
  if (!d) return "9999-12-31";
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) return `${d}-31`;
  return d;
}

export function tenureCovers(t: Pick<KnowledgeTenure, "from" | "to">, day: string): boolean {
  return startOf(t.from) <= day && day <= endOf(t.to);
}

export interface RoleResolution {
  official: KnowledgeOfficial;
  position: KnowledgePosition;
}

export function matchingPositions(idx: KnowledgeIndex, sig: RoleSig): KnowledgePosition[] {
  const out: KnowledgePosition[] = [];
  for (const p of idx.positions) if (sigCovers(p, sig) && !out.includes(p.position)) out.push(p.position);
  return out;
}

/**
 * The holder of the role on `day` (YYYY-MM-DD, or null when the date is unknown). Officials named
 * elsewhere in the same article win: an article naming the holder once and then using the title
 * means that person.
 */
export function resolveRole(
  idx: KnowledgeIndex,
  sig: RoleSig | null | undefined,
  day: string | null,
  local: Set<string>,
  articleCountries?: Set<string>,
): RoleResolution | null {
  if (!sig) return null;
  const positions = matchingPositions(idx, sig);
  if (positions.length === 0) return bareTitleHolder(idx, sig, day, local);
  const pairs: { position: KnowledgePosition; slug: string; covers: boolean }[] = [];
  for (const p of positions) {
    for (const t of p.tenures)
      pairs.push({ position: p, slug: t.official, covers: day ? tenureCovers(t, day) : false });
  }
  const pick = (list: typeof pairs): RoleResolution | null => {
    const slugs = [...new Set(list.map((x) => x.slug))];
    if (slugs.length !== 1) return null;
    const first = list[0];
    const o = first ? idx.officialBySlug.get(first.slug) : undefined;
    return o && first ? { official: o, position: first.position } : null;
  };
  const localPairs = pairs.filter((x) => local.has(x.slug));
  if (localPairs.length > 0) {
    const dated = day ? localPairs.filter((x) => x.covers) : localPairs;
    const r = pick(dated.length > 0 ? dated : localPairs);
    if (r) return r;
  }
  // By date alone only when the office's country is in the article (a «المدير العام للأمن الوطني»
  // in a Tunisian story is not Morocco's).
  if (day)
    return pick(
      pairs.filter(
        (x) =>
          x.covers &&
          (!articleCountries ||
            !x.position.country ||
            articleCountries.has(x.position.country) ||
            sig.countries.includes(x.position.country)),
      ),
    );
  return null;
}

/** The position an official held on a day (first match), for «نظيره» (counterpart) resolution. */
export function positionOn(idx: KnowledgeIndex, slug: string, day: string | null): KnowledgePosition | null {
  const list = idx.positionsByOfficial.get(slug) ?? [];
  const hit = day ? list.find((t) => tenureCovers(t, day)) : list[0];
  return hit?.position ?? null;
}

/**
 * «الوزير الإسباني», «الرئيس التركي» with no portfolio: the one official this article names who
 * holds an office of that rank in that country on the day (no match for a title alone otherwise).
 */
function bareTitleHolder(
  idx: KnowledgeIndex,
  sig: RoleSig,
  day: string | null,
  local: Set<string>,
): RoleResolution | null {
  if (sig.words.length > 0 || sig.agencies.length > 0 || sig.countries.length !== 1 || local.size === 0) return null;
  const hits = new Map<string, RoleResolution>();
  for (const p of idx.positions) {
    if (p.head !== sig.head || p.position.country !== sig.countries[0]) continue;
    for (const t of p.position.tenures) {
      if (!local.has(t.official) || (day && !tenureCovers(t, day))) continue;
      const o = idx.officialBySlug.get(t.official);
      if (o) hits.set(o.slug, { official: o, position: p.position });
    }
  }
  return hits.size === 1 ? ([...hits.values()][0] ?? null) : null;
}
