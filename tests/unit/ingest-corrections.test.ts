// Ingest and admin corrections: a field an admin corrected (participants, date, place, topics,
// status) is never overwritten or extended by a second report of the same meeting; the ingest's
// audit row commits with its article or not at all; the search index follows ingest at once;
// merging officials bumps the version of every meeting it touched.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { loadKnowledgeFile } from "@/lib/extract";
import type { Knowledge } from "@/lib/extract/types";
import { ingestArticle, ingestManifest, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { mergeOfficials } from "@/lib/mutations/merge-officials";
import { searchArticleIds, searchMeetingIds, searchOfficialIds } from "@/lib/search";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
let knowledge: Knowledge;

beforeAll(async () => {
  t = await createTestDb();
  await seedKnowledge(t.db, loadKnowledgeFile("prisma/knowledge.json"));
  knowledge = await loadKnowledge(t.db);
}, 120_000);
afterAll(async () => t?.cleanup());

const officialId = async (slug: string) =>
  (await t.db.official.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

async function participants(meetingId: number) {
  const rows = await t.db.meetingParticipant.findMany({
    where: { meetingId },
    include: { official: { select: { slug: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ slug: r.official?.slug ?? null, side: r.side }));
}

async function ingest(text: string) {
  const r = await ingestArticle(t.db, { text, published: "2024-03-13", source: "اختبار" }, knowledge);
  if (r.status !== "created") throw new Error("expected a new article");
  return r;
}

describe("a second report never overrides what an admin corrected", () => {
  it("extends an uncorrected meeting, and leaves a corrected one's participants, date, place, topics and status alone", async () => {
    const a = await ingest(
      "استقبل عبد اللطيف حموشي، المدير العام للأمن الوطني، يوم 12 مارس 2024 بالرباط، ناصر بوريطة وزير الخارجية، وتناول اللقاء التعاون الأمني ومكافحة الإرهاب.",
    );
    expect(a.meetingIds).toHaveLength(1);
    const meetingId = a.meetingIds[0]!;
    expect(await participants(meetingId)).toEqual([
      { slug: "hammouchi", side: "host" },
      { slug: "bourita", side: "guest" },
    ]);

    // Control: uncorrected, a second report of the same meeting adds its third participant.
    const b = await ingest(
      "أجرى ناصر بوريطة وعبد اللطيف حموشي وياسين المنصوري يوم 12 مارس 2024 بالرباط مباحثات حول الهجرة.",
    );
    expect(b.meetingIds).toEqual([meetingId]);
    expect((await participants(meetingId)).map((p) => p.slug)).toEqual(["hammouchi", "bourita", "mansouri"]);
    const topicsBefore = JSON.parse(
      (await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).topics,
    ) as string[];
    expect(topicsBefore).toEqual(expect.arrayContaining(["التعاون الأمني", "مكافحة الإرهاب"]));

    // An admin settles the meeting: Mansouri was not there, Bourita's side is "other", the date is
    // a range, no place, one topic, status planned (what lib/mutations/update-meeting records).
    const mansouri = await officialId("mansouri");
    await t.db.meetingParticipant.deleteMany({ where: { meetingId, officialId: mansouri } });
    await t.db.meetingParticipant.updateMany({
      where: { meetingId, officialId: await officialId("bourita") },
      data: { side: "other" },
    });
    await t.db.meeting.update({
      where: { id: meetingId },
      data: {
        dateStart: "2024-03-11",
        dateEnd: "2024-03-13",
        precision: "range",
        place: null,
        country: null,
        topics: JSON.stringify(["الأمن"]),
        status: "planned",
        corrected: JSON.stringify(["date", "participants", "place", "status", "topics"]),
      },
    });
    const settled = await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });

    // A third report: sharper date, a place, new topics, Mansouri again and Rmail, Bourita as a guest.
    const c = await ingest(
      "استقبل عبد اللطيف حموشي يوم 12 مارس 2024 بالرباط ناصر بوريطة وياسين المنصوري وبوشعيب ارميل، وتناول اللقاء الهجرة غير النظامية والجريمة المنظمة.",
    );
    expect(c.meetingIds).toEqual([meetingId]);
    expect(await participants(meetingId)).toEqual([
      { slug: "hammouchi", side: "host" },
      { slug: "bourita", side: "other" },
    ]);
    const after = await t.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(after).toMatchObject({
      dateStart: "2024-03-11",
      dateEnd: "2024-03-13",
      precision: "range",
      place: null,
      topics: JSON.stringify(["الأمن"]),
      status: "planned",
      corrected: settled.corrected,
    });
    // The report itself is kept: the meeting lists the new article as a source, with its evidence.
    expect(await t.db.meetingSource.count({ where: { meetingId, articleId: c.articleId } })).toBe(1);
    expect(await t.db.evidence.count({ where: { meetingId, articleId: c.articleId, kind: "meeting" } })).toBe(1);
    // Only for participants the admin kept: nothing points at a participant row that does not exist.
    const orphan = await t.db.evidence.count({
      where: { meetingId, articleId: c.articleId, kind: "participant", participantId: null },
    });
    expect(orphan).toBe(0);
  });
});

describe("the ingest's audit row", () => {
  it("is written with the article (actor: system) and a failure writing it leaves no article behind", async () => {
    const text =
      "استقبل ناصر بوريطة، وزير الخارجية، يوم 3 أبريل 2024 بالرباط، عبد اللطيف حموشي، وتناول اللقاء التنسيق الأمني.";
    const counts = async () => ({
      articles: await t.db.article.count(),
      meetings: await t.db.meeting.count(),
      participants: await t.db.meetingParticipant.count(),
      evidence: await t.db.evidence.count(),
      audit: await t.db.auditLog.count(),
    });
    const before = await counts();
    // The same client, with the audit insert failing: the article's transaction must roll back whole.
    const failing = t.db.$extends({
      query: {
        auditLog: {
          create() {
            throw new Error("audit insert failed");
          },
        },
      },
    }) as unknown as Db;
    await expect(ingestArticle(failing, { text }, knowledge)).rejects.toThrow("audit insert failed");
    expect(await counts()).toEqual(before);

    const r = await ingestArticle(t.db, { text, file: "audit.txt" }, knowledge);
    expect(r.status).toBe("created");
    if (r.status !== "created") return;
    const rows = await t.db.auditLog.findMany({ where: { entity: "Article", entityId: String(r.articleId) } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "ingest", actorId: null });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ file: "audit.txt", meetings: 1 });
  });
});

describe("search follows ingest", () => {
  it("finds a batch's article, its meeting and its official right after ingest, without waiting for the catch-up", async () => {
    // The index exists and this process has looked at it (its catch-up would only run seconds later).
    expect(await searchOfficialIds(t.db, "زقزوق")).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-search-"));
    try {
      fs.writeFileSync(
        path.join(dir, "s.txt"),
        "استقبل ناصر بوريطة، وزير الخارجية، يوم 20 مايو 2024 بالرباط، السفير زقزوق الفلاني، وتناول اللقاء قضايا الطاقة المتجددة والهيدروجين الأخضر.\n",
      );
      fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([{ file: "s.txt", published: "2024-05-21" }]));
      const report = await ingestManifest(t.db, dir, knowledge);
      if ("fatal" in report) throw new Error(report.fatal);
      expect(report.created).toBe(1);
      const created = report.results[0]!;
      if (created.status !== "created") throw new Error("not stored");
      expect(await searchArticleIds(t.db, "الهيدروجين الأخضر")).toEqual([created.articleId]);
      expect(await searchMeetingIds(t.db, "الهيدروجين")).toEqual(expect.arrayContaining(created.meetingIds));
      const bourita = await officialId("bourita");
      expect(await searchOfficialIds(t.db, "بوريطة")).toContain(bourita);
      expect(await searchMeetingIds(t.db, "بوريطة")).toEqual(expect.arrayContaining(created.meetingIds));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("scripts end with a searchable database", () => {
  /** Rows in the search index itself (not through search(), whose safety net would build a missing index). */
  async function indexed(db: Db): Promise<number> {
    const pg = /^postgres/.test(t.url);
    const exists = (await db.$queryRawUnsafe(
      pg
        ? "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'search_doc'"
        : "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'",
    )) as { n: bigint | number }[];
    if (Number(exists[0]!.n) === 0) return 0;
    const rows = (await db.$queryRawUnsafe(
      pg ? "SELECT count(*) AS n FROM search_doc" : "SELECT count(*) AS n FROM search_fts",
    )) as { n: bigint | number }[];
    return Number(rows[0]!.n);
  }

  it("npm run import leaves the search index built for the imported rows", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-import-"));
    const target = await createTestDb();
    await ingestArticle(
      t.db,
      { text: "استقبل ناصر بوريطة، وزير الخارجية، يوم 9 يونيو 2024 بالرباط، عبد اللطيف حموشي، لبحث قضايا الاستيراد." },
      knowledge,
    );
    try {
      const out = path.join(dir, "out.json");
      execFileSync("npx", ["tsx", "scripts/export.ts", out], {
        env: { ...process.env, DATABASE_URL: t.url },
        stdio: "pipe",
      });
      expect(await indexed(target.db)).toBe(0);
      execFileSync("npx", ["tsx", "scripts/import.ts", out], {
        env: { ...process.env, DATABASE_URL: target.url },
        stdio: "pipe",
      });
      const articles = await target.db.article.count();
      expect(articles).toBeGreaterThan(0);
      expect(await indexed(target.db)).toBeGreaterThanOrEqual(articles);
    } finally {
      await target.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("merging officials", () => {
  it("bumps the version of every meeting whose participants it changed, so open editors must reload", async () => {
    const mk = (slug: string, nameAr: string) =>
      t.db.official.create({ data: { slug, nameAr, origin: "extract" }, select: { id: true } });
    const survivor = await mk("merge-survivor", "سعيد الناجي");
    const other = await mk("merge-other", "سعيد ناجي");
    const host = await mk("merge-host", "كريم الضيف");
    const meeting = await t.db.meeting.create({
      data: { sortKey: "2024-01-01", dateStart: "2024-01-01", precision: "day" },
      select: { id: true, version: true },
    });
    const untouched = await t.db.meeting.create({
      data: { sortKey: "2024-01-02", dateStart: "2024-01-02", precision: "day" },
      select: { id: true, version: true },
    });
    await t.db.meetingParticipant.createMany({
      data: [
        { meetingId: meeting.id, officialId: host.id, side: "host", resolvedBy: "name", position: 0 },
        { meetingId: meeting.id, officialId: other.id, side: "guest", resolvedBy: "name", position: 1 },
        { meetingId: untouched.id, officialId: host.id, side: "host", resolvedBy: "name", position: 0 },
      ],
    });
    const r = await mergeOfficials(t.db, null as unknown as number, { survivorId: survivor.id, otherId: other.id });
    expect(r).toMatchObject({ ok: true, meetingIds: [meeting.id] });
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version).toBe(meeting.version + 1);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: untouched.id } })).version).toBe(untouched.version);
  });
});
