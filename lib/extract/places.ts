// Places, countries and agencies named in an article, as token-range mentions.
import type { KnowledgeIndex } from "./knowledge";
import type { EntityMention } from "./names";
import type { Doc } from "./tokens";
import type { CountryCode, KnowledgeAgency, KnowledgePlace } from "./types";

export interface Entities {
  agencies: EntityMention<KnowledgeAgency>[];
  places: EntityMention<KnowledgePlace>[];
  countries: EntityMention<CountryCode>[];
}

/** Longest-match scan; at one position an agency beats a place, a place beats a country. */
export function scanEntities(doc: Doc, idx: KnowledgeIndex): Entities {
  const T = doc.tokens;
  const out: Entities = { agencies: [], places: [], countries: [] };
  for (let i = 0; i < T.length; i++) {
    const ag = idx.agencies.match(T, i);
    const pl = idx.places.match(T, i);
    const co = idx.countries.match(T, i);
    const best = Math.max(ag?.len ?? 0, pl?.len ?? 0, co?.len ?? 0);
    if (best === 0) continue;
    if (ag && ag.len === best && ag.payloads[0]) out.agencies.push({ a: i, b: i + best, item: ag.payloads[0] });
    else if (pl && pl.len === best && pl.payloads[0]) out.places.push({ a: i, b: i + best, item: pl.payloads[0] });
    else if (co && co.payloads[0]) out.countries.push({ a: i, b: i + best, item: co.payloads[0] });
    i += best - 1;
  }
  return out;
}
