// npm run bench -- [--sizes 1000,10000,100000] [--reps 7] [--only pages,fts,ingest,browser,lighthouse] [--build] [--seed 1]
// Prints the benchmark tables (markdown) and writes them to data/bench/latest.md and latest.json.
// Every part measures side by side in the same run; a part whose page or module is missing prints
// "n/a: reason" instead of failing the run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureLoads, startTimelineJs, type PageLoad } from "./browser";
import { ensureCorpus, type Corpus } from "./corpora";
import { benchFts, type FtsResult } from "./fts";
import { benchIngest, type IngestResult } from "./ingest";
import { benchLighthouse, type LighthouseResult } from "./lighthouse";
import { benchPages, type PageResult } from "./pages";
import { ensureBuild, startServer } from "./server";
import { errorText, kb, ms, OUT_DIR, ratio, table } from "./util";

const PARTS = ["pages", "fts", "ingest", "browser", "lighthouse"] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    reps: { type: "string", default: "7" },
    only: { type: "string", default: PARTS.join(",") },
    build: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
  },
});
const sizes = values.sizes
  .split(",")
  .map((s) => Number(s.replace(/_/g, "")))
  .filter((n) => Number.isInteger(n) && n > 0);
const reps = Math.max(3, Number(values.reps) || 7);
const seed = Number(values.seed) || 1;
const only = new Set(values.only.split(",").map((s) => s.trim()) as Part[]);
fs.mkdirSync(OUT_DIR, { recursive: true });

const report: string[] = [];
const json: Record<string, unknown> = { startedAt: new Date().toISOString(), sizes, reps, seed };
const say = (s = "") => {
  console.log(s);
  report.push(s);
};

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.availableParallelism()} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

say(`# liqaat benchmark — ${new Date().toISOString()}`);
say(`machine: ${machine()}`);
say(`sizes: ${sizes.join(", ")} meetings; ${reps} timed repetitions per figure (median), after warm-up`);

let buildNote = "n/a";
try {
  if (only.has("pages") || only.has("browser") || only.has("lighthouse")) buildNote = ensureBuild(values.build);
} catch (e) {
  buildNote = `n/a: ${errorText(e)}`;
}
say(`build: ${buildNote}`);
say();

const corpora = new Map<number, Corpus>();
async function corpus(n: number): Promise<Corpus> {
  let c = corpora.get(n);
  if (!c) {
    c = await ensureCorpus(`corpus-${n}`, { meetings: n, seed });
    corpora.set(n, c);
  }
  return c;
}

// ---- pages: app vs raw SQL at each size
if (only.has("pages")) {
  const bySize = new Map<number, PageResult[]>();
  for (const n of sizes) {
    const c = await corpus(n);
    say(`## Pages at ${n.toLocaleString("en")} meetings`);
    say(
      `corpus: ${c.info.rows.Article?.toLocaleString("en")} articles, ${c.info.options.officials} officials, ` +
        `${Object.values(c.info.rows)
          .reduce((a, b) => a + b, 0)
          .toLocaleString("en")} rows; ` +
        (c.reused
          ? "reused"
          : `generated in ${c.info.seconds.toFixed(1)} s (${c.info.rowsPerSecond.toLocaleString("en")} rows/s)`) +
        `; search index: ${c.info.searchIndex}`,
    );
    if (buildNote.startsWith("n/a")) {
      say(`n/a: no production build (${buildNote})`);
      continue;
    }
    let results: PageResult[] = [];
    try {
      const server = await startServer(c.file);
      try {
        results = await benchPages(server, c.file, c.info, reps);
      } finally {
        await server.stop();
      }
    } catch (e) {
      say(`n/a: ${errorText(e)}`);
    }
    bySize.set(n, results);
    say();
    say(
      table(
        [
          "page",
          "app ms",
          "app cold ms",
          "raw SQL ms",
          "raw+count ms",
          "app/raw",
          "app/(raw+count)",
          "cold/(raw+count)",
          "meetings shown",
          "note",
        ],
        results.map((r) => [
          r.page,
          ms(r.appMs),
          ms(r.coldMs),
          ms(r.rawMs),
          ms(r.rawCountMs),
          ratio(r.appMs, r.rawMs),
          ratio(r.appMs, r.rawCountMs),
          ratio(r.coldMs, r.rawCountMs),
          r.shown ?? "—",
          r.note,
        ]),
      ),
    );
    say();
  }
  json.pages = Object.fromEntries(bySize);
  const lo = sizes[0];
  const hi = sizes.at(-1);
  if (lo !== undefined && hi !== undefined && lo !== hi) {
    const a = bySize.get(lo) ?? [];
    const b = bySize.get(hi) ?? [];
    say(`## Growth ${lo.toLocaleString("en")} → ${hi.toLocaleString("en")} meetings (target ≤ 1.3×)`);
    say();
    say(
      table(
        [
          "page",
          `app ${lo}`,
          `app ${hi}`,
          "app growth",
          "cold growth",
          `raw ${lo}`,
          `raw ${hi}`,
          "raw growth",
          `raw+count growth`,
        ],
        a.map((r) => {
          const s = b.find((x) => x.page === r.page || x.url === r.url);
          return [
            r.page,
            ms(r.appMs),
            ms(s?.appMs),
            ratio(s?.appMs, r.appMs),
            ratio(s?.coldMs, r.coldMs),
            ms(r.rawMs),
            ms(s?.rawMs),
            ratio(s?.rawMs, r.rawMs),
            ratio(s?.rawCountMs, r.rawCountMs),
          ];
        }),
      ),
    );
    say();
  }
}

// ---- FTS5 vs LIKE over 50k articles (the 100k-meeting corpus)
if (only.has("fts")) {
  say("## Arabic search: FTS5 (lib/search's search_fts) vs LIKE '%…%' scan (target ≥ 20×)");
  try {
    const c = await corpus(100_000);
    // Names (what readers search for) and, to show the limit, words found in a third to two thirds of the articles.
    const top = c.info.topOfficial?.nameAr;
    const terms = [
      c.info.searchTerm,
      ...(top ? [top] : []),
      "بيربوك",
      "الرباط",
      "الأمن السيبراني",
      "الإرهاب",
      "وزير الداخلية",
    ];
    const r: FtsResult = await benchFts(c.file, terms, reps);
    json.fts = r;
    if (r.note) say(r.note);
    else {
      say(
        `${r.articles.toLocaleString("en")} articles (${(fs.statSync(c.file).size / 2 ** 20).toFixed(0)} MB database); each query counts every match`,
      );
      say();
      say(
        table(
          [
            "query",
            "hits (FTS5 / LIKE)",
            "all hits: FTS5 ms",
            "LIKE ms",
            "LIKE/FTS5",
            "first 25: FTS5 ms",
            "LIKE ms",
            "LIKE/FTS5",
          ],
          r.rows.map((x) => [
            x.term,
            `${x.ftsHits} / ${x.likeHits}`,
            ms(x.ftsMs),
            ms(x.likeMs),
            ratio(x.likeMs, x.ftsMs),
            ms(x.ftsFirstMs),
            ms(x.likeFirstMs),
            ratio(x.likeFirstMs, x.ftsFirstMs),
          ]),
        ),
      );
    }
  } catch (e) {
    say(`n/a: ${errorText(e)}`);
  }
  say();
}

// ---- ingest throughput
if (only.has("ingest")) {
  say("## Ingest throughput on generated articles, one process (target ≥ 200 articles/s with storage)");
  try {
    const r: IngestResult = await benchIngest(await corpus(sizes[0] ?? 1000), 300);
    json.ingest = r;
    if (r.note) say(r.note);
    else {
      say();
      say(
        table(
          [
            "articles",
            "extraction only (articles/s)",
            "extraction + storage (articles/s)",
            "meetings found / in the texts",
          ],
          [
            [
              r.articles,
              r.extractPerSec?.toFixed(0) ?? "—",
              r.ingestPerSec?.toFixed(0) ?? "—",
              `${r.meetingsFound ?? "—"} / ${r.meetingsExpected}`,
            ],
          ],
        ),
      );
    }
  } catch (e) {
    say(`n/a: ${errorText(e)}`);
  }
  say();
}

// ---- timeline vs TimelineJS
if (only.has("browser")) {
  say(
    "## Timeline page vs TimelineJS 3.9.11, same 500 meetings, headless Chromium, cold context (target ≥ 5× fewer JS bytes, earlier FCP)",
  );
  try {
    const c = await ensureCorpus("corpus-500", { meetings: 500, seed });
    const server = await startServer(c.file);
    const tl = await startTimelineJs(c.file);
    try {
      const loads: PageLoad[] = await measureLoads(
        [
          { name: "liqaat `/`", url: `${server.url}/`, ready: '[data-testid="meeting"]' },
          { name: `TimelineJS (${tl.events} dated events)`, url: tl.url, ready: ".tl-slide-content" },
        ],
        Math.max(3, Math.ceil(reps / 2)),
      );
      json.browser = loads;
      const [ours, theirs] = loads;
      say();
      say(
        table(
          [
            "page",
            "JS transferred",
            "JS decoded",
            "JS files",
            "FCP ms",
            "load ms",
            "settled ms",
            "blocked external requests",
          ],
          loads.map((l) => [
            l.name,
            kb(l.jsBytes),
            kb(l.jsDecoded),
            l.jsFiles,
            ms(l.fcp),
            ms(l.load),
            ms(l.settled),
            l.blocked,
          ]),
        ),
      );
      if (ours && theirs) {
        say();
        say(
          `JS bytes TimelineJS/liqaat: ${ratio(theirs.jsBytes, ours.jsBytes)} transferred, ${ratio(theirs.jsDecoded, ours.jsDecoded)} decoded; FCP ${ms(ours.fcp)} vs ${ms(theirs.fcp)} ms; settled ${ms(ours.settled)} vs ${ms(theirs.settled)} ms`,
        );
      }
    } finally {
      await tl.stop();
      await server.stop();
    }
  } catch (e) {
    say(`n/a: ${errorText(e)}`);
  }
  say();
}

// ---- Lighthouse
if (only.has("lighthouse")) {
  const n = sizes[0] ?? 1000;
  say(
    `## Lighthouse 12 (mobile preset) on the ${n.toLocaleString("en")}-meeting corpus (targets: performance ≥ 0.95, others 1.0)`,
  );
  try {
    const c = await corpus(n);
    const server = await startServer(c.file);
    try {
      const targets = [
        { page: "timeline `/`", url: `${server.url}/` },
        { page: "official page", url: `${server.url}/officials/${encodeURIComponent(c.info.topOfficial?.slug ?? "")}` },
        { page: "meeting page", url: `${server.url}/meetings/${c.info.sampleMeetingId ?? 0}` },
      ];
      const live: { page: string; url: string }[] = [];
      const rows: LighthouseResult[] = [];
      for (const t of targets) {
        const res = await fetch(t.url);
        await res.arrayBuffer();
        if (res.status === 200) live.push(t);
        else rows.push({ ...t, scores: {}, failing: [], note: `n/a: HTTP ${res.status}` });
      }
      rows.push(...(await benchLighthouse(live)));
      json.lighthouse = rows;
      const s = (x: number | null | undefined) => (x == null ? "—" : x.toFixed(2));
      say();
      say(
        table(
          ["page", "performance", "accessibility", "best practices", "SEO", "metrics / note"],
          rows.map((r) => [
            r.page,
            s(r.scores.performance),
            s(r.scores.accessibility),
            s(r.scores["best-practices"]),
            s(r.scores.seo),
            r.note,
          ]),
        ),
      );
      const failing = rows.flatMap((r) => r.failing.map((f) => `${r.page} — ${f}`));
      if (failing.length) {
        say();
        say("failing audits:");
        for (const f of failing) say(`- ${f}`);
      }
    } finally {
      await server.stop();
    }
  } catch (e) {
    say(`n/a: ${errorText(e)}`);
  }
  say();
}

json.finishedAt = new Date().toISOString();
fs.writeFileSync(path.join(OUT_DIR, "latest.md"), `${report.join("\n")}\n`);
fs.writeFileSync(path.join(OUT_DIR, "latest.json"), JSON.stringify(json, null, 1));
console.log(`\nwritten: data/bench/latest.md, data/bench/latest.json`);
