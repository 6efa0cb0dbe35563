// Server response time of each public page through `next start`, next to the bare SQL (better-
// sqlite3, same file, prepared statements) that fetches the rows the page renders. The raw side is
// what a hand-written data layer would run: the page's rows by keyset, their participants and
// sources in one query each. "raw+count" adds the view's total and date span, which the timeline
// shows and which cost a scan of the view (they are what grows with N).
import Database from "better-sqlite3";
import type { CorpusInfo } from "./generate";
import { get, type Server } from "./server";
import { errorText, median } from "./util";

export interface PageResult {
  page: string;
  url: string;
  appMs: number | null;
  /** The first render after a data change (lib/queries' cache dropped), median of a few. */
  coldMs?: number | null;
  rawMs: number | null;
  rawCountMs: number | null;
  shown: number | null;
  note: string;
}

const LIVE = `m."deletedAt" IS NULL AND m."reviewStatus" <> 'rejected'`;
const PAGE_COLS = `m.id, m."dateStart", m."dateEnd", m.precision, m."dateText", m.place, m.country, m.status, m."reviewStatus", m.topics, m."sortKey"`;
const PAGE = 25;

type Params = Record<string, unknown>;

class Raw {
  readonly db: Database.Database;
  private cache = new Map<string, Database.Statement>();
  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }
  all<T>(sql: string, params: Params | unknown[] = []): T[] {
    let st = this.cache.get(sql);
    if (!st) this.cache.set(sql, (st = this.db.prepare(sql)));
    return (Array.isArray(params) ? st.all(...params) : st.all(params)) as T[];
  }
  /** Participants with their officials and sources with their articles, for a page of meetings. */
  relations(ids: number[]) {
    const json = JSON.stringify(ids);
    this.all(
      `SELECT p.id, p."meetingId", p.side, p."roleText", o.id AS oid, o.slug, o."nameAr", o."nameEn"
       FROM "MeetingParticipant" p LEFT JOIN "Official" o ON o.id = p."officialId"
       WHERE p."meetingId" IN (SELECT value FROM json_each(?)) ORDER BY p."meetingId", p.position, p.id`,
      [json],
    );
    this.all(
      `SELECT s."meetingId", s."articleId", a.title, a.source, a.published
       FROM "MeetingSource" s JOIN "Article" a ON a.id = s."articleId"
       WHERE s."meetingId" IN (SELECT value FROM json_each(?)) ORDER BY s."meetingId", s."articleId"`,
      [json],
    );
  }
  /** A timeline page: keyset rows + relations, optionally the view's count and date span. */
  timeline(where: string, params: Params, opts: { cursor?: { sortKey: string; id: number }; count: boolean }) {
    const keyset = opts.cursor ? ` AND (m."sortKey" < @ck OR (m."sortKey" = @ck AND m.id < @cid))` : "";
    const p = opts.cursor ? { ...params, ck: opts.cursor.sortKey, cid: opts.cursor.id } : params;
    const rows = this.all<{ id: number }>(
      `SELECT ${PAGE_COLS} FROM "Meeting" m WHERE ${LIVE}${where}${keyset} ORDER BY m."sortKey" DESC, m.id DESC LIMIT ${PAGE + 1}`,
      p,
    );
    this.relations(rows.slice(0, PAGE).map((r) => r.id));
    if (opts.count) {
      this.all(`SELECT COUNT(*) AS n FROM "Meeting" m WHERE ${LIVE}${where}`, params);
      this.all(
        `SELECT MIN(m."dateStart") AS lo, MAX(m."dateStart") AS hi FROM "Meeting" m WHERE ${LIVE}${where} AND m."dateStart" IS NOT NULL`,
        params,
      );
    }
    return rows.length;
  }
  close() {
    this.db.close();
  }
}

async function timeRaw(fn: () => unknown, reps: number): Promise<number> {
  for (let i = 0; i < 3; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

async function timeApp(url: string, reps: number): Promise<{ ms: number | null; status: number; html: string }> {
  const first = await get(url);
  if (first.status !== 200) return { ms: null, status: first.status, html: first.html };
  await get(url);
  const times: number[] = [];
  let html = first.html;
  for (let i = 0; i < reps; i++) {
    const r = await get(url);
    times.push(r.ms);
    html = r.html;
  }
  return { ms: median(times), status: 200, html };
}

const shownMeetings = (html: string) => {
  const cards = html.match(/data-testid="meeting"/g)?.length;
  if (cards) return cards;
  return new Set([...html.matchAll(/href="\/meetings\/(\d+)"/g)].map((m) => m[1])).size;
};

async function searchMatch(q: string): Promise<string | null> {
  try {
    const text = (await import("../../lib/search/text")) as {
      queryTokens: (q: string) => unknown[];
      ftsMatchExpression: (t: unknown[]) => string;
    };
    const tokens = text.queryTokens(q);
    return tokens.length ? text.ftsMatchExpression(tokens) : null;
  } catch {
    return null;
  }
}

export async function benchPages(
  server: Server,
  dbFile: string,
  info: CorpusInfo,
  reps: number,
): Promise<PageResult[]> {
  const raw = new Raw(dbFile);
  const out: PageResult[] = [];
  const toucher = new Toucher(dbFile);
  const top = info.topOfficial;
  const mid = raw.all<{ sortKey: string; id: number }>(
    `SELECT m."sortKey", m.id FROM "Meeting" m WHERE ${LIVE} ORDER BY m."sortKey" DESC, m.id DESC LIMIT 1 OFFSET ?`,
    [Math.floor(info.options.meetings / 2)],
  )[0];
  const hasFts = raw.all(`SELECT name FROM sqlite_master WHERE name = 'search_fts'`).length > 0;
  const match = await searchMatch(info.searchTerm);
  const officialFilter = ` AND EXISTS (SELECT 1 FROM "MeetingParticipant" p WHERE p."meetingId" = m.id AND p."officialId" = @oid)`;
  const dateFilter = ` AND (m."dateEnd" >= @from OR (m."dateEnd" IS NULL AND m."dateStart" >= @from)) AND m."dateStart" <= @to AND m."dateStart" IS NOT NULL`;

  const searchIds = (): number[] => {
    if (!match) return [];
    const direct = raw.all<{ ref: number }>(
      `SELECT ref FROM search_fts WHERE search_fts MATCH ? AND kind = 'meeting' ORDER BY rank LIMIT 10000`,
      [match],
    );
    const arts = raw.all<{ ref: number }>(
      `SELECT ref FROM search_fts WHERE search_fts MATCH ? AND kind = 'article' ORDER BY rank LIMIT 10000`,
      [match],
    );
    const via = raw.all<{ meetingId: number }>(
      `SELECT "meetingId" FROM "MeetingSource" WHERE "articleId" IN (SELECT value FROM json_each(?)) LIMIT 10000`,
      [JSON.stringify(arts.map((a) => a.ref))],
    );
    return [...new Set([...direct.map((d) => d.ref), ...via.map((v) => v.meetingId)])];
  };

  const pages: { page: string; url: string; raw?: (count: boolean) => unknown; needs?: string | null }[] = [
    { page: "floor: 404 page (layout only)", url: "/__bench-missing" },
    { page: "timeline `/` first page", url: "/", raw: (count) => raw.timeline("", {}, { count }) },
    {
      page: "timeline deep page (cursor at N/2)",
      url: mid ? `/?after=${mid.sortKey}_${mid.id}` : "/",
      raw: (count) => raw.timeline("", {}, { cursor: mid, count }),
      needs: mid ? null : "no meetings",
    },
    {
      page: "filtered: official + 2010–2020",
      url: `/?official=${encodeURIComponent(top?.slug ?? "")}&from=2010&to=2020`,
      raw: (count) =>
        raw.timeline(
          officialFilter + dateFilter,
          { oid: top?.id ?? 0, from: "2010-01-01", to: "2020-12-31" },
          { count },
        ),
      needs: top ? null : "no official",
    },
    {
      page: "official page (busiest official)",
      url: `/officials/${encodeURIComponent(top?.slug ?? "")}`,
      raw: (count) => {
        const oid = top?.id ?? 0;
        raw.all(
          `SELECT id, slug, "nameAr", "nameEn", country, gender, "reviewStatus", "mergedIntoId" FROM "Official" WHERE slug = ?`,
          [top?.slug],
        );
        raw.all(`SELECT id, alias FROM "OfficialAlias" WHERE "officialId" = ? ORDER BY alias`, [oid]);
        raw.all(
          `SELECT t.id, t."from", t."to", p."titleAr", p."titleEn", a.slug, a."nameAr" FROM "Tenure" t JOIN "Position" p ON p.id = t."positionId"
           LEFT JOIN "Agency" a ON a.id = p."agencyId" WHERE t."officialId" = ? ORDER BY t."from" DESC, t.id DESC`,
          [oid],
        );
        // Counterparts with the dates of every meeting with them (the page's chart needs each one).
        raw.all(
          `SELECT m.id, m."dateStart", m.precision, o.slug, o."nameAr" FROM "MeetingParticipant" me
           JOIN "Meeting" m ON m.id = me."meetingId" JOIN "MeetingParticipant" p ON p."meetingId" = m.id AND p."officialId" <> me."officialId"
           JOIN "Official" o ON o.id = p."officialId" WHERE me."officialId" = ? AND ${LIVE}`,
          [oid],
        );
        raw.all(
          `SELECT am.count, am.role, a.id, a.title, a.source, a.published FROM "ArticleMention" am JOIN "Article" a ON a.id = am."articleId"
           WHERE am."officialId" = ? ORDER BY a.published DESC, a.id DESC LIMIT 200`,
          [oid],
        );
        return raw.timeline(officialFilter, { oid }, { count });
      },
      needs: top ? null : "no official",
    },
    {
      page: `search \`/?q=\` (${info.searchTerm})`,
      url: `/?q=${encodeURIComponent(info.searchTerm)}`,
      raw: (count) =>
        raw.timeline(
          ` AND m.id IN (SELECT value FROM json_each(@ids))`,
          { ids: JSON.stringify(searchIds()) },
          { count },
        ),
      needs: hasFts && match ? null : "no search_fts index in the corpus (lib/search missing at generation)",
    },
    {
      page: "meeting page",
      url: `/meetings/${info.sampleMeetingId ?? 0}`,
      raw: () => {
        const id = info.sampleMeetingId ?? 0;
        raw.all(`SELECT * FROM "Meeting" m WHERE m.id = ? AND ${LIVE}`, [id]);
        raw.relations([id]);
        raw.all(
          `SELECT id, "articleId", kind, text FROM "Evidence" WHERE "meetingId" = ? ORDER BY "articleId", start`,
          [id],
        );
        return 1;
      },
    },
    {
      page: "article page",
      url: `/articles/${info.sampleArticleId ?? 0}`,
      raw: () => {
        const id = info.sampleArticleId ?? 0;
        raw.all(
          `SELECT id, file, source, url, title, text, published, "publishedBy", "ingestedAt" FROM "Article" WHERE id = ?`,
          [id],
        );
        raw.all(`SELECT id, kind, start, "end", "meetingId" FROM "Evidence" WHERE "articleId" = ? ORDER BY start`, [
          id,
        ]);
        raw.all(`SELECT "meetingId" FROM "MeetingSource" WHERE "articleId" = ?`, [id]);
        return 1;
      },
    },
  ];

  try {
    for (const p of pages) {
      const url = server.url + p.url;
      if (p.needs) {
        out.push({
          page: p.page,
          url: p.url,
          appMs: null,
          rawMs: null,
          rawCountMs: null,
          shown: null,
          note: `n/a: ${p.needs}`,
        });
        continue;
      }
      try {
        const app = await timeApp(url, reps);
        const expected404 = p.url === "/__bench-missing";
        if (app.ms === null && !(expected404 && app.status === 404)) {
          out.push({
            page: p.page,
            url: p.url,
            appMs: null,
            rawMs: null,
            rawCountMs: null,
            shown: null,
            note: `n/a: HTTP ${app.status}`,
          });
          continue;
        }
        const appMs = app.ms ?? (await timeApp404(url, reps));
        const coldMs = expected404 ? null : await timeCold(url, toucher, Math.max(3, Math.ceil(reps / 2)));
        const rawMs = p.raw ? await timeRaw(() => p.raw?.(false), reps * 3) : null;
        const rawCountMs = p.raw ? await timeRaw(() => p.raw?.(true), reps * 3) : null;
        out.push({
          page: p.page,
          url: p.url,
          appMs,
          coldMs,
          rawMs,
          rawCountMs,
          shown: shownMeetings(app.html),
          note: `${Buffer.byteLength(app.html)} B html`,
        });
      } catch (e) {
        out.push({
          page: p.page,
          url: p.url,
          appMs: null,
          rawMs: null,
          rawCountMs: null,
          shown: null,
          note: `n/a: ${errorText(e)}`,
        });
      }
    }
  } finally {
    raw.close();
    toucher.close();
  }
  return out;
}

/**
 * A write that moves lib/queries' change mark (a throwaway Country row, added or removed in turn),
 * so that the next render recomputes totals, spans, filter options and counterparts.
 */
class Toucher {
  private db: Database.Database;
  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true });
  }
  touch() {
    const gone = this.db.prepare(`DELETE FROM "Country" WHERE code = 'ZZB'`).run().changes === 0;
    if (gone) this.db.prepare(`INSERT INTO "Country" (code, "nameAr", "nameEn") VALUES ('ZZB', 'بنش', 'bench')`).run();
  }
  close() {
    this.db.prepare(`DELETE FROM "Country" WHERE code = 'ZZB'`).run();
    this.db.close();
  }
}

async function timeCold(url: string, toucher: Toucher, reps: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    toucher.touch();
    times.push((await get(url)).ms);
  }
  return median(times);
}

async function timeApp404(url: string, reps: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < reps + 2; i++) times.push((await get(url)).ms);
  return median(times.slice(2));
}
