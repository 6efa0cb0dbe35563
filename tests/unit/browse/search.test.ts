import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureSearchIndex,
  rebuildSearchIndex,
  searchArticleIds,
  searchMeetingIds,
  searchOfficialIds,
  syncSearchIndex,
} from "@/lib/search";
import { ftsMatchExpression, indexText, queryTokens } from "@/lib/search/text";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { createBrowseFixture, type Fixture } from "./fixtures";

describe("search text normalization", () => {
  it("folds hamza forms, ta marbuta, alef maqsura, harakat and tatweel; lowercases Latin", () => {
    expect(indexText(["أفريل هاينز", "مُديرةُ", "مصطفى", "الـرباط", "David FISCHER"]).body).toBe(
      "افريل هاينز مديره مصطفي الرباط david fischer",
    );
  });
  it("indexes a clitic-stripped form beside the normalized one", () => {
    const t = indexText(["بالرباط والحموشي"]);
    expect(t.body).toBe("بالرباط والحموشي");
    expect(t.stems).toBe("رباط حموشي");
  });
  it("turns a query into quoted words only: no FTS5 operator survives", () => {
    const tokens = queryTokens('حموشي" OR * NEAR(x) - ^col: و "');
    expect(tokens.map((t) => t.norm)).toEqual(["حموشي", "or", "near", "col"]);
    const expr = ftsMatchExpression(tokens);
    expect(expr).toBe(
      '(body : "حموشي"* OR stems : "حموشي"*) AND (body : "or"* OR stems : "or"*) AND (body : "near"* OR stems : "near"*) AND (body : "col"* OR stems : "col"*)',
    );
    expect(queryTokens("   ؟!  ")).toEqual([]);
  });
});

describe("search index (FTS5 on SQLite, its LIKE twin on PostgreSQL)", () => {
  let t: TestDb;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestDb();
    f = await createBrowseFixture(t.db);
    await ensureSearchIndex(t.db);
    await rebuildSearchIndex(t.db);
  });
  afterAll(async () => t.cleanup());

  const hammouchiMeetings = () =>
    [
      f.meetings.fischerSept2020,
      f.meetings.greenway,
      f.meetings.farewell,
      f.meetings.washington,
      f.meetings.wray2023,
      f.meetings.undated,
    ].sort();

  it("finds an official with or without the article «ال», and in Latin script", async () => {
    for (const q of ["حموشي", "الحموشي", "Hammouchi", "hammouchi", "عبداللطيف"]) {
      expect(await searchOfficialIds(t.db, q), q).toEqual([f.officials.hammouchi]);
    }
    expect(await searchOfficialIds(t.db, "Fischer")).toEqual([f.officials.fischer]);
    expect(await searchOfficialIds(t.db, "دايفيد")).toEqual([f.officials.fischer]);
  });

  it("matches meetings by participants' Latin names and aliases", async () => {
    expect((await searchMeetingIds(t.db, "Hammouchi"))?.sort()).toEqual(hammouchiMeetings());
    const fischer = await searchMeetingIds(t.db, "Fischer");
    expect(fischer).toContain(f.meetings.farewell);
    expect(fischer).not.toContain(f.meetings.washington);
  });

  it("matches places through clitics and topics through spelling variants", async () => {
    const rabat = (await searchMeetingIds(t.db, "بالرباط"))?.sort();
    expect(rabat).toEqual(expect.arrayContaining([f.meetings.wray2023, f.meetings.farewell, f.meetings.greenway]));
    expect((await searchMeetingIds(t.db, "الرباط"))?.sort()).toEqual(rabat);
    expect((await searchMeetingIds(t.db, "رباط"))?.sort()).toEqual(rabat);
    const tunis = await searchMeetingIds(t.db, "تونس");
    expect(tunis).toContain(f.meetings.esperTunis);
    expect(tunis).not.toContain(f.meetings.wray2023);
    // «الإرهاب» with hamza, «الارهاب» without: one word.
    expect(await searchMeetingIds(t.db, "الارهاب")).toContain(f.meetings.fischerSept2020);
    expect(await searchMeetingIds(t.db, "واشنطن")).toEqual([f.meetings.washington]);
  });

  it("reaches meetings through their articles' text, and ignores harakat in the query", async () => {
    // «جولته» appears only in article a3's text.
    const viaText = await searchMeetingIds(t.db, "جَوْلَتُهُ");
    expect(viaText?.sort()).toEqual([f.meetings.fischerSept2020, f.meetings.esperTunis].sort());
    expect(await searchArticleIds(t.db, "جولته")).toEqual([f.articles.a3]);
  });

  it("never indexes rejected or deleted meetings, and needs every word", async () => {
    const all = await searchMeetingIds(t.db, "فيشر");
    expect(all).not.toContain(f.meetings.rejected);
    expect(await searchMeetingIds(t.db, "حموشي واشنطن")).toEqual([f.meetings.washington]);
    expect(await searchMeetingIds(t.db, "كلمةغيرموجودة")).toEqual([]);
    expect(await searchMeetingIds(t.db, " ! ")).toBeNull();
  });

  it("keeps up with edits through syncSearchIndex", async () => {
    await t.db.officialAlias.create({
      data: { officialId: f.officials.wray, alias: "Lionheart Wray", normalized: "lionheart wray" },
    });
    expect(await searchMeetingIds(t.db, "Lionheart")).toEqual([]);
    await syncSearchIndex(t.db, { officialIds: [f.officials.wray] });
    expect((await searchMeetingIds(t.db, "Lionheart"))?.sort()).toEqual(
      [f.meetings.washington, f.meetings.wray2023].sort(),
    );
    expect(await searchOfficialIds(t.db, "lionheart")).toEqual([f.officials.wray]);

    await t.db.meeting.update({ where: { id: f.meetings.washington }, data: { deletedAt: new Date() } });
    await syncSearchIndex(t.db, { meetingIds: [f.meetings.washington] });
    expect(await searchMeetingIds(t.db, "واشنطن")).toEqual([]);
  });

  it("catches up by itself with rows a writer changed without syncing", async () => {
    expect(await searchOfficialIds(t.db, "Zorro")).toEqual([]);
    await t.db.official.update({ where: { id: f.officials.greenway }, data: { nameEn: "Robert Zorro Greenway" } });
    await new Promise((r) => setTimeout(r, 5_200));
    expect(await searchOfficialIds(t.db, "Zorro")).toEqual([f.officials.greenway]);
    expect(await searchMeetingIds(t.db, "Zorro")).toEqual([f.meetings.greenway]);
  });

  it("is idempotent to ensure and rebuild", async () => {
    expect(await ensureSearchIndex(t.db)).toBe(false);
    const a = await rebuildSearchIndex(t.db);
    const b = await rebuildSearchIndex(t.db);
    expect(a).toEqual(b);
    expect(await searchOfficialIds(t.db, "حموشي")).toEqual([f.officials.hammouchi]);
  });
});

describe("search index creation by a sync", () => {
  let t: TestDb;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestDb();
    f = await createBrowseFixture(t.db);
  });
  afterAll(async () => t.cleanup());

  it("builds the whole index when a sync finds none, not only the rows it was given", async () => {
    // No index yet: a sync naming one meeting must still leave every document searchable.
    await syncSearchIndex(t.db, { meetingIds: [f.meetings.washington] });
    expect(await ensureSearchIndex(t.db)).toBe(false);
    expect((await searchMeetingIds(t.db, "Hammouchi"))?.sort()).toEqual(
      [
        f.meetings.fischerSept2020,
        f.meetings.greenway,
        f.meetings.farewell,
        f.meetings.washington,
        f.meetings.wray2023,
        f.meetings.undated,
      ].sort(),
    );
    expect(await searchOfficialIds(t.db, "Fischer")).toEqual([f.officials.fischer]);
    expect(await searchArticleIds(t.db, "كريستوفر")).toEqual([f.articles.a1]);
  });
});
