// npm run export -- out.json   — the whole database (any provider) as one JSON document.
import fs from "node:fs";
import { exportDatabase } from "../lib/backup";
import { getDb } from "../lib/db";

const out = process.argv[2];
if (!out) {
  process.stderr.write("usage: npm run export -- out.json\n");
  process.exit(2);
}
const db = getDb();
const backup = await exportDatabase(db);
await db.$disconnect();
fs.writeFileSync(out, JSON.stringify(backup));
const total = Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0);
process.stderr.write(`export: ${total} rows written to ${out}\n`);
