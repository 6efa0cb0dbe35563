import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const cli = (manifest: string) =>
  spawnSync("npx", ["tsx", "scripts/extract.ts", "--manifest", manifest], { encoding: "utf8", timeout: 120_000 });

describe("extract CLI", () => {
  it("prints the seeds' extraction as JSON", () => {
    const r = cli("seeds/manifest.json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      articles: {
        file: string;
        published: string | null;
        meetings: { evidence: string; date: { precision: string } }[];
      }[];
    };
    expect(out.articles).toHaveLength(5);
    expect(out.articles.every((a) => Array.isArray(a.meetings))).toBe(true);
    expect(out.articles.reduce((n, a) => n + a.meetings.length, 0)).toBeGreaterThanOrEqual(8);
    const a3 = out.articles.find((a) => a.file.startsWith("003"));
    expect(a3?.published).toBe("2020-09-29");
  });

  it("takes a directory for its manifest.json, and --bench reports throughput instead of results", () => {
    const byDir = spawnSync("npx", ["tsx", "scripts/extract.ts", "tests/fixtures/extract-dev"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(byDir.status).toBe(0);
    const out = JSON.parse(byDir.stdout) as { articles: { file: string }[] };
    expect(out.articles.map((a) => a.file)).toContain("dev_01.txt");
    const bench = spawnSync("npx", ["tsx", "scripts/extract.ts", "--manifest", "seeds/manifest.json", "--bench", "1"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(bench.status).toBe(0);
    const b = JSON.parse(bench.stdout) as { articles: number; articlesPerSecond: number; meetings: number };
    expect([b.articles, b.articlesPerSecond > 0, b.meetings > 0]).toEqual([5, true, true]);
  });

  it("marks missing, empty, binary and non-UTF-8 files and paths leaving the folder, and keeps going", () => {
    const outer = mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
    const dir = path.join(outer, "batch");
    mkdirSync(dir);
    writeFileSync(
      path.join(outer, "outside.txt"),
      "استقبل وزير الخارجية المصري نظيره الأردني يوم 3 مارس 2021 بالقاهرة.",
    );
    writeFileSync(
      path.join(dir, "ok.txt"),
      "استقبل وزير الخارجية المصري سامح شكري، يوم 12 مارس 2023 بالقاهرة، نظيره الإسباني خوسيه مانويل ألباريس.",
    );
    writeFileSync(path.join(dir, "empty.txt"), "");
    writeFileSync(path.join(dir, "bin.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(path.join(dir, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
    const manifest = path.join(dir, "manifest.json");
    writeFileSync(
      manifest,
      JSON.stringify(
        ["ok.txt", "missing.txt", "empty.txt", "bin.txt", "latin1.txt", "../outside.txt"].map((file) => ({
          file,
          source: null,
          published: null,
          language: "ar",
        })),
      ),
    );
    const r = cli(manifest);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { file: string; error?: string; meetings: unknown[] }[] };
    const by = Object.fromEntries(out.articles.map((a) => [a.file, a]));
    expect(by["ok.txt"]?.error).toBeUndefined();
    expect(by["ok.txt"]?.meetings).toHaveLength(1);
    for (const f of ["missing.txt", "empty.txt", "bin.txt", "latin1.txt"]) expect(by[f]?.error, f).toMatch(/\w/);
    // the same refusal as the ingest: a manifest cannot make the CLI read files outside its folder
    expect(by["../outside.txt"]?.error).toMatch(/leaves the manifest's folder/);
    expect(by["../outside.txt"]?.meetings).toEqual([]);
  });

  it("exits 2 with an English message on a malformed manifest", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "extract-cli-"));
    for (const body of [
      '{"file": "x"}',
      "not json",
      '[{"file": 3}]',
      '[{"file": "a.txt", "published": "29/09/2020"}]',
    ]) {
      const manifest = path.join(dir, "bad.json");
      writeFileSync(manifest, body);
      const r = cli(manifest);
      expect(r.status, body).toBe(2);
      expect(r.stderr).toMatch(/manifest/);
    }
    expect(cli(path.join(dir, "nope.json")).status).toBe(2);
  });
});
