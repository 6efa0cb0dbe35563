// npm run ingest -- seeds/            (a folder holding manifest.json, or a manifest path)
// Exit code: 0 all landed or unchanged, 1 some files failed, 2 the manifest itself is unusable.
import { getDb } from "../lib/db";
import { ingestManifest, loadKnowledge } from "../lib/ingest";

const target = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "seeds";
const db = getDb();
const tty = process.stderr.isTTY;

const knowledge = await loadKnowledge(db);
const report = await ingestManifest(db, target, knowledge, (done, total, o) => {
  const label =
    o.status === "created"
      ? `stored, ${o.meetings} meeting(s), ${o.newMeetings} new`
      : o.status === "unchanged"
        ? "unchanged (already ingested)"
        : `ERROR ${o.error}`;
  const line = `[${done}/${total}] ${o.file}: ${label}`;
  if (tty && o.status !== "error") process.stderr.write(`\r\x1b[K${line}${done === total ? "\n" : ""}`);
  else process.stderr.write(`${tty ? "\r\x1b[K" : ""}${line}\n`);
});
await db.$disconnect();
if ("fatal" in report) {
  process.stderr.write(`ingest: ${report.fatal}\n`);
  process.exit(2);
}
process.stderr.write(`ingest: ${report.created} stored, ${report.unchanged} unchanged, ${report.errors} failed\n`);
process.exit(report.errors ? 1 : 0);
