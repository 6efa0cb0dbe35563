// The timeline page against TimelineJS (the newsroom standard) holding the same 500 meetings, both
// served from loopback and loaded cold (a new browser context per run) in Debian's Chromium.
// TimelineJS is served from its npm dist by a tiny gzip-ing static server, with its JSON built from
// the same corpus. Requests leaving 127.0.0.1 are blocked for both (TimelineJS would fetch fonts
// from its CDN), so neither waits on the network.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { median, ROOT } from "./util";

export interface PageLoad {
  name: string;
  url: string;
  jsBytes: number;
  jsDecoded: number;
  jsFiles: number;
  fcp: number;
  load: number;
  settled: number;
  blocked: number;
}

const TL_DIST = path.join(ROOT, "node_modules/@knight-lab/timelinejs/dist");
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".html": "text/html; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function timelineJson(dbFile: string): string {
  const db = new Database(dbFile, { readonly: true });
  const rows = db
    .prepare(
      `SELECT m.id, m."dateStart", m."dateEnd", m.place, m.topics,
         (SELECT group_concat(COALESCE(o."nameAr", p."roleText"), ' و') FROM "MeetingParticipant" p LEFT JOIN "Official" o ON o.id = p."officialId" WHERE p."meetingId" = m.id) AS who
       FROM "Meeting" m WHERE m."deletedAt" IS NULL AND m."reviewStatus" <> 'rejected' AND m."dateStart" IS NOT NULL ORDER BY m."sortKey" DESC`,
    )
    .all() as {
    id: number;
    dateStart: string;
    dateEnd: string | null;
    place: string | null;
    topics: string;
    who: string | null;
  }[];
  db.close();
  const date = (s: string) => {
    const [year, month, day] = s.split("-").map(Number);
    return { year, month, day };
  };
  return JSON.stringify({
    title: { text: { headline: "لقاءات", text: `${rows.length} لقاء` } },
    events: rows.map((r) => ({
      start_date: date(r.dateStart),
      ...(r.dateEnd ? { end_date: date(r.dateEnd) } : {}),
      text: { headline: r.who ?? "", text: `${r.place ?? ""} — ${(JSON.parse(r.topics) as string[]).join("، ")}` },
      unique_id: `m${r.id}`,
    })),
  });
}

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>لقاءات — TimelineJS</title><link rel="stylesheet" href="/tl/css/timeline.css"></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:600px"></div>
<script src="/tl/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline("timeline-embed", "/data.json", { script_path: "/tl/js/", language: "ar", font: null });</script>
</body></html>`;

export async function startTimelineJs(
  dbFile: string,
): Promise<{ url: string; events: number; stop: () => Promise<void> }> {
  const json = timelineJson(dbFile);
  const events = (JSON.parse(json) as { events: unknown[] }).events.length;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    let body: Buffer | null = null;
    let type = "text/html; charset=utf-8";
    if (u.pathname === "/") body = Buffer.from(PAGE);
    else if (u.pathname === "/data.json") {
      body = Buffer.from(json);
      type = TYPES[".json"] as string;
    } else if (u.pathname.startsWith("/tl/")) {
      const f = path.join(TL_DIST, path.normalize(u.pathname.slice(4)));
      if (f.startsWith(TL_DIST) && fs.existsSync(f) && fs.statSync(f).isFile()) {
        body = fs.readFileSync(f);
        type = TYPES[path.extname(f)] ?? "application/octet-stream";
      }
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    // Next compresses its responses; so does this server, for a fair byte count.
    const gzip = /gzip/.test(String(req.headers["accept-encoding"] ?? "")) && /text|json|svg/.test(type);
    res.writeHead(200, { "content-type": type, ...(gzip ? { "content-encoding": "gzip" } : {}) });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  const port = addr && typeof addr === "object" ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/`, events, stop: () => new Promise((r) => server.close(() => r())) };
}

export async function measureLoads(
  targets: { name: string; url: string; ready: string }[],
  reps: number,
): Promise<PageLoad[]> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  const out: PageLoad[] = [];
  try {
    for (const t of targets) {
      const runs: Omit<PageLoad, "name" | "url">[] = [];
      for (let i = 0; i < reps + 1; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        let blocked = 0;
        await context.route("**/*", (route) => {
          if (new URL(route.request().url()).hostname === "127.0.0.1") return route.continue();
          blocked++;
          return route.abort();
        });
        const page = await context.newPage();
        await page.goto(t.url, { waitUntil: "load" });
        await page.waitForSelector(t.ready, { timeout: 30_000 });
        const readyAt = await page.evaluate(() => performance.now());
        await page.waitForLoadState("networkidle");
        const m = await page.evaluate(() => {
          const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
          const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
          const scripts = res.filter((r) => r.initiatorType === "script" || /\.m?js(\?|$)/.test(r.name));
          return {
            jsBytes: scripts.reduce((a, r) => a + r.encodedBodySize, 0),
            jsDecoded: scripts.reduce((a, r) => a + r.decodedBodySize, 0),
            jsFiles: scripts.length,
            fcp,
            load: nav?.loadEventEnd ?? NaN,
            lastResponse: Math.max(nav?.loadEventEnd ?? 0, ...res.map((r) => r.responseEnd)),
          };
        });
        if (i > 0) runs.push({ ...m, settled: Math.max(m.lastResponse, readyAt), blocked });
        await context.close();
      }
      out.push({
        name: t.name,
        url: t.url,
        jsBytes: median(runs.map((r) => r.jsBytes)),
        jsDecoded: median(runs.map((r) => r.jsDecoded)),
        jsFiles: median(runs.map((r) => r.jsFiles)),
        fcp: median(runs.map((r) => r.fcp)),
        load: median(runs.map((r) => r.load)),
        settled: median(runs.map((r) => r.settled)),
        blocked: median(runs.map((r) => r.blocked)),
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}
