// Views larger than one SQL statement may bind: a search that matches over a thousand meetings
// used to fail (Prisma allows 999 bound values a SQLite statement). Its pages, total, span,
// export and feed must agree with a brute-force reading of the same hits. And the cached
// aggregates (totals, spans, filter options, counterparts) must follow writes at once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getFilterOptions } from "@/lib/queries/filter-options";
import { listCounterparts } from "@/lib/queries/officials";
import { getTimelinePage, listRecentForFeed, listViewForExport, prepareView } from "@/lib/queries/timeline";
import { parseTimelineFilters } from "@/lib/schemas/timeline-filters";
import { searchMeetingIds } from "@/lib/search";
import { generateCorpus, type CorpusInfo } from "@/scripts/bench/generate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-large-"));
let db: Db;
let info: CorpusInfo;
/** In almost every meeting's document (roles, article texts). */
const COMMON = "وزير";

beforeAll(async () => {
  const file = path.join(dir, "large.db");
  info = await generateCorpus({ meetings: 1100, officials: 40, articles: 300, seed: 11, db: file });
  db = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) }) as unknown as Db;
});

afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = { id: number; sortKey: string; dateStart: string | null; updatedAt: Date };
const desc = (a: Row, b: Row) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : b.id - a.id);
const live = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;

async function liveRows(): Promise<Row[]> {
  return db.meeting.findMany({ where: live, select: { id: true, sortKey: true, dateStart: true, updatedAt: true } });
}

async function view(params: Record<string, string>) {
  return prepareView(parseTimelineFilters(params).filters, {}, db);
}

/** Every page of a view, following the cursors. */
async function walk(params: Record<string, string>, pageSize: number) {
  const ids: number[] = [];
  let after: string | undefined;
  let first: Awaited<ReturnType<typeof getTimelinePage>> | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await getTimelinePage(await view({ ...params, ...(after ? { after } : {}) }), pageSize, db);
    first ??= page;
    ids.push(...page.meetings.map((m) => m.id));
    if (!page.next) break;
    after = `${page.next.sortKey}_${page.next.id}`;
  }
  return { ids, total: first?.total, span: first?.span };
}

describe("a search with more hits than a statement may bind", () => {
  it("pages, counts, spans, exports and feeds exactly the live hits", async () => {
    const hits = (await searchMeetingIds(db, COMMON)) ?? [];
    expect(hits.length).toBeGreaterThan(999);
    const set = new Set(hits);
    const expected = (await liveRows()).filter((r) => set.has(r.id)).sort(desc);
    const dated = expected
      .map((r) => r.dateStart)
      .filter((d): d is string => d !== null)
      .sort();

    const got = await walk({ q: COMMON }, 200);
    expect(got.total).toBe(expected.length);
    expect(got.ids).toEqual(expected.map((r) => r.id));
    expect(got.span).toEqual({ min: dated[0], max: dated.at(-1) });

    const asc = await walk({ q: COMMON, order: "asc" }, 300);
    expect(asc.ids).toEqual(expected.map((r) => r.id).reverse());

    const exported = await listViewForExport(await view({ q: COMMON }), db);
    expect(exported.meetings.map((m) => m.id)).toEqual(expected.map((r) => r.id));
    expect(exported.truncated).toBe(false);

    const recent = [...expected]
      .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id)
      .slice(0, 20);
    expect((await listRecentForFeed(await view({ q: COMMON }), 20, db)).map((m) => m.id)).toEqual(
      recent.map((r) => r.id),
    );
  });

  it("combines the search with an official filter", async () => {
    const slug = info.topOfficial?.slug ?? "";
    const official = await db.official.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const hits = new Set((await searchMeetingIds(db, COMMON)) ?? []);
    const theirs = new Set(
      (await db.meetingParticipant.findMany({ where: { officialId: official.id }, select: { meetingId: true } })).map(
        (p) => p.meetingId,
      ),
    );
    const expected = (await liveRows()).filter((r) => hits.has(r.id) && theirs.has(r.id)).sort(desc);
    expect(expected.length).toBeGreaterThan(25);
    const got = await walk({ q: COMMON, official: slug }, 25);
    expect(got.total).toBe(expected.length);
    expect(got.ids).toEqual(expected.map((r) => r.id));
  });
});

describe("cached aggregates follow writes", () => {
  it("totals and spans of plain and search views", async () => {
    const plain = async () => getTimelinePage(await view({}), 25, db);
    const search = async () => getTimelinePage(await view({ q: COMMON }), 25, db);
    const [before, beforeSearch] = [await plain(), await search()];
    // The newest meeting of the search view disappears (an admin's soft delete).
    const gone = beforeSearch.meetings[0]!.id;
    await db.meeting.update({ where: { id: gone }, data: { deletedAt: new Date() } });
    const [after, afterSearch] = [await plain(), await search()];
    expect(after.total).toBe(before.total - 1);
    expect(afterSearch.total).toBe(beforeSearch.total - 1);
    expect(afterSearch.meetings.map((m) => m.id)).not.toContain(gone);
    await db.meeting.update({ where: { id: gone }, data: { deletedAt: null } });
    expect((await plain()).total).toBe(before.total);
    expect((await search()).total).toBe(beforeSearch.total);

    // A meeting dated before every other one widens the span.
    const early = await db.meeting.update({
      where: { id: gone },
      data: { dateStart: "1990-01-02", sortKey: "1990-01-02" },
      select: { dateStart: true },
    });
    expect((await plain()).span.min).toBe(early.dateStart);
  });

  it("filter options and counterparts", async () => {
    const slug = info.topOfficial?.slug ?? "";
    const top = await db.official.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const before = await listCounterparts(top.id, db);
    const first = before[0]!;
    // One meeting of the official with the first counterpart is rejected by an admin.
    const shared = await db.meeting.findFirstOrThrow({
      where: {
        ...live,
        AND: [
          { participants: { some: { officialId: top.id } } },
          { participants: { some: { official: { slug: first.slug } } } },
        ],
      },
      select: { id: true },
    });
    await db.meeting.update({ where: { id: shared.id }, data: { reviewStatus: "rejected" } });
    const after = await listCounterparts(top.id, db);
    expect(after.find((c) => c.slug === first.slug)?.count ?? 0).toBe(first.count - 1);

    const options = await getFilterOptions(db);
    expect(options.countries.map((c) => c.code)).not.toContain("IS");
    await db.meeting.update({ where: { id: shared.id }, data: { reviewStatus: "machine", country: "IS" } });
    expect((await getFilterOptions(db)).countries.map((c) => c.code)).toContain("IS");
    expect((await listCounterparts(top.id, db)).find((c) => c.slug === first.slug)?.count).toBe(first.count);
  });
});
