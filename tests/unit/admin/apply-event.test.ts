// Applying a dated event to the articles already stored: an article ingested before the event
// existed has its «أسبوعا بعد <event>» meeting dated once an admin applies the event (plan, then
// apply, audit row, revert), an admin-corrected meeting date stays, a second apply changes
// nothing, a busy database stores nothing, and the action shows the plan before applying it.
// Every event and article here is invented and made by the test itself.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, upsertUser } from "@/lib/auth";
import { createDb, type Db } from "@/lib/db";
import { loadKnowledgeFile } from "@/lib/extract";
import { ingestArticle, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { applyEventToArticles } from "@/lib/mutations/apply-event";
import { BUSY_MESSAGE_AR } from "@/lib/mutations/busy";
import { createEvent } from "@/lib/mutations/create-event";
import { planEventDates, planToken } from "@/lib/mutations/plan-event-dates";
import { isRevertable, revertChange } from "@/lib/mutations/revert-change";
import { syncSearchIndex } from "@/lib/search";
import { whileLocked } from "../helpers/locks";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { jar, redirectTarget, thrownBy } from "./session-mock";

vi.mock("next/headers", async () => (await import("./session-mock")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("./session-mock")).nextCacheMock());

let t: TestDb;
let db: Db;
let actor: number;
const isPg = /^postgres/.test(process.env.TEST_DATABASE_URL ?? "");

beforeAll(async () => {
  t = await createTestDb();
  db = createDb(t.url, { busyTimeoutMs: isPg ? 200 : 50 });
  (globalThis as { liqaatDb?: unknown }).liqaatDb = db;
  actor = (await upsertUser(t.db, { email: "apply-event@liqaat.test", password: "apply event tests pw" })).id;
  await seedKnowledge(t.db, loadKnowledgeFile("prisma/knowledge.json"));
});
afterAll(async () => {
  (globalThis as { liqaatDb?: unknown }).liqaatDb = undefined;
  jar.clear();
  await db?.$disconnect();
  await t?.cleanup();
});

/** Ingests an article (as the ingest CLI does, index included) and returns its one meeting. */
async function ingest(text: string) {
  const r = await ingestArticle(
    t.db,
    { text, published: null, title: `مقال ${text.slice(-20)}` },
    await loadKnowledge(t.db),
  );
  if (r.status !== "created") throw new Error(`not ingested: ${r.status}`);
  const sources = await t.db.meetingSource.findMany({ where: { articleId: r.articleId }, select: { meetingId: true } });
  expect(sources).toHaveLength(1);
  const meetingId = sources[0]!.meetingId;
  await syncSearchIndex(t.db, { articleIds: [r.articleId], meetingIds: [meetingId] });
  return { articleId: r.articleId, meetingId };
}

async function addEvent(nameAr: string, start: string, end = "") {
  const r = await createEvent(db, actor, {
    id: null,
    nameAr,
    nameEn: null,
    start,
    end: end || null,
    country: null,
    aliases: [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.id;
}

const dateSelect = {
  dateStart: true,
  dateEnd: true,
  precision: true,
  dateText: true,
  dateArticleId: true,
  corrected: true,
  version: true,
} as const;
async function dates(articleId: number, meetingId: number) {
  const [source, meeting] = await Promise.all([
    t.db.meetingSource.findFirstOrThrow({
      where: { articleId, meetingId },
      select: { dateStart: true, dateEnd: true, precision: true, dateText: true },
    }),
    t.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { ...dateSelect, sortKey: true } }),
  ]);
  return { source, meeting };
}

describe("planEventDates and applyEventToArticles", () => {
  it("dates a meeting stored before its event existed: one change planned, source and meeting dated, audit row, revert", async () => {
    const { articleId, meetingId } = await ingest(
      "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، أسبوعا بعد افتتاح ممر الواحات الدولي.",
    );
    const before = await dates(articleId, meetingId);
    expect(before.source.precision).toBe("unknown");
    expect(before.meeting.dateStart).toBeNull();

    const eventId = await addEvent("افتتاح ممر الواحات الدولي", "2019-03-12");
    const plan = await planEventDates(db, eventId);
    expect(plan).toHaveLength(1);
    expect(plan![0]).toMatchObject({
      articleId,
      meetingId,
      source: {
        before: { precision: "unknown" },
        after: { dateStart: "2019-03-18", dateEnd: "2019-03-20", precision: "approximate" },
      },
      meeting: {
        before: { dateStart: null },
        after: { dateStart: "2019-03-18", dateEnd: "2019-03-20", precision: "approximate", dateArticleId: articleId },
      },
    });
    expect(plan![0]!.source.after.dateText).toContain("أسبوعا بعد");

    const audits = await t.db.auditLog.count();
    expect(await applyEventToArticles(db, actor, plan!)).toEqual({
      ok: true,
      changed: 1,
      meetingIds: [meetingId],
      articleIds: [articleId],
    });
    const after = await dates(articleId, meetingId);
    expect(after.source).toMatchObject({ dateStart: "2019-03-18", dateEnd: "2019-03-20", precision: "approximate" });
    expect(after.meeting).toMatchObject({
      dateStart: "2019-03-18",
      dateEnd: "2019-03-20",
      precision: "approximate",
      dateArticleId: articleId,
      sortKey: "2019-03-18",
      corrected: before.meeting.corrected,
    });
    expect(after.meeting.version).toBe(before.meeting.version + 1);

    const rows = await t.db.auditLog.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "desc" }, take: 1 });
    expect(await t.db.auditLog.count()).toBe(audits + 1);
    const row = rows[0]!;
    expect(row).toMatchObject({ actorId: actor, action: "update", entity: "Article", entityId: String(articleId) });
    expect(JSON.parse(row.before!).dates).toEqual([
      expect.objectContaining({ meetingId, source: expect.objectContaining({ precision: "unknown" }) }),
    ]);
    expect(JSON.parse(row.after!).dates).toEqual([
      expect.objectContaining({ meetingId, meeting: expect.objectContaining({ dateStart: "2019-03-18" }) }),
    ]);
    expect(isRevertable(row)).toBe(true);

    // The revert puts both dates back; applying again would then plan the same change.
    expect(await revertChange(db, actor, row.id)).toMatchObject({
      ok: true,
      entity: "Article",
      entityId: articleId,
      meetingIds: [meetingId],
    });
    const reverted = await dates(articleId, meetingId);
    expect(reverted.source).toEqual(before.source);
    expect({ ...reverted.meeting, version: 0 }).toEqual({ ...before.meeting, version: 0 });
    expect(await planEventDates(db, eventId)).toHaveLength(1);
  });

  it("keeps an admin-corrected meeting date and still dates the article's report of it", async () => {
    const { articleId, meetingId } = await ingest(
      "استقبل وزير الخارجية المغربي نظيره الإسباني بالرباط، أسبوعا بعد تدشين جسر الرمال الكبير.",
    );
    await t.db.meeting.update({
      where: { id: meetingId },
      data: {
        dateStart: "2020-01-05",
        dateEnd: "2020-01-05",
        precision: "day",
        sortKey: "2020-01-05",
        corrected: JSON.stringify(["date"]),
      },
    });
    const eventId = await addEvent("تدشين جسر الرمال الكبير", "2020-06-01", "2020-06-02");
    const plan = (await planEventDates(db, eventId))!;
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({
      meetingId,
      meeting: null,
      kept: "corrected",
      source: { after: { dateStart: "2020-06-08", precision: "approximate" } },
    });
    const meetingBefore = (await dates(articleId, meetingId)).meeting;
    expect(await applyEventToArticles(db, actor, plan)).toMatchObject({ ok: true, changed: 1 });
    const after = await dates(articleId, meetingId);
    expect(after.source).toMatchObject({ dateStart: "2020-06-08", precision: "approximate" });
    expect(after.meeting).toEqual(meetingBefore);
  });

  it("a second apply changes nothing, and an event no stored article mentions plans nothing", async () => {
    const { articleId, meetingId } = await ingest(
      "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، أسبوعا بعد إطلاق قمر الصحراء الأول.",
    );
    const eventId = await addEvent("إطلاق قمر الصحراء الأول", "2018-11-20");
    const first = (await planEventDates(db, eventId))!;
    expect(first.map((c) => c.meetingId)).toEqual([meetingId]);
    expect(await applyEventToArticles(db, actor, first)).toMatchObject({ ok: true, changed: 1 });
    const stored = await dates(articleId, meetingId);
    const audits = await t.db.auditLog.count();
    const second = (await planEventDates(db, eventId))!;
    expect(second).toEqual([]);
    expect(await applyEventToArticles(db, actor, second)).toEqual({
      ok: true,
      changed: 0,
      meetingIds: [],
      articleIds: [],
    });
    expect(await dates(articleId, meetingId)).toEqual(stored);
    expect(await t.db.auditLog.count()).toBe(audits);
    // A plan made before the first apply is stale now: nothing is written twice.
    expect(await applyEventToArticles(db, actor, first)).toEqual({ ok: false, stale: true });
    expect(await t.db.auditLog.count()).toBe(audits);

    expect(await planEventDates(db, await addEvent("مهرجان الخيول العربية الأصيلة", "2018-02-02"))).toEqual([]);
    expect(await planEventDates(db, 987654)).toBeNull();
  });

  it("on a busy database: the Arabic retry message and nothing stored", async () => {
    const { articleId, meetingId } = await ingest(
      "استقبل وزير الخارجية المغربي نظيره الإسباني بالرباط، أسبوعا بعد افتتاح سد الوادي الأخضر.",
    );
    const eventId = await addEvent("افتتاح سد الوادي الأخضر", "2021-09-09");
    const plan = (await planEventDates(db, eventId))!;
    expect(plan).toHaveLength(1);
    const before = await dates(articleId, meetingId);
    const audits = await t.db.auditLog.count();
    expect(await whileLocked(t.url, () => applyEventToArticles(db, actor, plan))).toEqual({
      ok: false,
      formError: BUSY_MESSAGE_AR,
    });
    expect(await dates(articleId, meetingId)).toEqual(before);
    expect(await t.db.auditLog.count()).toBe(audits);
  });
});

describe("applyEventAction", () => {
  const fd = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };

  beforeAll(async () => {
    jar.set(SESSION_COOKIE, (await createSession(t.db, actor)).token);
  });

  it("shows the plan first, applies it on confirm, and refuses a plan that is no longer the one shown", async () => {
    const { applyEventAction } = await import("@/app/admin/(panel)/events/[id]/apply-event-action");
    const { articleId, meetingId } = await ingest(
      "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، أسبوعا بعد تدشين ميناء الأطلس الجديد.",
    );
    const eventId = await addEvent("تدشين ميناء الأطلس الجديد", "2022-04-10");
    const audits = await t.db.auditLog.count();

    const shown = await applyEventAction(undefined, fd({ id: String(eventId) }));
    expect(shown.formError).toBeUndefined();
    expect(shown.preview?.rows).toEqual([
      expect.objectContaining({
        meetingId,
        articleId,
        before: expect.any(String),
        after: expect.stringContaining("2022"),
        meeting: expect.objectContaining({ after: expect.stringContaining("2022") }),
      }),
    ]);
    expect(await t.db.auditLog.count()).toBe(audits);

    const wrong = await applyEventAction(undefined, fd({ id: String(eventId), planned: "0123456789abcdef" }));
    expect(wrong.formError).toBe("تغيّرت الخطة منذ المعاينة: راجع الخطة الجديدة ثم أكِّد.");
    expect(wrong.preview?.planned).toBe(shown.preview?.planned);
    expect(await t.db.auditLog.count()).toBe(audits);

    const done = await thrownBy(() =>
      applyEventAction(undefined, fd({ id: String(eventId), planned: shown.preview!.planned })),
    );
    expect(redirectTarget(done)).toBe(`/admin/events/${eventId}?applied=1&plan=${shown.preview!.planned}`);
    expect((await dates(articleId, meetingId)).meeting.dateStart).toMatch(/^2022-04-/);
    expect(await t.db.auditLog.count()).toBe(audits + 1);

    const empty = await applyEventAction(undefined, fd({ id: String(eventId) }));
    expect(empty.preview).toEqual({ planned: planToken([]), rows: [] });
    // Confirming an empty plan writes nothing and stays on the page.
    expect(
      (await applyEventAction(undefined, fd({ id: String(eventId), planned: planToken([]) }))).preview?.rows,
    ).toEqual([]);
    expect(await t.db.auditLog.count()).toBe(audits + 1);
  });
});
