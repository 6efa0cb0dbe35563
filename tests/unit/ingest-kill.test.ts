// Kill the ingest process (SIGKILL) in the middle of a batch, run it again: the database ends
// exactly as after one uninterrupted run — no duplicate, no partial article.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadKnowledgeFile } from "@/lib/extract";
import { ingestManifest, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { createTestDb, type TestDb } from "./helpers/test-db";

const N = 30;
let dir: string;
let killed: TestDb;
let clean: TestDb;

function article(i: number): string {
  const day = (i % 27) + 1;
  const para = "وتناول الجانبان سبل تعزيز التعاون الثنائي في المجالات الأمنية وتبادل المعلومات. ".repeat(40);
  return `استقبل وزير الداخلية المغربي يوم ${day} مارس 2024 بالرباط، نظيره الإسباني في إطار زيارة عمل رقم ${i}.\n${para}\n`;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-kill-"));
  const manifest = [];
  for (let i = 0; i < N; i++) {
    fs.writeFileSync(path.join(dir, `a${i}.txt`), article(i));
    manifest.push({ file: `a${i}.txt`, source: "اختبار", published: "2024-03-30", language: "ar" });
  }
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  killed = await createTestDb();
  clean = await createTestDb();
  const k = loadKnowledgeFile("prisma/knowledge.json");
  await seedKnowledge(killed.db, k);
  await seedKnowledge(clean.db, k);
});
afterAll(async () => {
  await killed?.cleanup();
  await clean?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function runIngest(
  url: string,
  killAfterLines?: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: number }> {
  return new Promise((resolve) => {
    // Its own process group (detached), so the kill reaches npx → tsx → node and nothing else.
    const child = spawn("npx", ["tsx", "scripts/ingest.ts", dir], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    });
    let killed = false;
    let lines = 0;
    child.stderr.on("data", (buf: Buffer) => {
      lines += buf
        .toString()
        .split("\n")
        .filter((l) => /^\[\d+\/\d+\]/.test(l.replace(/\r|\x1b\[K/g, ""))).length;
      if (killAfterLines !== undefined && lines >= killAfterLines && !killed) {
        // npx → tsx → node: kill the whole group so the worker dies mid-batch, not after.
        killed = true;
        process.kill(-child.pid!, "SIGKILL");
      }
    });
    // "close": every process holding the pipe is gone, so the killed worker cannot write afterwards.
    child.on("close", (code, signal) => resolve({ code, signal, lines }));
  });
}

async function snapshot(t: TestDb) {
  const articles = await t.db.article.findMany({
    orderBy: { file: "asc" },
    select: { file: true, contentHash: true, _count: { select: { sources: true, evidence: true } } },
  });
  return {
    articles: articles.map((a) => ({
      file: a.file,
      hash: a.contentHash,
      sources: a._count.sources,
      evidence: a._count.evidence,
    })),
    meetings: await t.db.meeting.count(),
    participants: await t.db.meetingParticipant.count(),
    // One audit row per stored article: none for an article that was rolled back, none doubled.
    ingestAudits: await t.db.auditLog.count({ where: { action: "ingest" } }),
  };
}

it("a batch killed with SIGKILL and re-run ends as one clean run would", async () => {
  const first = await runIngest(killed.url, 5);
  expect(first.signal).toBe("SIGKILL");
  const partial = await killed.db.article.count();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(N);

  const second = await runIngest(killed.url);
  expect(second.code).toBe(0);

  const r = await ingestManifest(clean.db, dir, await loadKnowledge(clean.db));
  if ("fatal" in r) throw new Error(r.fatal);
  expect(r.created).toBe(N);
  expect(await snapshot(killed)).toEqual(await snapshot(clean));
}, 180_000);
