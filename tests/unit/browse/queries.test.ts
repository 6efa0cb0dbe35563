import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/queries/articles";
import { getAgency, listAgencies } from "@/lib/queries/agencies";
import { getMeeting } from "@/lib/queries/meetings";
import { getOfficial, listCounterparts, listOfficialArticles, listOfficials } from "@/lib/queries/officials";
import { getTimelinePage, listRecentForFeed, listViewForExport, prepareView } from "@/lib/queries/timeline";
import { parseTimelineFilters, type TimelineFilters } from "@/lib/schemas/timeline-filters";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { addMeeting, createBrowseFixture, type Fixture } from "./fixtures";

let t: TestDb;
let f: Fixture;
beforeAll(async () => {
  t = await createTestDb();
  f = await createBrowseFixture(t.db);
});
afterAll(async () => t.cleanup());

async function ids(query: string, pageSize = 50): Promise<number[]> {
  const view = await prepareView(parseTimelineFilters(new URLSearchParams(query)).filters, {}, t.db);
  return (await getTimelinePage(view, pageSize, t.db)).meetings.map((m) => m.id);
}

describe("timeline query", () => {
  it("shows live meetings newest first, undated last, never rejected or deleted ones", async () => {
    const m = f.meetings;
    expect(await ids("")).toEqual([
      m.wray2023,
      m.washington,
      m.farewell,
      m.greenway,
      m.esperTunis,
      m.fischerSept2020,
      m.undated,
    ]);
    expect(await ids("order=asc")).toEqual([
      m.undated,
      m.fischerSept2020,
      m.esperTunis,
      m.greenway,
      m.farewell,
      m.washington,
      m.wray2023,
    ]);
  });

  it("puts the host first and fetches participants and sources with the meetings", async () => {
    const view = await prepareView(parseTimelineFilters({}).filters, {}, t.db);
    const page = await getTimelinePage(view, 50, t.db);
    const washington = page.meetings.find((x) => x.id === f.meetings.washington)!;
    expect(washington.participants.map((p) => p.official?.slug ?? p.roleText)).toEqual([
      "wray",
      "hammouchi",
      "مدير وكالة الاستخبارات المركزية",
    ]);
    expect(washington.sources).toEqual([
      { articleId: f.articles.a1, title: expect.any(String), source: null, published: null },
    ]);
    expect(washington.topics).toEqual(["تبادل الخبرات"]);
    expect(page.total).toBe(7);
    expect(page.span).toEqual({ min: "2020-09-24", max: "2023-02-21" });
  });

  it("filters by one official, by several (meetings that joined them all), by slug or by name", async () => {
    const m = f.meetings;
    expect((await ids("official=fischer")).sort()).toEqual(
      [m.fischerSept2020, m.greenway, m.farewell, m.undated].sort(),
    );
    expect((await ids("official=fischer&official=greenway")).sort()).toEqual([m.greenway]);
    expect(await ids(`official=${encodeURIComponent("الحموشي")}&official=wray`)).toEqual([m.wray2023, m.washington]);
    // An official merged into Hammouchi filters as Hammouchi.
    expect(await ids("official=hamouchi-dup&official=wray")).toEqual([m.wray2023, m.washington]);
  });

  it("ignores an unknown official and says so", async () => {
    const view = await prepareView(parseTimelineFilters({ official: ["nobody", "wray"] }).filters, {}, t.db);
    expect(view.refs.unknownOfficials).toEqual(["nobody"]);
    expect(view.refs.officials.map((o) => o.slug)).toEqual(["wray"]);
  });

  it("filters by partial date ranges, inclusive, by overlap", async () => {
    const m = f.meetings;
    expect((await ids("from=2020-12&to=2021")).sort()).toEqual([m.greenway, m.farewell].sort());
    expect(await ids("from=2022-06-14&to=2022-06-20")).toEqual([m.washington]);
    expect(await ids("from=2023")).toEqual([m.wray2023]);
    expect(await ids("to=2020-09")).toEqual([m.esperTunis, m.fischerSept2020]);
  });

  it("filters by status, review, country, agency and text", async () => {
    const m = f.meetings;
    expect(await ids("status=planned")).toEqual([m.esperTunis]);
    expect(await ids("review=reviewed")).toEqual([m.wray2023]);
    expect(await ids("country=TN")).toEqual([m.esperTunis]);
    // Country: where the meeting was, or where a participant comes from.
    expect(await ids("country=US&from=2023")).toEqual([m.wray2023]);
    expect(await ids("agency=fbi")).toEqual([m.wray2023, m.washington]);
    expect(await ids("agency=FBI")).toEqual([m.wray2023, m.washington]);
    expect(await ids(`q=${encodeURIComponent("واشنطن")}`)).toEqual([m.washington]);
    // Names match the meeting itself; a word of an article's text matches that article's meetings.
    expect(await ids("q=Greenway")).toContain(m.greenway);
    expect(await ids("q=Greenway")).not.toContain(m.wray2023);
  });

  it("pages by (sortKey, id) and stays stable when meetings are inserted meanwhile", async () => {
    const db = t.db;
    const base: TimelineFilters = { official: ["hammouchi"], order: "desc" };
    const first = await getTimelinePage(await prepareView(base, {}, db), 2, db);
    expect(first.meetings).toHaveLength(2);
    expect(first.total).toBe(6);
    expect(first.next).not.toBeNull();
    // A newer meeting and one on the same day as the page boundary arrive between requests.
    const newer = await addMeeting(db, f, "2024-01-01");
    // Same day as the page boundary: a higher id sorts before the cursor, so it belongs to page one.
    const sameDay = await addMeeting(db, f, first.meetings[1]!.dateStart!);
    const older = await addMeeting(db, f, "2019-03-01");
    try {
      const seen = [...first.meetings.map((x) => x.id)];
      let after = first.next;
      while (after) {
        const page = await getTimelinePage(await prepareView({ ...base, after }, {}, db), 2, db);
        seen.push(...page.meetings.map((x) => x.id));
        after = page.next;
      }
      // No meeting twice, none skipped; the new ones show where they sort.
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).not.toContain(newer);
      expect(seen).not.toContain(sameDay);
      expect(seen.slice(2)).toEqual([
        f.meetings.farewell,
        f.meetings.greenway,
        f.meetings.fischerSept2020,
        older,
        f.meetings.undated,
      ]);
    } finally {
      await db.meeting.deleteMany({ where: { id: { in: [newer, sameDay, older] } } });
    }
  });

  it("exports the whole view, and feeds the most recent changes", async () => {
    const view = await prepareView({ official: ["wray"], order: "desc" }, {}, t.db);
    const { meetings, truncated } = await listViewForExport(view, t.db);
    expect(truncated).toBe(false);
    expect(meetings.map((m) => m.id)).toEqual([f.meetings.wray2023, f.meetings.washington]);
    expect(meetings[0]!.dateExplanation).toBe("");
    const feed = await listRecentForFeed(view, 1, t.db);
    expect(feed).toHaveLength(1);
  });
});

describe("official, meeting, article and agency reads", () => {
  it("finds an official, redirects a merged one, misses an unknown one", async () => {
    const found = await getOfficial("hammouchi", t.db);
    expect(found.kind).toBe("found");
    if (found.kind === "found") {
      expect(found.countryName).toBe("المغرب");
      expect(found.official.aliases.map((a) => a.alias)).toContain("Hammouchi");
      expect(found.official.tenures[0]?.position.agency?.slug).toBe("dgsn");
    }
    expect(await getOfficial("hamouchi-dup", t.db)).toEqual({ kind: "merged", slug: "hammouchi" });
    expect(await getOfficial("nobody", t.db)).toEqual({ kind: "missing" });
  });

  it("ranks counterparts by number of meetings with their span", async () => {
    const cps = await listCounterparts(f.officials.hammouchi!, t.db);
    expect(cps.map((c) => [c.slug, c.count, c.first, c.last])).toEqual([
      ["fischer", 4, "2020-09-24", "2021-01-18"],
      ["wray", 2, "2022-06-13", "2023-02-21"],
      ["greenway", 1, "2020-12-11", "2020-12-11"],
    ]);
  });

  it("lists officials with live meeting counts, without merged ones, searchable", async () => {
    const all = await listOfficials({}, t.db);
    expect(all[0]).toMatchObject({ slug: "hammouchi", meetings: 6 });
    expect(all.map((o) => o.slug)).not.toContain("hamouchi-dup");
    expect((await listOfficials({ q: "Fischer" }, t.db)).map((o) => o.slug)).toEqual(["fischer"]);
    expect((await listOfficialArticles(f.officials.hammouchi!, t.db)).map((a) => a.article.id).sort()).toEqual(
      Object.values(f.articles).sort(),
    );
  });

  it("reads a meeting with its sources' evidence; rejected and deleted ones are not found", async () => {
    const m = await getMeeting(f.meetings.fischerSept2020!, t.db);
    expect(m?.dateExplanation).toBe("«الخميس» قبل تاريخ النشر 29 سبتمبر 2020");
    expect(m?.sources[0]?.evidence.map((e) => e.kind)).toEqual(["meeting", "date"]);
    expect(m?.countryName).toBe("المغرب");
    expect(await getMeeting(f.meetings.rejected!, t.db)).toBeNull();
    expect(await getMeeting(f.meetings.deleted!, t.db)).toBeNull();
  });

  it("reads an article with only live meetings' evidence", async () => {
    const a = await getArticle(f.articles.a3, t.db);
    expect(a?.sources.map((s) => s.meetingId).sort()).toEqual(
      [f.meetings.fischerSept2020, f.meetings.esperTunis].sort(),
    );
    expect(a?.evidence.every((e) => a.text.slice(e.start, e.end).length > 0)).toBe(true);
    expect(a?.evidence.some((e) => e.meetingId === f.meetings.rejected)).toBe(false);
  });

  it("lists agencies and reads one with its positions and holders", async () => {
    expect((await listAgencies(t.db)).find((a) => a.slug === "fbi")).toMatchObject({ officials: 1, positions: 1 });
    const fbi = await getAgency("fbi", t.db);
    expect(fbi?.positions[0]?.tenures[0]?.official.nameAr).toBe("كريستوفر راي");
    expect(await getAgency("nope", t.db)).toBeNull();
  });
});
