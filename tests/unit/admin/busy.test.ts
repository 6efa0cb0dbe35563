// A busy database during the admin's other saves (agency, article, review decision, meeting
// deletion, new article): the same retryable Arabic message as tests/unit/faults.test.ts checks for
// meetings, officials and merges, nothing stored, the form keeping what the admin sent, and the
// same save landing once the lock is gone. Runs on the pass's database: SQLite holds the whole
// file with BEGIN IMMEDIATE; PostgreSQL holds the audit table, which every save writes last, so
// the rows a save had already changed must be rolled back with it.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, upsertUser } from "@/lib/auth";
import { createDb, type Db } from "@/lib/db";
import { BUSY_MESSAGE_AR } from "@/lib/mutations/busy";
import { createArticle } from "@/lib/mutations/create-article";
import { deleteMeeting } from "@/lib/mutations/delete-meeting";
import { planArticleDates } from "@/lib/mutations/plan-article-dates";
import { reviewEntity } from "@/lib/mutations/review-entity";
import { updateAgency } from "@/lib/mutations/update-agency";
import { updateArticle } from "@/lib/mutations/update-article";
import { agencyFormSchema } from "@/lib/schemas/agency-form";
import { articleFormSchema } from "@/lib/schemas/article-form";
import { newArticleSchema } from "@/lib/schemas/article-new";
import { whileLocked } from "../helpers/locks";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { jar, redirectTarget, thrownBy } from "./session-mock";

vi.mock("next/headers", async () => (await import("./session-mock")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("./session-mock")).nextCacheMock());

const isPg = /^postgres(ql)?:/.test(process.env.TEST_DATABASE_URL ?? "");

let t: TestDb;
/** The client under test: a short busy timeout / lock_timeout keeps the tests quick (the app's is lib/db.ts DB_BUSY_TIMEOUT_MS). */
let db: Db;
let actor: number;

beforeAll(async () => {
  t = await createTestDb();
  db = createDb(t.url, { busyTimeoutMs: isPg ? 200 : 50 });
  actor = (await upsertUser(t.db, { email: "busy-forms@liqaat.test", password: "busy forms pw 1" })).id;
  // The actions read getDb(): they get the short-timeout client.
  (globalThis as { liqaatDb?: unknown }).liqaatDb = db;
  jar.set(SESSION_COOKIE, (await createSession(t.db, actor)).token);
});

afterAll(async () => {
  (globalThis as { liqaatDb?: unknown }).liqaatDb = undefined;
  await db?.$disconnect();
  await t?.cleanup();
});

/** Every row an admin save could touch, as stored. */
async function stored() {
  const [articles, meetings, officials, agencies, agencyAliases, sources, participants, evidence, audit] =
    await Promise.all([
      t.db.article.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          title: true,
          source: true,
          published: true,
          publishedBy: true,
          corrected: true,
          updatedAt: true,
        },
      }),
      t.db.meeting.findMany({
        orderBy: { id: "asc" },
        select: { id: true, version: true, reviewStatus: true, deletedAt: true, corrected: true, updatedAt: true },
      }),
      t.db.official.findMany({
        orderBy: { id: "asc" },
        select: { id: true, nameAr: true, reviewStatus: true, corrected: true, updatedAt: true },
      }),
      t.db.agency.findMany({
        orderBy: { id: "asc" },
        select: { id: true, nameAr: true, kind: true, reviewStatus: true, corrected: true, updatedAt: true },
      }),
      t.db.agencyAlias.count(),
      t.db.meetingSource.count(),
      t.db.meetingParticipant.count(),
      t.db.evidence.count(),
      t.db.auditLog.count(),
    ]);
  return { articles, meetings, officials, agencies, agencyAliases, sources, participants, evidence, audit };
}

const uid = () => randomBytes(4).toString("hex");

async function seedAgency() {
  return t.db.agency.create({
    data: { slug: `busy-agency-${uid()}`, nameAr: "مديرية قديمة", kind: "security" },
    select: { id: true },
  });
}

async function seedArticle() {
  return t.db.article.create({
    data: {
      text: `نص مقال للاختبار ${uid()}`,
      contentHash: `busy-${uid()}`,
      title: "عنوان قديم",
      published: "2024-03-13",
      publishedBy: "stated",
    },
    select: { id: true },
  });
}

async function seedMeeting() {
  const host = await t.db.official.create({
    data: { slug: `busy-host-${uid()}`, nameAr: "مضيف" },
    select: { id: true },
  });
  return t.db.meeting.create({
    data: {
      sortKey: "2024-01-01",
      dateStart: "2024-01-01",
      precision: "day",
      place: "الرباط",
      participants: { create: [{ officialId: host.id, side: "host", position: 0 }] },
    },
    select: { id: true, version: true },
  });
}

function newArticleText() {
  return `استقبل ناصر بوريطة، وزير الخارجية، يوم 12 مارس 2024 بالرباط، عبد اللطيف حموشي، وتناول اللقاء التعاون الأمني. (${uid()})\n`;
}

function formData(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

describe("the admin's other saves on a busy database (mutations)", () => {
  it("updateAgency: the Arabic retry message as a form error, nothing stored, then the same save lands", async () => {
    const agency = await seedAgency();
    const data = agencyFormSchema.parse({
      id: String(agency.id),
      nameAr: "مديرية جديدة",
      kind: "intelligence",
      newAliases: "المديرية",
    });
    const before = await stored();
    expect(await whileLocked(t.url, () => updateAgency(db, actor, data))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    expect(await updateAgency(db, actor, data)).toMatchObject({
      ok: true,
      changed: expect.arrayContaining(["nameAr", "kind", "aliases"]),
    });
    expect(await t.db.agency.findUniqueOrThrow({ where: { id: agency.id } })).toMatchObject({
      nameAr: "مديرية جديدة",
      kind: "intelligence",
    });
  });

  it("updateArticle: the Arabic retry message, nothing stored, then the same save lands", async () => {
    const article = await seedArticle();
    const data = articleFormSchema.parse({
      id: String(article.id),
      title: "عنوان جديد",
      published: "2024-03-14",
      previewed: "2024-03-14",
    });
    const plan = (await planArticleDates(db, article.id, data.published))!;
    const before = await stored();
    expect(await whileLocked(t.url, () => updateArticle(db, actor, data, plan))).toEqual({
      ok: false,
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    expect(await updateArticle(db, actor, data, plan)).toMatchObject({
      ok: true,
      changed: expect.arrayContaining(["title", "published"]),
    });
    expect(await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({
      title: "عنوان جديد",
      published: "2024-03-14",
      publishedBy: "admin",
    });
  });

  it("reviewEntity (a meeting and an official): the Arabic retry message, nothing stored, then the decision lands", async () => {
    const meeting = await seedMeeting();
    const official = await t.db.official.create({
      data: { slug: `busy-review-${uid()}`, nameAr: "مسؤول للمراجعة" },
      select: { id: true },
    });
    const before = await stored();
    await whileLocked(t.url, async () => {
      expect(await reviewEntity(db, actor, { entity: "Meeting", id: meeting.id, decision: "approve" })).toEqual({
        ok: false,
        formError: BUSY_MESSAGE_AR,
      });
      expect(await reviewEntity(db, actor, { entity: "Official", id: official.id, decision: "reject" })).toEqual({
        ok: false,
        formError: BUSY_MESSAGE_AR,
      });
    });
    expect(await stored()).toEqual(before);
    expect(await reviewEntity(db, actor, { entity: "Meeting", id: meeting.id, decision: "approve" })).toMatchObject({
      ok: true,
    });
    expect(await reviewEntity(db, actor, { entity: "Official", id: official.id, decision: "reject" })).toMatchObject({
      ok: true,
    });
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      reviewStatus: "reviewed",
    });
    expect(await t.db.official.findUniqueOrThrow({ where: { id: official.id } })).toMatchObject({
      reviewStatus: "rejected",
    });
  });

  it("deleteMeeting: the Arabic retry message, nothing stored, then the deletion lands", async () => {
    const meeting = await seedMeeting();
    const before = await stored();
    expect(await whileLocked(t.url, () => deleteMeeting(db, actor, meeting))).toEqual({
      ok: false,
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    expect(await deleteMeeting(db, actor, meeting)).toMatchObject({ ok: true });
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).deletedAt).not.toBeNull();
  });

  it("createArticle: the Arabic retry message, no article, meeting, official or audit row, then the article is stored", async () => {
    const data = newArticleSchema.parse({ text: newArticleText(), published: "2024-03-13", intent: "save" });
    const before = await stored();
    expect(await whileLocked(t.url, () => createArticle(db, actor, data))).toEqual({
      ok: false,
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    const created = await createArticle(db, actor, data);
    expect(created).toMatchObject({ ok: true, created: true });
    expect((await stored()).articles).toHaveLength(before.articles.length + 1);
  });
});

describe("the admin's other forms on a busy database (actions)", () => {
  it("the agency form comes back with the retry message and what the admin typed", async () => {
    const agency = await seedAgency();
    const fields = {
      id: String(agency.id),
      nameAr: "مديرية معدلة",
      kind: "military",
      country: "MA",
      newAliases: "اسم بديل\nآخر",
    };
    const { updateAgencyAction } = await import("@/app/admin/(panel)/agencies/[id]/update-agency-action");
    const before = await stored();
    const state = await whileLocked(t.url, () => updateAgencyAction(undefined, formData(fields)));
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: BUSY_MESSAGE_AR, values: fields });
    expect(await stored()).toEqual(before);
  });

  it("the article form comes back with the retry message, what the admin typed and the preview they confirmed", async () => {
    const article = await seedArticle();
    const fields = {
      id: String(article.id),
      title: "عنوان معدل",
      source: "مصدر",
      url: "",
      published: "2024-03-15",
      previewed: "2024-03-15",
    };
    const { updateArticleAction } = await import("@/app/admin/(panel)/articles/[id]/update-article-action");
    const before = await stored();
    const state = await whileLocked(t.url, () => updateArticleAction(undefined, formData(fields)));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {},
      formError: BUSY_MESSAGE_AR,
      values: fields,
      preview: { published: "2024-03-15", rows: [] },
    });
    expect(await stored()).toEqual(before);
  });

  it("a review decision returns to the queue saying the database is busy, and records nothing", async () => {
    const meeting = await seedMeeting();
    const { reviewAction } = await import("@/app/admin/(panel)/review/review-action");
    const before = await stored();
    const thrown = await whileLocked(t.url, () =>
      thrownBy(() => reviewAction(formData({ entity: "Meeting", id: String(meeting.id), decision: "reject" }))),
    );
    expect(redirectTarget(thrown)).toBe(`/admin/review?busy=Meeting-${meeting.id}-reject`);
    expect(await stored()).toEqual(before);
  });

  it("the delete form comes back with the retry message, not the 'edited meanwhile' one", async () => {
    const meeting = await seedMeeting();
    const fields = { id: String(meeting.id), version: String(meeting.version) };
    const { deleteMeetingAction } = await import("@/app/admin/(panel)/meetings/[id]/delete-meeting-action");
    const before = await stored();
    const state = await whileLocked(t.url, () => deleteMeetingAction(undefined, formData(fields)));
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: BUSY_MESSAGE_AR, values: fields });
    expect(await stored()).toEqual(before);
  });

  it("the new-article form keeps the text and the preview, so confirming again stores the article", async () => {
    const { createArticleAction } = await import("@/app/admin/(panel)/articles/new/create-article-action");
    const fields = { text: newArticleText(), title: "مقال جديد", source: "", url: "", published: "2024-03-13" };
    const previewed = await createArticleAction(undefined, formData({ ...fields, intent: "preview" }));
    const fingerprint = previewed.preview?.fingerprint;
    expect(fingerprint).toBeTruthy();
    const save = () => createArticleAction(undefined, formData({ ...fields, intent: "save", previewed: fingerprint! }));
    const before = await stored();
    const state = await whileLocked(t.url, save);
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {},
      formError: BUSY_MESSAGE_AR,
      values: { ...fields, intent: "save" },
      preview: { fingerprint, text: fields.text },
    });
    expect(await stored()).toEqual(before);
    // The button the form shows again (same fingerprint) now stores the article.
    const target = redirectTarget(await thrownBy(save));
    expect(target).toMatch(/^\/admin\/articles\/\d+\?created=1$/);
    expect(await t.db.article.count({ where: { title: "مقال جديد" } })).toBe(1);
  });
});
