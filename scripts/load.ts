// npm run load [-- --duration 10 --connections 50,200]
// Drives `next start` on loopback with autocannon (timeline, filtered views, search, meeting and
// official pages) while an admin edit loop saves meetings; prints throughput and latency
// percentiles and fails (exit 1) on any HTTP error or any edit that did not land.
// Uses DATABASE_URL (default: a fresh copy of the seeds in data/load.db). Needs `npm run build`.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { upsertUser } from "../lib/auth";
import { createDb } from "../lib/db";
import { updateMeeting } from "../lib/mutations/update-meeting";
import { meetingFormSchema } from "../lib/schemas/meeting-form";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
};
const duration = Number(arg("duration", "10"));
const connections = arg("connections", "50,200").split(",").map(Number);
const port = Number(arg("port", "3400"));
const url = process.env.DATABASE_URL ?? "file:./data/load.db";

if (!fs.existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`))
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
if (!process.env.DATABASE_URL)
  execFileSync("bash", ["scripts/fresh-db.sh"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });

const db = createDb(url);
const official = await db.official.findFirst({
  where: { participations: { some: {} } },
  select: { slug: true, nameEn: true },
});
const meeting = await db.meeting.findFirst({
  where: { deletedAt: null },
  orderBy: { id: "asc" },
  select: { id: true },
});
if (!official || !meeting) throw new Error("the database holds no meetings: ingest articles first");

const paths = [
  "/",
  `/?official=${encodeURIComponent(official.slug)}&from=2020&to=2023`,
  `/?q=${encodeURIComponent("الرباط")}`,
  `/?q=${encodeURIComponent(official.nameEn ?? "security")}`,
  `/meetings/${meeting.id}`,
  `/officials/${encodeURIComponent(official.slug)}`,
];

const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
  env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: "ignore",
  detached: true,
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    /* not up yet */
  }
  if (i > 120) throw new Error("next start did not come up");
  await new Promise((r) => setTimeout(r, 500));
}

// The admin edit loop goes through the same path as the meeting form: the form's zod schema, then
// the updateMeeting mutation (optimistic concurrency, audit row, corrected fields), as a dedicated
// load-test account. It toggles one topic so every save is a real change.
const actor = await upsertUser(db, {
  email: "load-test@liqaat.invalid",
  password: randomBytes(24).toString("hex"),
  role: "admin",
  name: "load test",
});
const LOAD_TOPIC = "اختبار الحمل";

async function editLoop(signal: { stop: boolean }) {
  let attempted = 0;
  let landed = 0;
  const auditBefore = await db.auditLog.count({ where: { actorId: actor.id } });
  while (!signal.stop) {
    attempted++;
    const cur = await db.meeting.findUniqueOrThrow({
      where: { id: meeting!.id },
      select: {
        version: true,
        dateStart: true,
        dateEnd: true,
        precision: true,
        place: true,
        country: true,
        status: true,
        topics: true,
        reviewStatus: true,
        participants: { select: { id: true, side: true } },
      },
    });
    const current = JSON.parse(cur.topics) as string[];
    // Toggle from what is stored, so that every save is a real change (and writes an audit row).
    const topics = current.includes(LOAD_TOPIC) ? current.filter((t) => t !== LOAD_TOPIC) : [...current, LOAD_TOPIC];
    const form = meetingFormSchema.parse({
      id: String(meeting!.id),
      version: String(cur.version),
      dateStart: cur.dateStart ?? "",
      dateEnd: cur.precision === "range" ? (cur.dateEnd ?? "") : "",
      precision: cur.precision,
      place: cur.place ?? "",
      country: cur.country ?? "",
      status: cur.status,
      topics: topics.join("\n"),
      reviewStatus: cur.reviewStatus,
      participants: cur.participants.map((p) => ({ id: String(p.id), side: p.side })),
    });
    const r = await updateMeeting(db, actor.id, form);
    if (r.ok && r.changed.length) landed++;
    else console.error("load: an admin edit did not land:", JSON.stringify(r).slice(0, 300));
    await new Promise((res) => setTimeout(res, 20));
  }
  // Every save that reported success left its audit row.
  const audited = (await db.auditLog.count({ where: { actorId: actor.id } })) - auditBefore;
  return { attempted, landed: Math.min(landed, audited) };
}

const rows: string[][] = [];
let failed = false;
for (const c of connections) {
  const signal = { stop: false };
  const edits = editLoop(signal);
  const r = await autocannon({
    url: base,
    connections: c,
    duration,
    timeout: 30,
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
  signal.stop = true;
  const e = await edits;
  const errors = r.errors + r.timeouts + r.non2xx;
  if (errors || e.landed !== e.attempted) failed = true;
  rows.push([
    String(c),
    r.requests.average.toFixed(0),
    String(r.latency.p50),
    String(r.latency.p99),
    String(r.requests.total),
    String(errors),
    `${e.landed}/${e.attempted}`,
  ]);
}
process.kill(-server.pid!, "SIGTERM");
await db.$disconnect();

const head = ["connections", "req/s", "p50 ms", "p99 ms", "requests", "errors", "admin edits landed"];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((v, i) => v.padStart(width[i]!)).join("  ");
console.log(
  `load: ${paths.length} paths round-robin, ${duration}s per run, ${url.startsWith("file:") ? "SQLite" : "PostgreSQL"}`,
);
console.log(line(head));
for (const r of rows) console.log(line(r));
process.exit(failed ? 1 : 0);
