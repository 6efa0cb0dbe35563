// The bad-input corpus (tests/bad-input/, plus files too big or too binary to commit, generated
// here) through every door: the ingest CLI (English errors, exit codes), the admin's new-article
// action (Arabic errors), the zod form schemas and the mutations (hostile values). Nothing is
// half-stored: row counts are compared before and after every refusal.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, upsertUser } from "@/lib/auth";
import { loadKnowledgeFile } from "@/lib/extract";
import {
  decodeArticleBytes,
  ingestManifest,
  loadKnowledge,
  MAX_ARTICLE_BYTES,
  readManifest,
  seedKnowledge,
} from "@/lib/ingest";
import { updateMeeting } from "@/lib/mutations/update-meeting";
import { updateOfficial } from "@/lib/mutations/update-official";
import { agencyFormSchema } from "@/lib/schemas/agency-form";
import { articleFormSchema } from "@/lib/schemas/article-form";
import { newArticleSchema } from "@/lib/schemas/article-new";
import { meetingFormSchema } from "@/lib/schemas/meeting-form";
import { officialFormSchema } from "@/lib/schemas/official-form";
import { signInSchema } from "@/lib/schemas/sign-in";
import { jar } from "./admin/session-mock";
import { createTestDb, type TestDb } from "./helpers/test-db";

vi.mock("next/headers", async () => (await import("./admin/session-mock")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("./admin/session-mock")).nextCacheMock());

const CORPUS = path.resolve(import.meta.dirname, "../bad-input");
const ARABIC = /\p{Script=Arabic}/u;
let t: TestDb;
let dir: string;
let actor: number;

/** Every table a bad input could leave a half-written row in. */
async function counts(db = t.db) {
  const [articles, meetings, participants, sources, evidence, officials, aliases, mentions, audit] = await Promise.all([
    db.article.count(),
    db.meeting.count(),
    db.meetingParticipant.count(),
    db.meetingSource.count(),
    db.evidence.count(),
    db.official.count(),
    db.officialAlias.count(),
    db.articleMention.count(),
    db.auditLog.count(),
  ]);
  return { articles, meetings, participants, sources, evidence, officials, aliases, mentions, audit };
}

function runIngest(target: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "scripts/ingest.ts", target], {
      env: { ...process.env, DATABASE_URL: t.url },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

/** The CLI's line for one file. */
const lineFor = (stderr: string, file: string) => stderr.split("\n").find((l) => l.includes(`] ${file}:`)) ?? "";

const BAD_FILES = {
  "empty.txt": /file is empty/,
  "binary.bin": /file looks binary/,
  "windows-1256.txt": /not valid UTF-8 text.*windows-1256/,
  "huge.txt": /file is too large \(\d+ bytes, limit \d+\)/,
  "punctuation.txt": /no letters/,
  "whitespace.txt": /no text/,
  "controls.txt": /looks binary \(control characters\)/,
} as const;

beforeAll(async () => {
  t = await createTestDb();
  await seedKnowledge(t.db, loadKnowledgeFile("prisma/knowledge.json"));
  actor = (await upsertUser(t.db, { email: "bad-input@liqaat.test", password: "bad input pw 1" })).id;
  (globalThis as { liqaatDb?: unknown }).liqaatDb = t.db;
  const { token } = await createSession(t.db, actor);
  jar.set(SESSION_COOKIE, token);

  dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-bad-"));
  for (const f of ["windows-1256.txt", "punctuation.txt", "html-script.txt", "rlo.txt"])
    fs.copyFileSync(path.join(CORPUS, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, "empty.txt"), "");
  fs.writeFileSync(
    path.join(dir, "binary.bin"),
    Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), randomBytes(4096)]),
  );
  // 10 MB of real Arabic prose: too large for an article, refused before it is read.
  const para = Buffer.from(
    "استقبل ناصر بوريطة، وزير الخارجية، يوم 12 مارس 2024 بالرباط، عبد اللطيف حموشي، وتناول اللقاء التعاون الأمني.\n",
  );
  fs.writeFileSync(path.join(dir, "huge.txt"), Buffer.alloc(10 * 1024 * 1024, para));
  fs.writeFileSync(path.join(dir, "whitespace.txt"), " \n\t\n  \r\n".repeat(100));
  fs.writeFileSync(path.join(dir, "controls.txt"), "نص\u0001\u0002\u0003\u0004\u0005\u0006".repeat(50));
  const manifest = [
    ...Object.keys(BAD_FILES).map((file) => ({ file, source: "اختبار" })),
    {
      file: "html-script.txt",
      title: `<script>alert("xss-title")</script><img src=x onerror=alert(1)> لقاء`,
      source: "<b>مصدر</b>",
      published: "2024-03-15",
    },
    { file: "rlo.txt", title: "عنوان \u202Egnp.exe\u202C مقلوب", source: "اختبار\u202E", published: "2024-03-16" },
  ];
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
}, 120_000);
afterAll(async () => {
  await t?.cleanup();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the ingest CLI", () => {
  it("refuses each bad file by name with an English reason, stores the good ones whole, exits 1", async () => {
    const before = await counts();
    const r = await runIngest(dir);
    expect(r.code).toBe(1);
    for (const [file, reason] of Object.entries(BAD_FILES)) {
      const line = lineFor(r.stderr, file);
      expect(line, file).toMatch(/ERROR/);
      expect(line, file).toMatch(reason);
      expect(line.replace(/\] [^:]+:/, ""), `${file}: English`).not.toMatch(ARABIC);
    }
    expect(r.stderr).toMatch(/ingest: 2 stored, 0 unchanged, 7 failed/);
    const stored = await t.db.article.findMany({
      select: { id: true, file: true, title: true, source: true, text: true },
    });
    expect(stored.map((a) => a.file).sort()).toEqual(["html-script.txt", "rlo.txt"]);
    // Each good article landed with its meeting and its audit row; nothing of the bad ones.
    const after = await counts();
    expect(after.articles - before.articles).toBe(2);
    expect(after.audit - before.audit).toBe(2);
    expect(after.meetings - before.meetings).toBeGreaterThanOrEqual(1);

    // Markup is stored as the text it is (the pages render it as text: see the e2e).
    const html = stored.find((a) => a.file === "html-script.txt")!;
    expect(html.title).toBe(`<script>alert("xss-title")</script><img src=x onerror=alert(1)> لقاء`);
    expect(html.text).toContain("<script>window.__pwned = 1;");
    // Bidi overrides are removed from everything stored; the words stay.
    const rlo = stored.find((a) => a.file === "rlo.txt")!;
    for (const v of [rlo.title, rlo.source, rlo.text]) expect(v).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(rlo.title).toBe("عنوان gnp.exe مقلوب");
    expect(rlo.text).toContain("txt.exe");
    const evidence = await t.db.evidence.findMany({ where: { articleId: rlo.id } });
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(rlo.text.slice(e.start, e.end)).toBe(e.text);

    // Run again: the good ones are unchanged, the bad ones still refused, nothing doubles.
    const again = await runIngest(dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/ingest: 0 stored, 2 unchanged, 7 failed/);
    expect(await counts()).toEqual(after);
  }, 120_000);

  const MANIFESTS: [string, number, RegExp[]][] = [
    ["bad-json", 2, [/not valid JSON/]],
    ["not-a-list", 2, [/invalid manifest/, /expected array/]],
    [
      "wrong-types",
      2,
      [
        /invalid manifest/,
        /file/,
        /expected string, received number/,
        /published/,
        /YYYY-MM-DD/,
        /url/,
        /title/,
        /language/,
      ],
    ],
    ["duplicates", 2, [/invalid manifest/, /duplicate entry for a\.txt/]],
    [
      "missing-files",
      1,
      [
        /nowhere\.txt: file not found/,
        /etc\/passwd: refused, the path leaves the manifest's folder/,
        /missing\.txt: file not found/,
      ],
    ],
    ["no-such-folder", 2, [/not found/]],
  ];
  for (const [name, code, reasons] of MANIFESTS) {
    it(`manifest "${name}": exit ${code}, a clear English message, nothing stored`, async () => {
      const before = await counts();
      const r = await runIngest(path.join(CORPUS, "manifests", name));
      expect(r.code).toBe(code);
      for (const re of reasons) expect(r.stderr).toMatch(re);
      expect(r.stderr).not.toMatch(ARABIC);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(await counts()).toEqual(before);
    }, 60_000);
  }

  it("the library refuses the same manifests without throwing", async () => {
    expect(readManifest(path.join(CORPUS, "manifests", "bad-json"))).toMatchObject({ ok: false });
    const r = await ingestManifest(t.db, path.join(CORPUS, "manifests", "duplicates"), await loadKnowledge(t.db));
    expect(r).toMatchObject({ fatal: expect.stringMatching(/duplicate entry/) });
  });
});

describe("the admin's new-article form", () => {
  async function submit(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
    const { createArticleAction } = await import("@/app/admin/(panel)/articles/new/create-article-action");
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.set(k, v);
    if (file) fd.set("file", new File([file.bytes as BlobPart], file.name, { type: file.type ?? "text/plain" }));
    return createArticleAction(undefined, fd);
  }

  const read = (f: string) => new Uint8Array(fs.readFileSync(path.join(dir, f)));

  it("answers each bad upload in Arabic and stores nothing", async () => {
    const before = await counts();
    const uploads: [string, Uint8Array, string?][] = [
      ["empty.txt", read("empty.txt")],
      ["binary.txt", read("binary.bin")],
      ["image.png", read("binary.bin"), "image/png"],
      ["windows-1256.txt", read("windows-1256.txt")],
      ["huge.txt", read("huge.txt")],
      ["punctuation.txt", read("punctuation.txt")],
      ["controls.txt", read("controls.txt")],
    ];
    for (const [name, bytes, type] of uploads) {
      const state = await submit({ intent: "save" }, { name, bytes, type });
      expect(state.ok, name).toBe(false);
      const messages = [...Object.values(state.fieldErrors).flat(), state.formError ?? ""].join(" ");
      expect(messages, name).toMatch(ARABIC);
      expect(messages, name).not.toMatch(/[A-Za-z]{4,}/); // no English leaking through
    }
    expect(await counts()).toEqual(before);
  }, 60_000);

  it("answers bad pasted text in Arabic and stores nothing", async () => {
    const before = await counts();
    for (const text of ["", "   \n\t ", "!!! ؟؟؟ ... ،،، ---", "قصير جدا", "x".repeat(600 * 1024)]) {
      const state = await submit({ text, intent: "save" });
      expect(state.ok).toBe(false);
      expect(Object.values(state.fieldErrors).flat().join(" ")).toMatch(ARABIC);
    }
    expect(await counts()).toEqual(before);
  });

  it("the pure decoder gives the CLI's English reasons for the same bytes", () => {
    expect(decodeArticleBytes(read("empty.txt"), "e")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/empty/),
    });
    expect(decodeArticleBytes(read("binary.bin"), "b")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binary/),
    });
    expect(decodeArticleBytes(read("windows-1256.txt"), "w")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/UTF-8/),
    });
    expect(decodeArticleBytes(read("huge.txt"), "h")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
    expect(read("huge.txt").length).toBeGreaterThan(MAX_ARTICLE_BYTES);
  });
});

// Hostile values a crafted POST could carry (the browser form never sends them).
const LONG = "ب".repeat(100_000);
const SQL = `'; DROP TABLE "Meeting"; --`;
const WRONG_TYPES: unknown[] = [123, true, null, ["a", "b"], { $ne: 1 }, { toString: "x" }];

describe("hostile form values against the zod schemas", () => {
  const schemas = {
    official: {
      schema: officialFormSchema,
      base: { id: "1", nameAr: "اسم", reviewStatus: "reviewed" },
      fields: ["nameAr", "nameEn", "country", "newAliases"],
    },
    agency: {
      schema: agencyFormSchema,
      base: { id: "1", nameAr: "جهة", kind: "security" },
      fields: ["nameAr", "nameEn", "country", "kind"],
    },
    article: {
      schema: articleFormSchema,
      base: { id: "1", title: "عنوان", published: "" },
      fields: ["title", "source", "url", "published"],
    },
    newArticle: {
      schema: newArticleSchema,
      base: { text: "استقبل ناصر بوريطة، وزير الخارجية، عبد اللطيف حموشي بالرباط." },
      fields: ["text", "title", "source", "url", "published"],
    },
    meeting: {
      schema: meetingFormSchema,
      base: { id: "1", version: "1", precision: "unknown", status: "held", reviewStatus: "reviewed" },
      fields: ["dateStart", "place", "country", "topics", "precision", "status"],
    },
    signIn: { schema: signInSchema, base: { email: "a@b.test", password: "x" }, fields: ["email", "password"] },
  } as const;

  for (const [name, { schema, base, fields }] of Object.entries(schemas)) {
    it(`${name}: over-long strings and wrong types are refused with Arabic messages, never thrown`, () => {
      for (const field of fields) {
        // A new article may be long (500 KB): beyond that, the same refusal.
        const long = schema.safeParse({ ...base, [field]: field === "text" ? "ب".repeat(300_000) : LONG });
        expect(long.success, `${name}.${field} accepted 100,000 characters`).toBe(false);
        if (!long.success)
          expect(long.error.issues.map((i) => i.message).join(" "), `${name}.${field}`).toMatch(ARABIC);
        for (const v of WRONG_TYPES) {
          const r = schema.safeParse({ ...base, [field]: v });
          if (!r.success) continue;
          // Accepted only when the schema coerced it to something harmless (a string or a null).
          const out = (r.data as Record<string, unknown>)[field];
          expect(
            out === null || typeof out === "string" || Array.isArray(out) || typeof out === "boolean",
            `${name}.${field} = ${JSON.stringify(v)}`,
          ).toBe(true);
        }
      }
      // NUL (which PostgreSQL refuses in text), other controls and bidi overrides: a field error, not a failed save.
      for (const field of fields.filter((f) =>
        ["nameAr", "nameEn", "newAliases", "title", "source", "place", "topics"].includes(f),
      )) {
        for (const bad of ["اسم\u0000", "\u0007جرس", "\u202Eمقلوب"]) {
          const r = schema.safeParse({ ...base, [field]: bad });
          expect(r.success, `${name}.${field} accepted ${JSON.stringify(bad)}`).toBe(false);
          if (!r.success) expect(r.error.issues.map((i) => i.message).join(" ")).toContain("محارف تحكّم");
        }
      }
      for (const id of ["-1", "0", "1.5", "1e309", "abc", "1; DROP TABLE x", "99999999999999999999"]) {
        if (!("id" in base)) break;
        expect(schema.safeParse({ ...base, id }).success, `${name}.id = ${id}`).toBe(false);
      }
    });
  }

  it("a javascript: or data: URL is not a link", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "//evil.example",
    ]) {
      expect(articleFormSchema.safeParse({ id: "1", title: "عنوان", url }).success, url).toBe(false);
      expect(
        newArticleSchema.safeParse({ text: "استقبل ناصر بوريطة، وزير الخارجية، عبد اللطيف حموشي بالرباط.", url })
          .success,
        url,
      ).toBe(false);
    }
  });
});

describe("hostile values through the mutations", () => {
  it("SQL fragments and markup are stored as plain text; no table is touched", async () => {
    const o = await t.db.official.findUniqueOrThrow({
      where: { slug: "bourita" },
      include: { aliases: true, tenures: true },
    });
    const before = await counts();
    const data = officialFormSchema.parse({
      id: String(o.id),
      nameAr: `ناصر ${SQL} <script>alert(1)</script>`,
      nameEn: `Robert'); DROP TABLE "Official";--`,
      country: o.country ?? "",
      reviewStatus: "reviewed",
      aliases: o.aliases.map((a) => ({ id: String(a.id) })),
      tenures: o.tenures.map((x) => ({
        id: String(x.id),
        positionId: String(x.positionId),
        from: x.from ?? "",
        to: x.to ?? "",
      })),
      newAliases: `بوريطة' OR '1'='1\n%_\\`,
    });
    const r = await updateOfficial(t.db, actor, data);
    expect(r.ok).toBe(true);
    const after = await t.db.official.findUniqueOrThrow({ where: { id: o.id }, include: { aliases: true } });
    expect(after.nameAr).toBe(`ناصر ${SQL} <script>alert(1)</script>`);
    expect(after.nameEn).toBe(`Robert'); DROP TABLE "Official";--`);
    expect(after.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining([`بوريطة' OR '1'='1`, "%_\\"]));
    const now = await counts();
    expect(now.meetings).toBe(before.meetings);
    expect(now.officials).toBe(before.officials);
    expect(now.audit).toBe(before.audit + 1);
  });

  it("a meeting form naming rows that do not exist changes nothing", async () => {
    const meeting = await t.db.meeting.create({
      data: { sortKey: "2024-01-01", dateStart: "2024-01-01", precision: "day" },
      select: { id: true, version: true },
    });
    const before = await counts();
    const snapshot = await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const data = meetingFormSchema.parse({
      id: String(meeting.id),
      version: String(meeting.version),
      precision: "unknown",
      status: "held",
      reviewStatus: "reviewed",
      participants: [{ id: "999999", side: "host" }],
      add: { officialId: "999999", side: "guest" },
    });
    const r = await updateMeeting(t.db, actor, data);
    expect(r).toMatchObject({ ok: false, fieldErrors: expect.any(Object) });
    if (!r.ok && "fieldErrors" in r) expect(Object.values(r.fieldErrors).flat().join(" ")).toMatch(ARABIC);
    expect(await counts()).toEqual(before);
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toEqual(snapshot);
  });
});
