import "server-only";
import { getDb, type Db } from "../db";
import { searchOfficialIds } from "../search";

/** Suggestions per answer: a short list under the field, not a directory. */
export const SUGGEST_LIMIT = 10;

/**
 * Index hits read before keeping only officials who have meetings: enough that a few officials
 * without any (known from the knowledge base, never met) do not leave the list short.
 */
const CANDIDATES = 50;

const liveMeeting = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;

export interface OfficialSuggestion {
  slug: string;
  nameAr: string;
  nameEn: string | null;
}

/**
 * Officials with words in their names, aliases (Arabic or Latin) or position titles starting with
 * every word typed, best match first. It reads the search index's official documents, so it
 * shares the timeline search's normalization: hamza and alef forms, ta marbuta, alef maqsura,
 * harakat, the article and clitics («حموشى» finds «الحموشي», «Hammouchi» too). Only officials
 * the timeline can show: not merged away, with a live meeting (their own, or one of an official
 * merged into them).
 */
export async function listOfficialSuggestions(q: string, db: Db = getDb()): Promise<OfficialSuggestion[]> {
  const ids = await searchOfficialIds(db, q, CANDIDATES);
  if (!ids?.length) return [];
  const rows = await db.official.findMany({
    where: {
      id: { in: ids },
      mergedIntoId: null,
      OR: [
        { participations: { some: { meeting: liveMeeting } } },
        { mergedFrom: { some: { participations: { some: { meeting: liveMeeting } } } } },
      ],
    },
    select: { id: true, slug: true, nameAr: true, nameEn: true },
  });
  const byId = new Map(rows.map(({ id, ...o }) => [id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []).slice(0, SUGGEST_LIMIT);
}
