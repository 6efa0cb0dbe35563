// npm run --silent extract -- (--manifest PATH | DIR) [--knowledge prisma/knowledge.json] [--bench N]
// DIR stands for DIR/manifest.json.
// Prints {"articles":[…]} on stdout. A bad article gets an "error" field; a bad manifest exits 2.
// With --bench N: extracts every article N times and prints the throughput (articles/s) instead.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractArticle, loadKnowledgeFile, type Knowledge } from "../lib/extract";

const ManifestSchema = z.array(
  z.object({
    file: z.string().min(1),
    source: z.string().nullable().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "published must be YYYY-MM-DD or null")
      .nullable()
      .optional(),
    language: z.string().nullable().optional(),
  }),
);

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

let manifestRaw: unknown;
try {
  manifestRaw = JSON.parse(readFileSync(manifestPath, "utf8"));
} catch (e) {
  fail(`cannot read manifest ${manifestPath}: ${(e as Error).message}`);
}
const parsed = ManifestSchema.safeParse(manifestRaw);
if (!parsed.success) {
  const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  fail(`malformed manifest ${manifestPath}: expected an array of {file, source, published, language}; ${issues.join("; ")}`);
}

let knowledge: Knowledge;
try {
  knowledge = loadKnowledgeFile(knowledgePath);
} catch (e) {
  fail(`cannot load knowledge: ${(e as Error).message}`);
}

/** Reads an article as UTF-8 text, refusing empty, binary and non-UTF-8 files. */
function readArticle(file: string): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? "file not found" : `unreadable file (${code ?? (e as Error).message})` };
  }
  if (buf.length === 0) return { error: "empty file" };
  if (buf.includes(0)) return { error: "binary file (contains NUL bytes)" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    return { error: "not valid UTF-8" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { error: "empty file (whitespace only)" };
  return { text };
}

const base = path.dirname(path.resolve(manifestPath));

const benchArg = arg("--bench");
if (benchArg !== undefined) {
  const rounds = Number(benchArg);
  if (!Number.isInteger(rounds) || rounds < 1) fail("--bench takes a positive whole number of rounds");
  const texts = parsed.data.flatMap((e) => {
    const r = readArticle(path.resolve(base, e.file));
    return "text" in r ? [{ text: r.text, published: e.published ?? null }] : [];
  });
  extractArticle(texts[0] ?? { text: "", published: null }, knowledge); // warm-up: knowledge index
  const t0 = performance.now();
  let meetings = 0;
  for (let n = 0; n < rounds; n++) for (const t of texts) meetings += extractArticle(t, knowledge).meetings.length;
  const seconds = (performance.now() - t0) / 1000;
  const count = texts.length * rounds;
  const chars = texts.reduce((a, t) => a + t.text.length, 0) * rounds;
  process.stdout.write(`${JSON.stringify({ articles: count, seconds: Number(seconds.toFixed(3)), articlesPerSecond: Math.round(count / seconds), charsPerSecond: Math.round(chars / seconds), meetings })}\n`);
  process.exit(0);
}
const articles = parsed.data.map((entry) => {
  const published = entry.published ?? null;
  const out: Record<string, unknown> = { file: entry.file, published };
  const r = readArticle(path.resolve(base, entry.file));
  if ("error" in r) return { ...out, error: r.error, officials: [], meetings: [] };
  try {
    const res = extractArticle({ text: r.text, published }, knowledge);
    return {
      ...out,
      officials: res.officials.map((o) => ({ name: o.name, nameEn: o.nameEn, role: o.role, agency: o.agency, country: o.country })),
      meetings: res.meetings.map((m) => ({
        participants: m.participants.map((p) => ({ name: p.name, nameEn: p.nameEn, role: p.role, side: p.side })),
        date: { start: m.date.start, end: m.date.end, precision: m.date.precision, text: m.date.text, explanation: m.date.explanation },
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
