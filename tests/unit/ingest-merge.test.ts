// Cross-article merge, driven by hand-made extraction results so the rules are tested apart
// from the extractor's accuracy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractedMeeting, ExtractionResult } from "@/lib/extract/types";
import { datesCompatible, mergeDate, storeArticle } from "@/lib/ingest";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.cleanup());

const span = (text: string) => ({ start: 0, end: text.length, text });

function person(key: string, name: string) {
  return { key, known: false, name, nameEn: null, role: null, agency: null, country: null, mentions: [span(name)] };
}

function meeting(keys: string[], date: Partial<ExtractedMeeting["date"]>, evidence: string): ExtractedMeeting {
  return {
    participants: keys.map((k, i) => ({
      officialKey: k,
      name: k,
      nameEn: null,
      role: null,
      side: i === 0 ? "host" : "guest",
      resolvedBy: "name",
      evidence: null,
    })),
    date: {
      start: null,
      end: null,
      precision: "unknown",
      text: "",
      span: null,
      explanation: "",
      dependsOnPublished: false,
      ...date,
    },
    place: "مدينة الاختبار",
    placeSpan: null,
    country: null,
    status: "held",
    topics: ["موضوع"],
    evidence: span(evidence),
  };
}

let n = 0;
async function store(result: ExtractionResult) {
  const text = `نص اختبار رقم ${++n} ${Math.random()}`;
  const r = await storeArticle(t.db, { text, published: null }, result);
  if (r.status !== "created") throw new Error("not created");
  return r.articleId;
}

describe("cross-article merge", () => {
  it("joins two reports of one meeting: one meeting, two sources, both evidence quotes, sharper date kept", async () => {
    const people = [person("merge-a", "الأول ألف"), person("merge-b", "الثاني باء"), person("merge-c", "الثالث جيم")];
    const a1 = await store({
      officials: people,
      agencies: [],
      meetings: [
        meeting(
          ["merge-a", "merge-b", "merge-c"],
          { start: "2022-06-01", end: "2022-06-30", precision: "month" },
          "خبر أول",
        ),
      ],
    });
    const a2 = await store({
      officials: people.slice(0, 2),
      agencies: [],
      meetings: [
        meeting(["merge-a", "merge-b"], { start: "2022-06-13", end: "2022-06-14", precision: "range" }, "خبر ثان"),
      ],
    });
    const rows = await t.db.meeting.findMany({
      where: { participants: { some: { official: { slug: "merge-a" } } } },
      select: {
        dateStart: true,
        dateEnd: true,
        precision: true,
        sources: { select: { articleId: true, precision: true } },
        evidence: { select: { text: true, kind: true } },
        participants: true,
      },
    });
    expect(rows).toHaveLength(1);
    const m = rows[0]!;
    expect(m.sources.map((s) => s.articleId).sort()).toEqual([a1, a2].sort());
    // Each source keeps what it said.
    expect(m.sources.find((s) => s.articleId === a1)?.precision).toBe("month");
    expect(
      m.evidence
        .filter((e) => e.kind === "meeting")
        .map((e) => e.text)
        .sort(),
    ).toEqual(["خبر أول", "خبر ثان"]);
    expect(m).toMatchObject({ dateStart: "2022-06-13", dateEnd: "2022-06-14", precision: "range" });
    expect(m.participants).toHaveLength(3);
  });

  it("keeps apart the same pair on dates that do not overlap, and undated reports", async () => {
    const people = [person("apart-a", "رابع دال"), person("apart-b", "خامس هاء")];
    await store({
      officials: people,
      agencies: [],
      meetings: [meeting(["apart-a", "apart-b"], { start: "2021-01-18", end: "2021-01-18", precision: "day" }, "أ")],
    });
    await store({
      officials: people,
      agencies: [],
      meetings: [meeting(["apart-a", "apart-b"], { start: "2020-09-24", end: "2020-09-24", precision: "day" }, "ب")],
    });
    await store({ officials: people, agencies: [], meetings: [meeting(["apart-a", "apart-b"], {}, "ج")] });
    expect(await t.db.meeting.count({ where: { participants: { some: { official: { slug: "apart-a" } } } } })).toBe(3);
  });

  it("never re-creates or revives a meeting an admin rejected", async () => {
    const people = [person("rej-a", "سادس واو"), person("rej-b", "سابع زاي")];
    const d = { start: "2019-05-05", end: "2019-05-05", precision: "day" as const };
    await store({ officials: people, agencies: [], meetings: [meeting(["rej-a", "rej-b"], d, "أ")] });
    await t.db.meeting.updateMany({
      where: { participants: { some: { official: { slug: "rej-a" } } } },
      data: { reviewStatus: "rejected" },
    });
    await store({ officials: people, agencies: [], meetings: [meeting(["rej-a", "rej-b"], d, "ب")] });
    const rows = await t.db.meeting.findMany({
      where: { participants: { some: { official: { slug: "rej-a" } } } },
      select: { reviewStatus: true },
    });
    expect(rows).toEqual([{ reviewStatus: "rejected" }]);
  });
});

describe("merge rules", () => {
  it("dates are compatible only when both are known and overlap", () => {
    expect(
      datesCompatible({ start: "2022-06-01", end: "2022-06-30" }, { start: "2022-06-13", end: "2022-06-14" }),
    ).toBe(true);
    expect(datesCompatible({ start: "2022-06-01", end: "2022-06-30" }, { start: "2022-07-01", end: null })).toBe(false);
    expect(datesCompatible({ start: null, end: null }, { start: "2022-07-01", end: null })).toBe(false);
  });
  it("the more precise date wins, then the narrower", () => {
    expect(
      mergeDate(
        { start: "2022-06-01", end: "2022-06-30", precision: "month" },
        { start: "2022-06-13", end: "2022-06-14", precision: "range" },
      ),
    ).toEqual({ fromSecond: true });
    expect(
      mergeDate(
        { start: "2022-06-13", end: "2022-06-13", precision: "day" },
        { start: "2022-06-01", end: "2022-06-30", precision: "month" },
      ),
    ).toEqual({ fromSecond: false });
    expect(
      mergeDate(
        { start: "2020-12-01", end: "2020-12-31", precision: "approximate" },
        { start: "2020-12-11", end: "2020-12-20", precision: "approximate" },
      ),
    ).toEqual({ fromSecond: true });
  });

  it("keeps apart two sittings one article reports of the same pair, and never merges an article's meeting into another of its own", async () => {
    const people = [person("own-a", "الخامس هاء"), person("own-b", "السادس واو")];
    const id = await store({
      officials: people,
      agencies: [],
      meetings: [
        meeting(["own-a", "own-b"], { start: "2023-03-01", end: "2023-03-03", precision: "range" }, "الجولة الأولى"),
        meeting(["own-a", "own-b"], { start: "2023-03-02", end: "2023-03-02", precision: "day" }, "الجولة الثانية"),
      ],
    });
    const sources = await t.db.meetingSource.findMany({ where: { articleId: id }, select: { meetingId: true } });
    expect(new Set(sources.map((s) => s.meetingId)).size).toBe(2);
  });

  it("one person named twice in a report is one participant with both quotes; two keys with one name are one official", async () => {
    const text = "نص فيه السابع زاي مرتين";
    const twin = { ...person("twin-1", "السابع زاي"), mentions: [span("السابع زاي")] };
    const twin2 = { ...person("twin-2", "السّابع زاي"), mentions: [{ start: 3, end: 13, text: "السابع زاي" }] };
    const m = meeting(
      ["twin-1", "twin-1", "own-b"],
      { start: "2023-05-05", end: "2023-05-05", precision: "day" },
      "لقاء",
    );
    m.participants[0] = { ...m.participants[0]!, side: "other", evidence: span("نص") };
    m.participants[1] = { ...m.participants[1]!, side: "host", evidence: { start: 3, end: 5, text: "فيه" } };
    const r = await storeArticle(
      t.db,
      { text, published: null },
      { officials: [twin, twin2, person("own-b", "السادس واو")], agencies: [], meetings: [m] },
    );
    if (r.status !== "created") throw new Error("not created");
    const [meetingId] = r.meetingIds;
    const parts = await t.db.meetingParticipant.findMany({
      where: { meetingId },
      select: { side: true, officialId: true, evidence: { select: { text: true }, orderBy: { start: "asc" } } },
      orderBy: { position: "asc" },
    });
    expect(parts).toHaveLength(2);
    // the repeated person keeps one row, takes the sharper side, and both evidence quotes point at it
    expect(parts[0]).toMatchObject({ side: "host", evidence: [{ text: "نص" }, { text: "فيه" }] });
    const officials = await t.db.official.findMany({ where: { slug: { in: ["twin-1", "twin-2"] } } });
    expect(officials).toHaveLength(1);
  });
});
