// Bench corpora live in data/bench/corpus-<N>.db and are reused while the generator, the
// migrations and the search module are unchanged (generating 100k meetings takes ~20 s, and
// building its search index longer).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generateCorpus, GENERATOR_VERSION, type CorpusInfo } from "./generate";
import { OUT_DIR, ROOT } from "./util";

function sourcesKey(): string {
  const h = createHash("sha256");
  h.update(String(GENERATOR_VERSION));
  const files = [
    ...fs
      .readdirSync(path.join(ROOT, "prisma/migrations"), { recursive: true, encoding: "utf8" })
      .map((f) => path.join("prisma/migrations", f)),
    "scripts/bench/generate.ts",
    "scripts/bench/corpus-data.ts",
    "scripts/bench/sqlite-bulk.ts",
    ...(fs.existsSync(path.join(ROOT, "lib/search"))
      ? fs.readdirSync(path.join(ROOT, "lib/search")).map((f) => path.join("lib/search", f))
      : []),
  ].sort();
  for (const f of files) {
    const abs = path.join(ROOT, f);
    if (fs.statSync(abs).isFile()) h.update(f).update(fs.readFileSync(abs));
  }
  return h.digest("hex").slice(0, 16);
}

export interface Corpus {
  file: string;
  info: CorpusInfo;
  reused: boolean;
}

export async function ensureCorpus(
  name: string,
  opts: { meetings: number; officials?: number; articles?: number; seed: number },
): Promise<Corpus> {
  const file = path.join(OUT_DIR, `${name}.db`);
  const key = sourcesKey();
  const stampFile = `${file}.key`;
  const want = JSON.stringify({ key, ...opts });
  if (
    fs.existsSync(file) &&
    fs.existsSync(`${file}.json`) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === want
  ) {
    return { file, info: JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as CorpusInfo, reused: true };
  }
  fs.rmSync(stampFile, { force: true });
  const info = await generateCorpus({ ...opts, db: file, log: (l) => console.log(`  [${name}] ${l}`) });
  fs.writeFileSync(stampFile, want);
  return { file, info, reused: false };
}
