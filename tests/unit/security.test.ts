// Security properties checked without a server: no regex is ever built from text (the extractor
// and the search only use literal patterns; user words become quoted FTS5 strings or escaped LIKE
// patterns); search and the extractor take regex/FTS/LIKE metacharacters as plain text; the
// session cookie is Secure when COOKIE_SECURE=1 (behind HTTPS) and always HttpOnly + SameSite; the
// CSP has no unsafe-inline script and a fresh nonce.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeFile } from "@/lib/extract";
import { extractArticle } from "@/lib/extract";
import { ingestArticle, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { searchArticleIds, searchMeetingIds, searchOfficialIds } from "@/lib/search";
import { ftsMatchExpression, likeWordPrefix, queryTokens } from "@/lib/search/text";
import { buildCsp, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { createTestDb, type TestDb } from "./helpers/test-db";

const ROOT = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true }).flatMap((e) => {
    if (!e.isFile() || !/\.(ts|tsx)$/.test(e.name)) return [];
    const file = path.join(e.parentPath, e.name);
    return [{ file: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") }];
  });
}

const METACHARS = [
  "(.*)",
  ".*",
  "[",
  "a|b",
  "\\",
  "^$",
  "(?=x)",
  "((((((((((a*)*)*)*)*)*)*)*)*)*)!",
  "%",
  "_",
  '"',
  "*",
  "NEAR(a b)",
  "body : x",
  "' OR '1'='1",
];

describe("no pattern from input", () => {
  it("lib/extract and lib/search never construct a RegExp (every regex is a literal)", () => {
    const files = [...sources("lib/extract"), ...sources("lib/search")];
    expect(files.length).toBeGreaterThan(5);
    for (const { file, text } of files) {
      expect(text, file).not.toMatch(/\bnew\s+RegExp\s*\(|\bRegExp\s*\(/);
      // String.prototype.match/search/matchAll with a non-literal argument would compile it as a regex.
      for (const m of text.matchAll(/\.(?:search|matchAll)\(\s*([^)\s/][^)]*)\)/g)) {
        expect(m[1], `${file}: .search/.matchAll(${m[1]})`).toMatch(/^[A-Z_]+$/);
      }
    }
  });

  it("query words are letters and digits only; FTS5 strings are quoted; LIKE wildcards are escaped", () => {
    for (const q of METACHARS) {
      for (const t of queryTokens(q)) expect(t.norm).toMatch(/^[\p{L}\p{N}]+$/u);
    }
    expect(queryTokens("(.*)")).toEqual([]);
    expect(queryTokens("بوريطة.*|(x)")).toEqual([
      expect.objectContaining({ norm: expect.stringMatching(/^[\p{L}]+$/u) }),
    ]);
    expect(ftsMatchExpression([{ norm: 'a"b', stem: "c" }])).toBe('(body : "a""b"* OR stems : "c"*)');
    expect(likeWordPrefix("50%_a\\")).toBe("% 50\\%\\_a\\\\%");
  });

  it("the extractor takes metacharacters and markup as text", () => {
    const k = loadKnowledgeFile("prisma/knowledge.json");
    const noise = `(.*) [a-z]+ ((((a*)*)*)*)! \\ <script>alert(1)</script> ${"(".repeat(500)} ${"a*".repeat(500)}b`;
    const text = `${noise}\nاستقبل ناصر بوريطة، وزير الخارجية، يوم 12 مارس 2024 بالرباط، عبد اللطيف حموشي (.*)، وتناول اللقاء التعاون الأمني.\n${noise}`;
    const r = extractArticle({ text, published: "2024-03-13", title: "(.*)" }, k as never);
    expect(r.meetings).toHaveLength(1);
    expect(r.officials.map((o) => o.key).sort()).toEqual(["bourita", "hammouchi"]);
  });
});

describe("search with metacharacters", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await seedKnowledge(t.db, loadKnowledgeFile("prisma/knowledge.json"));
    const r = await ingestArticle(
      t.db,
      {
        text: "استقبل ناصر بوريطة، وزير الخارجية، يوم 12 مارس 2024 بالرباط، عبد اللطيف حموشي، وتناول اللقاء التعاون الأمني.",
        published: "2024-03-13",
      },
      await loadKnowledge(t.db),
    );
    expect(r.status).toBe("created");
  }, 120_000);
  afterAll(async () => t?.cleanup());

  it("a word wrapped in metacharacters finds what the word finds; metacharacters alone are no filter; none matches everything", async () => {
    const word = await searchMeetingIds(t.db, "حموشي");
    expect(word?.length).toBeGreaterThan(0);
    for (const q of ["حموشي.*", "(حموشي)", "حموشي|", "[حموشي]", "حموشي%", "^حموشي$", "حموشي\\", '"حموشي"', "حموشي*"]) {
      expect(await searchMeetingIds(t.db, q), q).toEqual(word);
    }
    for (const q of METACHARS) {
      const kind = queryTokens(q).length ? "words" : "none";
      const r = await searchMeetingIds(t.db, q);
      if (kind === "none") expect(r, q).toBeNull();
    }
    for (const q of ["zzqx.*", "zzqx%", "zzqx_", "zzqx|حموشي", "(zzqx)*", "zzqx' OR '1'='1"]) {
      expect(await searchMeetingIds(t.db, q), q).toEqual([]);
      expect(await searchOfficialIds(t.db, q), q).toEqual([]);
      expect(await searchArticleIds(t.db, q), q).toEqual([]);
    }
  });
});

// The session cookie's Secure flag (COOKIE_SECURE, https SITE_URL, x-forwarded-proto) is unit-tested in
// tests/unit/admin/auth.test.ts and end to end in tests/e2e/security.spec.ts.
describe("headers", () => {
  it("the CSP allows scripts only by nonce (no unsafe-inline/eval in production) and forbids framing", () => {
    const csp = buildCsp("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(buildCsp("x", { dev: true })).toContain("'unsafe-eval'");
    const names = STATIC_SECURITY_HEADERS.map((h) => h.key.toLowerCase());
    for (const h of [
      "x-content-type-options",
      "x-frame-options",
      "referrer-policy",
      "permissions-policy",
      "strict-transport-security",
    ])
      expect(names).toContain(h);
  });
});
