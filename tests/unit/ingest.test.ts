import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeFile } from "@/lib/extract";
import { decodeArticleBytes, ingestManifest, loadKnowledge, readManifest, seedKnowledge } from "@/lib/ingest";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedKnowledge(t.db, loadKnowledgeFile("prisma/knowledge.json"));
});
afterAll(async () => t?.cleanup());

async function counts() {
  const [articles, meetings, participants, sources, evidence, officials, aliases] = await Promise.all([
    t.db.article.count(),
    t.db.meeting.count(),
    t.db.meetingParticipant.count(),
    t.db.meetingSource.count(),
    t.db.evidence.count(),
    t.db.official.count(),
    t.db.officialAlias.count(),
  ]);
  return { articles, meetings, participants, sources, evidence, officials, aliases };
}

describe("ingest", () => {
  it("stores the five seed articles once: ingesting twice leaves the same rows", async () => {
    const knowledge = await loadKnowledge(t.db);
    const first = await ingestManifest(t.db, "seeds", knowledge);
    if ("fatal" in first) throw new Error(first.fatal);
    expect(first.created).toBe(5);
    expect(first.errors).toBe(0);
    const after1 = await counts();
    expect(after1.articles).toBe(5);
    expect(after1.meetings).toBeGreaterThan(0);

    const second = await ingestManifest(t.db, "seeds/manifest.json", await loadKnowledge(t.db));
    if ("fatal" in second) throw new Error(second.fatal);
    expect(second.created).toBe(0);
    expect(second.unchanged).toBe(5);
    expect(await counts()).toEqual(after1);
  });

  it("reports each bad file by name, lands the good ones, and leaves nothing half-written", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-bad-"));
    const good = "استقبل وزير الخارجية المغربي، اليوم الاثنين بالرباط، نظيره الإسباني في إطار زيارة عمل.\n";
    fs.writeFileSync(path.join(dir, "good.txt"), good);
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0]));
    fs.writeFileSync(path.join(dir, "punct.txt"), "!!! ... ؟؟ ،،");
    fs.writeFileSync(
      path.join(dir, "manifest.json"),
      JSON.stringify(
        ["good.txt", "empty.txt", "binary.txt", "latin1.txt", "punct.txt", "missing.txt"].map((file) => ({
          file,
          source: "اختبار",
          published: "2024-03-04",
          language: "ar",
        })),
      ),
    );
    const before = await counts();
    const report = await ingestManifest(t.db, dir, await loadKnowledge(t.db));
    if ("fatal" in report) throw new Error(report.fatal);
    const byFile = Object.fromEntries(report.results.map((r) => [r.file, r]));
    expect(byFile["good.txt"]?.status).toBe("created");
    const errorOf = (f: string) => {
      const r = byFile[f];
      return r && r.status === "error" ? r.error : "";
    };
    expect(errorOf("empty.txt")).toMatch(/empty\.txt: file is empty/);
    expect(errorOf("binary.txt")).toMatch(/binary\.txt: file looks binary/);
    expect(errorOf("latin1.txt")).toMatch(/latin1\.txt: file is not valid UTF-8/);
    expect(errorOf("punct.txt")).toMatch(/punct\.txt: file has no letters/);
    expect(errorOf("missing.txt")).toMatch(/missing\.txt: file not found/);
    expect(report.errors).toBe(5);
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses a malformed manifest as a whole, with a reason", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-manifest-"));
    const write = (content: string) => fs.writeFileSync(path.join(dir, "manifest.json"), content);
    write("{not json");
    expect(readManifest(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    write(JSON.stringify([{ file: 3 }]));
    expect(readManifest(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid manifest/) });
    write(JSON.stringify([{ file: "a.txt" }, { file: "a.txt" }]));
    expect(readManifest(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/duplicate entry for a\.txt/) });
    write(JSON.stringify([{ file: "a.txt", published: "29/09/2020" }]));
    expect(readManifest(dir)).toMatchObject({ ok: false, error: expect.stringMatching(/YYYY-MM-DD/) });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("classifies raw bytes before anything is stored", () => {
    const enc = new TextEncoder();
    expect(decodeArticleBytes(enc.encode("\uFEFFنص عربي"), "a.txt")).toEqual({ ok: true, text: "نص عربي" });
    expect(decodeArticleBytes(enc.encode("   \n\t "), "w.txt")).toMatchObject({
      ok: false,
      error: "w.txt: file has no text (only whitespace)",
    });
    expect(decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41]), "u.txt")).toMatchObject({ ok: false });
  });
});
