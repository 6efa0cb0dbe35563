import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/lib/db";
import { ensureSearchIndex, rebuildSearchIndex, syncSearchIndex } from "@/lib/search";

export interface Affected {
  meetingIds?: number[];
  articleIds?: number[];
  officialIds?: number[];
}

/**
 * After an admin edit has committed: re-index what changed (an official's names are part of
 * their meetings' documents; lib/search follows that itself), then revalidate. Every public page
 * may show the changed entity (timeline, official, meeting, article and agency pages, exports),
 * so the whole tree is revalidated — cheap for a site this size and impossible to get wrong by
 * forgetting a page.
 */
export async function afterChange(affected: Affected): Promise<void> {
  const db = getDb();
  // A partial sync into an index that did not exist would leave it holding only these rows.
  if (await ensureSearchIndex(db)) await rebuildSearchIndex(db);
  else
    await syncSearchIndex(db, {
      meetingIds: affected.meetingIds ?? [],
      articleIds: affected.articleIds ?? [],
      officialIds: affected.officialIds ?? [],
    });
  revalidatePath("/", "layout");
}
