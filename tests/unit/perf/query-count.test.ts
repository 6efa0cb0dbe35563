// The number of SQL statements a page render issues must not grow with the number of meetings it
// shows: two generated corpora (30 and 300 meetings, so the first page is partly filled in one and
// full in the other) must cost the same number of queries for the same render. Queries are
// counted through Prisma's query events, which fire for driver adapters too.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { generateCorpus, type CorpusInfo } from "@/scripts/bench/generate";

interface Counted {
  db: Db;
  info: CorpusInfo;
  queries: string[];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-perf-"));
const corpora: Record<"few" | "many", Counted> = {} as Record<"few" | "many", Counted>;
const globalForDb = globalThis as unknown as { liqaatDb?: Db };

async function open(name: string, meetings: number): Promise<Counted> {
  const file = path.join(dir, `${name}.db`);
  // Same officials in both: only the number of meetings differs.
  const info = await generateCorpus({ meetings, officials: 40, articles: Math.ceil(meetings / 2), seed: 7, db: file });
  const db = new PrismaClient({
    adapter: new PrismaBetterSqlite3({ url: `file:${file}` }),
    log: [{ emit: "event", level: "query" }],
  });
  const queries: string[] = [];
  db.$on("query", (e) => queries.push(e.query));
  return { db: db as unknown as Db, info, queries };
}

/** Runs `render` against one corpus (injected where getDb() looks) and returns the SQL it issued. */
async function count(c: Counted, render: () => Promise<unknown>): Promise<string[]> {
  globalForDb.liqaatDb = c.db;
  await render(); // warm-up: the search index and any lazy set-up happen once per client
  c.queries.length = 0;
  await render();
  await new Promise((r) => setImmediate(r));
  return [...c.queries];
}

/** Statement shapes, for a readable diff when the counts differ. */
const shapes = (qs: string[]) =>
  qs.map((q) =>
    q
      .replace(/\s+/g, " ")
      .replace(/\(\?(, ?\?)*\)/g, "(…)")
      .slice(0, 140),
  );

beforeAll(async () => {
  corpora.few = await open("few", 30);
  corpora.many = await open("many", 300);
});

afterAll(async () => {
  globalForDb.liqaatDb = undefined;
  for (const c of Object.values(corpora)) await c.db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("queries per render do not grow with the data", () => {
  it("the corpora differ in size as intended", () => {
    expect(corpora.few.info.rows.Meeting).toBe(30);
    expect(corpora.many.info.rows.Meeting).toBe(300);
  });

  it("timeline: first page, a filtered page and the next page", async () => {
    const { parseTimelineFilters } = await import("@/lib/schemas/timeline-filters");
    const { getTimelinePage, prepareView } = await import("@/lib/queries/timeline");
    const render = (params: Record<string, string>) => async () => {
      const { filters } = parseTimelineFilters(params);
      return getTimelinePage(await prepareView(filters));
    };
    for (const c of Object.values(corpora)) {
      globalForDb.liqaatDb = c.db;
      const first = await render({})();
      expect(first.meetings.length).toBeGreaterThan(0);
    }
    const views = (c: Counted): Record<string, string>[] => [
      {},
      { official: c.info.topOfficial?.slug ?? "", from: "2008", to: "2024" },
      { q: c.info.searchTerm },
    ];
    for (let i = 0; i < views(corpora.few).length; i++) {
      // One after the other: each count() swaps the global client and resets its log.
      const few = await count(corpora.few, render(views(corpora.few)[i] ?? {}));
      const many = await count(corpora.many, render(views(corpora.many)[i] ?? {}));
      expect(few.length, "query events are being counted").toBeGreaterThan(0);
      expect(shapes(many), `view ${JSON.stringify(views(corpora.many)[i])}`).toEqual(shapes(few));
    }

    // The next page: follow the cursor the first page hands out.
    const nextOf = async (c: Counted) => {
      globalForDb.liqaatDb = c.db;
      const { filters } = parseTimelineFilters({});
      const page = await getTimelinePage(await prepareView(filters));
      return page.next ? `${page.next.sortKey}_${page.next.id}` : null;
    };
    const after = await nextOf(corpora.many);
    expect(after, "300 meetings fill more than one page").not.toBeNull();
    const deepMany = await count(corpora.many, render({ after: after as string }));
    const firstMany = await count(corpora.many, render({}));
    expect(deepMany.length).toBe(firstMany.length);
  });

  it("official page: header, counterparts, articles and the first page of meetings", async () => {
    const officials = await import("@/lib/queries/officials");
    const { parseTimelineFilters } = await import("@/lib/schemas/timeline-filters");
    const { getTimelinePage, prepareView } = await import("@/lib/queries/timeline");
    // What app/officials/[slug]/page.tsx renders for the busiest official of each corpus.
    const render = (slug: string) => async () => {
      const found = await officials.getOfficial(slug);
      if (found.kind !== "found") throw new Error(`official ${slug} not found`);
      const id = found.official.id;
      const { filters } = parseTimelineFilters({});
      return Promise.all([
        officials.listCounterparts(id),
        officials.listOfficialArticles(id),
        prepareView(filters, { officialId: id }).then((v) => getTimelinePage(v)),
      ]);
    };
    const few = await count(corpora.few, render(corpora.few.info.topOfficial?.slug ?? ""));
    const many = await count(corpora.many, render(corpora.many.info.topOfficial?.slug ?? ""));
    expect(few.length, "query events are being counted").toBeGreaterThan(0);
    expect(shapes(many).sort()).toEqual(shapes(few).sort());
  });
});
