import type { Db } from "../db";
import type { ArticleFormData } from "../schemas/article-form";
import { addCorrected, changedKeys, deepEqual, writeAudit, type Tx } from "./audit";
import type { DateChange } from "./plan-article-dates";
import { applyArticle, snapshotArticle, type ArticleSnapshot } from "./snapshots";
import { whenBusy } from "./busy";

export type UpdateArticleResult =
  | { ok: true; changed: string[]; meetingIds: number[] }
  | { ok: false; notFound: true }
  | { ok: false; stale: true }
  | { ok: false; formError: string };

const CORRECTABLE = ["title", "source", "url", "published"];

/**
 * Saves the article's metadata and applies the date changes the admin previewed. If a meeting's
 * date moved since the preview, nothing is saved (`stale`): the admin previews again. A busy
 * database (locked by another writer) comes back as a "nothing saved, retry" form error.
 */
export async function updateArticle(
  db: Db,
  actorId: number,
  data: ArticleFormData,
  plan: DateChange[],
): Promise<UpdateArticleResult> {
  return whenBusy(
    () => updateArticleInTransaction(db, actorId, data, plan),
    (formError): UpdateArticleResult => ({ ok: false, formError }),
  );
}

async function updateArticleInTransaction(
  db: Db,
  actorId: number,
  data: ArticleFormData,
  plan: DateChange[],
): Promise<UpdateArticleResult> {
  return db.$transaction(async (tx: Tx): Promise<UpdateArticleResult> => {
    const meta = await tx.article.findUnique({ where: { id: data.id }, select: { corrected: true, published: true } });
    if (!meta) return { ok: false, notFound: true };
    const meetingIds = plan.map((c) => c.meetingId);
    const before = (await snapshotArticle(tx, data.id, meetingIds))!;
    for (const c of plan) {
      const cur = before.dates.find((d) => d.meetingId === c.meetingId);
      const sourceSame = cur?.source && deepEqual(cur.source, c.source.before);
      const meetingSame = !c.meeting || (cur?.meeting && deepEqual(cur.meeting, c.meeting.before));
      if (!sourceSame || !meetingSame) return { ok: false, stale: true };
    }
    const publishedChanged = meta.published !== data.published;
    const wanted: ArticleSnapshot = {
      title: data.title,
      source: data.source,
      url: data.url,
      published: data.published,
      publishedBy: publishedChanged ? (data.published ? "admin" : "unknown") : before.publishedBy,
      dates: before.dates.map((d) => {
        const c = plan.find((x) => x.meetingId === d.meetingId)!;
        const { dependsOnPublished: _d, ...source } = c.source.after;
        void _d;
        return { meetingId: d.meetingId, source, meeting: c.meeting ? c.meeting.after : d.meeting };
      }),
    };
    const changed = changedKeys(before, wanted);
    if (!changed.length) return { ok: true, changed: [], meetingIds: [] };
    await applyArticle(tx, data.id, Object.fromEntries(changed.map((k) => [k, wanted[k]])));
    for (const c of plan) {
      await tx.meetingSource.updateMany({
        where: { articleId: data.id, meetingId: c.meetingId },
        data: { dateDependsOnPublished: c.source.after.dependsOnPublished },
      });
    }
    const fixed = changed.filter((k) => (CORRECTABLE as readonly string[]).includes(k));
    if (fixed.length)
      await tx.article.update({ where: { id: data.id }, data: { corrected: addCorrected(meta.corrected, fixed) } });
    const after = (await snapshotArticle(tx, data.id, meetingIds))!;
    await writeAudit(tx, { actorId, action: "update", entity: "Article", entityId: data.id, before, after });
    return { ok: true, changed, meetingIds };
  });
}
