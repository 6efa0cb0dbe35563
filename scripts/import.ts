// npm run import -- in.json [--replace]   — loads an export into the database named by DATABASE_URL
// (migrated first). Refuses a non-empty database unless --replace. All or nothing.
import fs from "node:fs";
import { importDatabase, parseBackup } from "../lib/backup";
import { getDb } from "../lib/db";
import { databaseProvider } from "../lib/env";
import { rebuildSearchIndex } from "../lib/search";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  process.stderr.write("usage: npm run import -- in.json [--replace]\n");
  process.exit(2);
}
let raw: unknown;
try {
  raw = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (e) {
  process.stderr.write(`import: ${file}: cannot read JSON (${(e as Error).message})\n`);
  process.exit(2);
}
const parsed = parseBackup(raw);
if (!parsed.ok) {
  process.stderr.write(`import: ${file}: not a liqaat export\n${parsed.error}\n`);
  process.exit(2);
}
const db = getDb();
try {
  const counts = await importDatabase(db, parsed.backup, {
    provider: databaseProvider(),
    replace: args.includes("--replace"),
  });
  process.stderr.write(`import: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows loaded\n`);
  // The export holds the rows, not the search index: build it so the imported data is searchable at once.
  const indexed = await rebuildSearchIndex(db);
  process.stderr.write(
    `import: search index rebuilt (${indexed.meetings} meetings, ${indexed.articles} articles, ${indexed.officials} officials)\n`,
  );
} catch (e) {
  process.stderr.write(`import: ${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
