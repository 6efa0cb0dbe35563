#!/usr/bin/env node
// prisma/schema.prisma is the one source of truth for the models. Prisma allows one provider
// per schema, so the PostgreSQL schema is derived from it: same models, provider and client
// output replaced. `--check` exits 2 when the committed copy is stale (run by db:check).
import fs from "node:fs";

const SRC = "prisma/schema.prisma";
const OUT = "prisma/postgres/schema.prisma";

export function derive(src) {
  const out = src
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output   = "../../lib/generated/prisma-pg"');
  if (out === src || !out.includes('"postgresql"') || !out.includes("prisma-pg")) {
    throw new Error(`${SRC}: provider or generator output not found where expected`);
  }
  return `// GENERATED from ${SRC} by scripts/pg-schema.mjs — edit that file, then run npm run db:pg-schema.\n${out}`;
}

const want = derive(fs.readFileSync(SRC, "utf8"));
if (process.argv.includes("--check")) {
  const have = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (have !== want) {
    console.error(`${OUT} is stale: run npm run db:pg-schema`);
    process.exit(2);
  }
  console.log(`${OUT} matches ${SRC}`);
} else {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(OUT, want);
  console.log(`wrote ${OUT}`);
}
