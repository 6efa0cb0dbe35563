// npm run gen:corpus -- --meetings N [--officials M] [--articles K] --db PATH [--seed S] [--no-search]
// Writes a fresh, migrated SQLite database full of realistic synthetic meetings and the articles
// that report them (see scripts/bench/generate.ts), plus PATH.json describing it.
import { parseArgs } from "node:util";
import { generateCorpus } from "./bench/generate";

const { values } = parseArgs({
  options: {
    meetings: { type: "string" },
    officials: { type: "string" },
    articles: { type: "string" },
    db: { type: "string" },
    seed: { type: "string", default: "1" },
    "no-search": { type: "boolean", default: false },
  },
});

function int(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer (got ${v})`);
    process.exit(2);
  }
  return n;
}

const meetings = int("meetings", values.meetings);
if (meetings === undefined || !values.db) {
  console.error(
    "usage: npm run gen:corpus -- --meetings N [--officials M] [--articles K] --db PATH [--seed S] [--no-search]",
  );
  process.exit(2);
}

const info = await generateCorpus({
  meetings,
  officials: int("officials", values.officials),
  articles: int("articles", values.articles),
  seed: int("seed", values.seed),
  db: values.db,
  searchIndex: !values["no-search"],
  log: (line) => console.log(line),
});
for (const [table, n] of Object.entries(info.rows))
  console.log(`  ${table.padEnd(20)} ${n.toLocaleString("en").padStart(10)}`);
console.log(`search index: ${info.searchIndex}`);
console.log(
  `busiest official: ${info.topOfficial?.slug ?? "—"} (${info.topOfficial?.meetings ?? 0} meetings); search term: ${info.searchTerm}`,
);
