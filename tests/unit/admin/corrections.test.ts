// Against the seed articles: admin corrections survive re-ingest and knowledge seeding, an
// admin alias teaches the extractor, rejected meetings stay rejected, and a publication date
// re-resolves the dates that depend on it (seed 004: «الاثنين» → 19 September 2022).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertUser } from "@/lib/auth";
import { loadKnowledgeFile } from "@/lib/extract";
import { ingestArticle, ingestManifest, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { planArticleDates } from "@/lib/mutations/plan-article-dates";
import { reviewEntity } from "@/lib/mutations/review-entity";
import { revertChange } from "@/lib/mutations/revert-change";
import { updateArticle } from "@/lib/mutations/update-article";
import { updateMeeting } from "@/lib/mutations/update-meeting";
import { updateOfficial } from "@/lib/mutations/update-official";
import { createArticle, previewArticle } from "@/lib/mutations/create-article";
import { articleFormSchema } from "@/lib/schemas/article-form";
import { newArticleSchema } from "@/lib/schemas/article-new";
import { meetingFormSchema } from "@/lib/schemas/meeting-form";
import { officialFormSchema } from "@/lib/schemas/official-form";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let actor: number;
const KNOWLEDGE = "prisma/knowledge.json";

beforeAll(async () => {
  t = await createTestDb();
  await seedKnowledge(t.db, loadKnowledgeFile(KNOWLEDGE));
  const report = await ingestManifest(t.db, "seeds", await loadKnowledge(t.db));
  if ("fatal" in report) throw new Error(report.fatal);
  actor = (await upsertUser(t.db, { email: "corr@liqaat.test", password: "corrections pw 1" })).id;
}, 240_000);
afterAll(async () => t?.cleanup());

async function officialForm(slug: string, over: Record<string, unknown>) {
  const o = await t.db.official.findUniqueOrThrow({ where: { slug }, include: { aliases: true, tenures: true } });
  return officialFormSchema.parse({
    id: String(o.id),
    nameAr: o.nameAr,
    nameEn: o.nameEn ?? "",
    country: o.country ?? "",
    gender: o.gender ?? "",
    reviewStatus: o.reviewStatus,
    aliases: o.aliases.map((a) => ({ id: String(a.id) })),
    tenures: o.tenures.map((x) => ({
      id: String(x.id),
      positionId: String(x.positionId),
      from: x.from ?? "",
      to: x.to ?? "",
    })),
    newAliases: "",
    ...over,
  });
}

async function haines004() {
  const article = await t.db.article.findFirstOrThrow({ where: { file: { startsWith: "004_" } } });
  const source = await t.db.meetingSource.findFirstOrThrow({ where: { articleId: article.id, dateText: "الاثنين" } });
  return { article, meetingId: source.meetingId };
}

describe("publication date re-resolution (seed 004)", () => {
  it("previews «الاثنين» becoming Monday 19 September 2022, then saves it and the audit row can revert it", async () => {
    const { article, meetingId } = await haines004();
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({
      dateStart: null,
      precision: "unknown",
    });
    const plan = (await planArticleDates(t.db, article.id, "2022-09-20"))!;
    const change = plan.find((c) => c.meetingId === meetingId);
    expect(change?.source.after).toMatchObject({ dateStart: "2022-09-19", precision: "day" });
    expect(change?.meeting?.after).toMatchObject({ dateStart: "2022-09-19", dateArticleId: article.id });
    // The June meeting in the same article is stated in full: it does not move.
    expect(plan.every((c) => c.source.before.dateText !== "يومي الثالث عشر والرابع عشر من يونيو 2022")).toBe(true);

    const data = articleFormSchema.parse({
      id: String(article.id),
      title: article.title ?? "",
      source: "العرب",
      url: "",
      published: "2022-09-20",
      previewed: "2022-09-20",
    });
    const r = await updateArticle(t.db, actor, data, plan);
    expect(r).toMatchObject({ ok: true, meetingIds: expect.arrayContaining([meetingId]) });
    const m = await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(m).toMatchObject({ dateStart: "2022-09-19", precision: "day", sortKey: "2022-09-19", version: 2 });
    const a = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(a).toMatchObject({ published: "2022-09-20", publishedBy: "admin", source: "العرب" });
    expect(JSON.parse(a.corrected)).toEqual(["published", "source"]);

    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Article", entityId: String(article.id) },
      orderBy: { id: "desc" },
    });
    expect((await revertChange(t.db, actor, audit.id)).ok).toBe(true);
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({
      dateStart: null,
      precision: "unknown",
    });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).published).toBeNull();
  });

  it("a stale plan saves nothing", async () => {
    const { article, meetingId } = await haines004();
    const plan = (await planArticleDates(t.db, article.id, "2022-09-20"))!;
    await t.db.meetingSource.updateMany({ where: { articleId: article.id, meetingId }, data: { dateText: "تغير" } });
    const data = articleFormSchema.parse({ id: String(article.id), published: "2022-09-20", previewed: "2022-09-20" });
    expect(await updateArticle(t.db, actor, data, plan)).toEqual({ ok: false, stale: true });
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).published).toBeNull();
    await t.db.meetingSource.updateMany({ where: { articleId: article.id, meetingId }, data: { dateText: "الاثنين" } });
  });

  it("a meeting date an admin corrected does not follow the publication date", async () => {
    const { article, meetingId } = await haines004();
    const m = await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { participants: true } });
    await updateMeeting(
      t.db,
      actor,
      meetingFormSchema.parse({
        id: String(m.id),
        version: String(m.version),
        dateStart: "2022-09-18",
        precision: "day",
        status: m.status,
        reviewStatus: m.reviewStatus,
        participants: m.participants.map((p) => ({ id: String(p.id), side: p.side })),
      }),
    );
    const plan = (await planArticleDates(t.db, article.id, "2022-09-20"))!;
    expect(plan.find((c) => c.meetingId === meetingId)).toMatchObject({ meeting: null, kept: "corrected" });
  });
});

describe("corrections survive re-ingest", () => {
  it("re-seeding knowledge keeps an official's corrected name", async () => {
    const form = await officialForm("hammouchi", { nameAr: "عبد اللطيف الحموشي (مصحح)" });
    expect((await updateOfficial(t.db, actor, form)).ok).toBe(true);
    await seedKnowledge(t.db, loadKnowledgeFile(KNOWLEDGE));
    expect((await t.db.official.findUniqueOrThrow({ where: { slug: "hammouchi" } })).nameAr).toBe(
      "عبد اللطيف الحموشي (مصحح)",
    );
  });

  it("re-ingesting the seeds changes nothing an admin set", async () => {
    const before = await t.db.meeting.findMany({
      orderBy: { id: "asc" },
      select: { id: true, dateStart: true, place: true, corrected: true, version: true },
    });
    const report = await ingestManifest(t.db, "seeds", await loadKnowledge(t.db));
    if ("fatal" in report) throw new Error(report.fatal);
    expect(report.unchanged).toBe(5);
    expect(
      await t.db.meeting.findMany({
        orderBy: { id: "asc" },
        select: { id: true, dateStart: true, place: true, corrected: true, version: true },
      }),
    ).toEqual(before);
  });

  it("a new report of a meeting keeps its corrected place and date", async () => {
    const june = await t.db.meetingSource.findFirstOrThrow({ where: { dateText: { contains: "يونيو 2022" } } });
    const m = await t.db.meeting.findUniqueOrThrow({
      where: { id: june.meetingId },
      include: { participants: true, sources: true },
    });
    await updateMeeting(
      t.db,
      actor,
      meetingFormSchema.parse({
        id: String(m.id),
        version: String(m.version),
        // The admin widens the range (a changed field is a corrected one); the new report's sharper day must not replace it.
        dateStart: "2022-06-12",
        dateEnd: "2022-06-14",
        precision: "range",
        place: "لانغلي",
        status: m.status,
        reviewStatus: "reviewed",
        participants: m.participants.map((p) => ({ id: String(p.id), side: p.side })),
      }),
    );
    const r = await ingestArticle(
      t.db,
      {
        text: "التقى المدير العام للأمن الوطني عبد اللطيف حموشي، يوم 13 يونيو 2022 بواشنطن، أفريل هاينز مديرة أجهزة الاستخبارات الوطنية الأمريكية.",
        published: "2022-06-15",
      },
      await loadKnowledge(t.db),
    );
    expect(r.status).toBe("created");
    const after = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id }, include: { sources: true } });
    expect(after.sources.length).toBe(m.sources.length + 1);
    expect(after).toMatchObject({
      place: "لانغلي",
      dateStart: "2022-06-12",
      dateEnd: "2022-06-14",
      precision: "range",
    });
    expect(JSON.parse(after.corrected)).toEqual(expect.arrayContaining(["date", "place"]));
  });

  it("a rejected meeting is not created again by a new article reporting it", async () => {
    const src = await t.db.meetingSource.findFirstOrThrow({ where: { dateText: { contains: "21 فبراير 2023" } } });
    expect((await reviewEntity(t.db, actor, { entity: "Meeting", id: src.meetingId, decision: "reject" })).ok).toBe(
      true,
    );
    const participants = await t.db.meetingParticipant.findMany({
      where: { meetingId: src.meetingId },
      select: { officialId: true },
    });
    const count = await t.db.meeting.count();
    const article = await t.db.article.findUniqueOrThrow({ where: { id: src.articleId } });
    // The same sentence in a new article (a reprint with another headline).
    const evidence = await t.db.evidence.findFirstOrThrow({ where: { meetingId: src.meetingId, kind: "meeting" } });
    const r = await ingestArticle(
      t.db,
      { text: `إعادة نشر\n${evidence.text}.`, published: article.published },
      await loadKnowledge(t.db),
    );
    expect(r.status).toBe("created");
    expect(await t.db.meeting.count()).toBe(count);
    expect(participants.length).toBeGreaterThan(0);
    expect(await t.db.meetingSource.count({ where: { meetingId: src.meetingId } })).toBe(1);
  });
});

describe("knowledge grows from admin aliases", () => {
  const text = "استقبل وزير الخارجية ناصر بوريطة، يوم الخميس 16 يونيو 2022 بالرباط، زروال بن حمو في إطار زيارة عمل.";

  it("an alias added in the official form makes the next article's meeting name that official", async () => {
    const data = newArticleSchema.parse({ text, published: "2022-06-17", intent: "save" });
    const before = await previewArticle(t.db, data);
    expect(before.meetings).toHaveLength(0);

    const o = await t.db.official.create({
      data: { slug: "test-wardani", nameAr: "سليم الورداني", country: "MA", reviewStatus: "reviewed" },
      include: { aliases: true },
    });
    const form = await officialForm(o.slug, { newAliases: "زروال بن حمو" });
    expect((await updateOfficial(t.db, actor, form)).ok).toBe(true);

    const preview = await previewArticle(t.db, data);
    expect(preview.meetings).toHaveLength(1);
    expect(preview.meetings[0]?.participants.map((p) => p.name)).toEqual(["ناصر بوريطة", "سليم الورداني"]);
    expect(preview.meetings[0]?.evidence.text).toContain("زروال بن حمو");

    const created = await createArticle(t.db, actor, data);
    expect(created).toMatchObject({ ok: true, created: true, meetings: 1 });
    if (!created.ok) throw new Error(created.formError);
    expect(await t.db.meetingParticipant.count({ where: { officialId: o.id } })).toBe(1);
    expect(
      await t.db.auditLog.count({
        where: { action: "ingest", entity: "Article", entityId: String(created.articleId), actorId: actor },
      }),
    ).toBe(1);
    // The same text again stores nothing.
    expect(await createArticle(t.db, actor, data)).toMatchObject({ created: false, articleId: created.articleId });
    expect((await previewArticle(t.db, data)).duplicateOf).toBe(created.articleId);
  });
});
