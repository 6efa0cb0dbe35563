// npm run ingest -- seeds/            (a folder holding manifest.json, or a manifest path)
// Exit code: 0 all landed or unchanged, 1 some files failed, 2 the manifest itself is unusable,
// 3 the database could not be used (busy/locked: retry; other errors: the message says).
// Each article is its own transaction (with its audit row); the search index is synced as the
// batch goes, so the database is searchable when this exits.
import { getDb } from "../lib/db";
import { describeError, ingestManifest, loadKnowledge } from "../lib/ingest";

const target = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "seeds";
const db = getDb();
const tty = process.stderr.isTTY;

let report: Awaited<ReturnType<typeof ingestManifest>>;
try {
  const knowledge = await loadKnowledge(db);
  report = await ingestManifest(db, target, knowledge, (done, total, o) => {
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
} catch (e) {
  process.stderr.write(`ingest: ${describeError(e)}\n`);
  await db.$disconnect().catch(() => undefined);
  process.exit(3);
}
await db.$disconnect();
if ("fatal" in report) {
  process.stderr.write(`ingest: ${report.fatal}\n`);
  process.exit(2);
}
process.stderr.write(`ingest: ${report.created} stored, ${report.unchanged} unchanged, ${report.errors} failed\n`);
process.exit(report.errors ? 1 : 0);
