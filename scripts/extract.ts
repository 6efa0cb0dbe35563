// npm run --silent extract -- (--manifest PATH | DIR) [--knowledge prisma/knowledge.json] [--bench N]
// DIR stands for DIR/manifest.json.
// Prints {"articles":[…]} on stdout. A bad article gets an "error" field; a bad manifest exits 2.
// With --bench N: extracts every article N times and prints the throughput (articles/s) instead.
import { statSync } from "node:fs";
import path from "node:path";
import { extractArticle, loadKnowledgeFile, type Knowledge } from "../lib/extract";
// The ingest's own readers (no database behind them): the CLI reads exactly what ingest reads.
import { readArticleFile, readManifest, resolveEntryFile } from "../lib/ingest/files";

function fail(msg: string): never {
  process.stderr.write(`extract: ${msg}\n`);
  process.exit(2);
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// «extract seeds/» is short for «extract --manifest seeds/manifest.json»
function positionalManifest(): string | undefined {
  const valued = new Set(["--manifest", "--knowledge", "--bench"]);
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? "";
    if (valued.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith("--")) continue;
    try {
      return statSync(a).isDirectory() ? path.join(a, "manifest.json") : a;
    } catch {
      return a;
    }
  }
  return undefined;
}
const manifestPath = arg("--manifest") ?? positionalManifest();
if (!manifestPath) fail("usage: extract (--manifest PATH | DIR) [--knowledge FILE] [--bench N]");
const knowledgePath = arg("--knowledge") ?? path.join(import.meta.dirname, "..", "prisma", "knowledge.json");

const manifest = readManifest(manifestPath);
if (!manifest.ok) fail(`malformed manifest: ${manifest.error}`);
const { dir, entries } = manifest;

let knowledge: Knowledge;
try {
  knowledge = loadKnowledgeFile(knowledgePath);
} catch (e) {
  fail(`cannot load knowledge: ${(e as Error).message}`);
}

/** An entry's text, or why it cannot be read (the message without the file name: the entry names it). */
function readArticle(file: string): { text: string } | { error: string } {
  const where = resolveEntryFile(dir, file);
  if (!where.ok) return { error: where.error };
  const r = readArticleFile(where.path);
  return r.ok ? { text: r.text } : { error: r.error };
}

const benchArg = arg("--bench");
if (benchArg !== undefined) {
  const rounds = Number(benchArg);
  if (!Number.isInteger(rounds) || rounds < 1) fail("--bench takes a positive whole number of rounds");
  const texts = entries.flatMap((e) => {
    const r = readArticle(e.file);
    return "text" in r ? [{ text: r.text, published: e.published ?? null }] : [];
  });
  extractArticle(texts[0] ?? { text: "", published: null }, knowledge); // warm-up: knowledge index
  const t0 = performance.now();
  let meetings = 0;
  for (let n = 0; n < rounds; n++) for (const t of texts) meetings += extractArticle(t, knowledge).meetings.length;
  const seconds = (performance.now() - t0) / 1000;
  const count = texts.length * rounds;
  const chars = texts.reduce((a, t) => a + t.text.length, 0) * rounds;
  process.stdout.write(
    `${JSON.stringify({ articles: count, seconds: Number(seconds.toFixed(3)), articlesPerSecond: Math.round(count / seconds), charsPerSecond: Math.round(chars / seconds), meetings })}\n`,
  );
  process.exit(0);
}
const articles = entries.map((entry) => {
  const published = entry.published ?? null;
  const out: Record<string, unknown> = { file: entry.file, published };
  const r = readArticle(entry.file);
  if ("error" in r) return { ...out, error: r.error, officials: [], meetings: [] };
  try {
    const res = extractArticle({ text: r.text, published }, knowledge);
    return {
      ...out,
      officials: res.officials.map((o) => ({
        name: o.name,
        nameEn: o.nameEn,
        role: o.role,
        agency: o.agency,
        country: o.country,
      })),
      meetings: res.meetings.map((m) => ({
        participants: m.participants.map((p) => ({ name: p.name, nameEn: p.nameEn, role: p.role, side: p.side })),
        date: {
          start: m.date.start,
          end: m.date.end,
          precision: m.date.precision,
          text: m.date.text,
          explanation: m.date.explanation,
        },
        place: m.place,
        status: m.status,
        topics: m.topics,
        evidence: m.evidence.text,
      })),
    };
  } catch (e) {
    return { ...out, error: `extraction failed: ${(e as Error).message}`, officials: [], meetings: [] };
  }
});
process.stdout.write(`${JSON.stringify({ articles }, null, 1)}\n`);
