// Security, against `next start`: the CSP and the usual headers on every page (404 and the sign-in
// page included) and the static headers on every other response; a cross-origin POST to a server
// action is refused before the action runs; the session cookie is Secure behind HTTPS
// (COOKIE_SECURE=1); error pages carry neither a stack trace nor a secret; a 404 page's scripts run
// under the nonce CSP (no violation in Chromium); regex metacharacters in `q` are plain text.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page, type Request } from "@playwright/test";
import { NON_DOCUMENT_CSP } from "../../lib/security/headers";
import { createStaff, db, removeStaff, type Staff } from "./admin-helpers";

const STATIC_HEADERS: Record<string, RegExp> = {
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "cross-origin-resource-policy": /^same-origin$/,
  "strict-transport-security": /max-age=\d+/,
};

function expectStaticHeaders(url: string, headers: Record<string, string>) {
  for (const [name, re] of Object.entries(STATIC_HEADERS)) expect(headers[name], `${name} on ${url}`).toMatch(re);
  expect(headers["x-powered-by"], `x-powered-by on ${url}`).toBeUndefined();
}

function expectCsp(url: string, headers: Record<string, string>) {
  const csp = headers["content-security-policy"];
  expect(csp, `CSP on ${url}`).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  for (const d of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ])
    expect(csp).toContain(d);
}

const PAGES = [
  "/",
  "/officials",
  "/agencies",
  "/admin/login",
  "/no-such-page",
  "/officials/no-such-official",
  "/meetings/999999999",
  "/feed.xml",
  "/?q=%D8%A8%D9%88%D8%B1%D9%8A%D8%B7%D8%A9",
];

test("every page, 404s and the sign-in page included, has a fresh nonce CSP and the security headers", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const url of PAGES) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBeLessThan(500);
    const headers = res.headers();
    expectCsp(url, headers);
    expectStaticHeaders(url, headers);
    nonces.add(/'nonce-([^']+)'/.exec(headers["content-security-policy"]!)![1]!);
  }
  expect(nonces.size).toBe(PAGES.length);
  // A page linking to a meeting and the meeting page itself.
  const meeting = await db.meeting.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const article = await db.article.findFirstOrThrow({ select: { id: true } });
  for (const url of [`/meetings/${meeting.id}`, `/articles/${article.id}`]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expectCsp(url, res.headers());
    expectStaticHeaders(url, res.headers());
  }
});

test("API responses and static files carry the static security headers and a deny-all CSP", async ({
  request,
  page,
}) => {
  for (const url of ["/api/meetings", "/api/meetings.csv", "/api/officials/suggest?q=hammouchi"]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expectStaticHeaders(url, res.headers());
    expect(res.headers()["content-security-policy"], url).toBe(NON_DOCUMENT_CSP);
  }
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  expect(script).toBeTruthy();
  const res = await request.get(script!);
  expect(res.status()).toBe(200);
  expectStaticHeaders(script!, res.headers());
  expect(res.headers()["content-security-policy"]).toBe(NON_DOCUMENT_CSP);
});

function cspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to (execute|load)/i.test(m.text()))
      errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("a 404 page's scripts carry the nonce: no CSP violation, and client navigation works from it", async ({
  page,
}) => {
  const errors = cspErrors(page);
  const res = await page.goto("/no-such-page-at-all");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
  // Every script element the server sent carries this response's nonce.
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"]!)![1]!;
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const n of scripts) expect(n).toBe(nonce);
  // Hydrated: the link navigates on the client (the Next router runs, so its scripts were allowed).
  await page.getByRole("link", { name: "العودة إلى الخط الزمني" }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});

/** Signs in through the real form and returns the server action request the browser sent. */
async function captureSignInAction(page: Page, email: string, password: string): Promise<Request> {
  await page.goto("/admin/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  const [req] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "دخول" }).click(),
  ]);
  return req;
}

async function replay(
  request: APIRequestContext,
  base: string,
  req: Request,
  origin: string,
  extra: Record<string, string> = {},
) {
  const headers = await req.allHeaders();
  return request.fetch(`${base}/admin/login`, {
    method: "POST",
    headers: {
      "next-action": headers["next-action"]!,
      "content-type": headers["content-type"]!,
      accept: "text/x-component",
      origin,
      ...extra,
    },
    data: req.postDataBuffer()!,
    maxRedirects: 0,
  });
}

test("a cross-origin POST to a server action is refused before the action runs", async ({ page, request, baseURL }) => {
  const email = `csrf-${randomBytes(4).toString("hex")}@liqaat.test`;
  const key = `email:${email}`;
  const req = await captureSignInAction(page, email, "wrong password 1");
  expect((await req.response())?.status()).toBe(200);
  // Each failed sign-in leaves one LoginAttempt row for the account.
  const counted = () => db.loginAttempt.count({ where: { key } });
  await expect.poll(counted).toBeGreaterThan(0);
  const before = await counted();

  const evil = await replay(request, baseURL!, req, "http://evil.example");
  expect(evil.status()).toBeGreaterThanOrEqual(400);
  expect(evil.headers()["set-cookie"]).toBeUndefined();
  // The action did not run: no failed attempt was counted against the account.
  expect(await counted()).toBe(before);

  // The very same request from the site's own origin does run (so the refusal above is the origin check).
  const same = await replay(request, baseURL!, req, new URL(baseURL!).origin);
  expect(same.status()).toBe(200);
  expect(await counted()).toBeGreaterThan(before);
  await db.loginAttempt.deleteMany({ where: { key } });
});

test("regex and LIKE metacharacters in q are plain text: a word plus metacharacters finds what the word finds", async ({
  request,
}) => {
  const count = async (q: string) => {
    const res = await request.get(`/api/meetings?q=${encodeURIComponent(q)}`);
    expect(res.status(), q).toBe(200);
    const body = (await res.json()) as { count: number; meetings: unknown[] };
    expect(body.meetings).toHaveLength(body.count);
    return body.count;
  };
  const word = "حموشي";
  const base = await count(word);
  expect(base).toBeGreaterThan(0);
  for (const q of [`${word}.*`, `(${word})`, `${word}|`, `[${word}]`, `${word}%`, `^${word}$`, `${word}\\`])
    expect(await count(q), q).toBe(base);
  // A word that matches nothing stays nothing whatever surrounds it: no pattern widens it.
  for (const q of [
    "zzqx.*",
    "zzqx|.*",
    "zzqx%",
    "zzqx_",
    "(zzqx)*",
    "zzqx' OR '1'='1",
    "((((((((((zzqx*)*)*)*)*)*)*)*)*)*)!",
  ])
    expect(await count(q), q).toBe(0);
  // The timeline page renders for any of them.
  for (const q of ["(.*)", "[", "\\", "((((((((((a*)*)*)*)*)*)*)*)*)*)!", "%_"])
    expect((await request.get(`/?q=${encodeURIComponent(q)}`)).status(), q).toBe(200);
});

// A second `next start` of the same build, with its own environment.
async function startServer(
  env: Record<string, string>,
): Promise<{ base: string; stop: () => void; output: () => string }> {
  const port = 3290 + Math.floor(Math.random() * 9);
  let out = "";
  const child: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    if (/Ready in|started server/i.test(out)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop, output: () => out };
}

test.describe("with a second server", () => {
  let staff: Staff | undefined;
  test.afterAll(async () => removeStaff(staff));

  test("behind HTTPS (x-forwarded-proto or COOKIE_SECURE=1) the session cookie is Secure, HttpOnly and SameSite", async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    staff = await createStaff();
    const req = await captureSignInAction(page, staff.email, staff.password);
    await page.waitForURL(/\/admin$/);
    // Plain HTTP (this test server): not Secure, so the cookie works on http://127.0.0.1.
    const plain = (await page.context().cookies()).find((c) => c.name === "liqaat_session");
    expect(plain).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

    // Behind a TLS-terminating proxy that says so (x-forwarded-proto: https): Secure.
    const proxied = await replay(request, baseURL!, req, new URL(baseURL!).origin, { "x-forwarded-proto": "https" });
    const viaProxy = proxied
      .headersArray()
      .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("liqaat_session="));
    expect(viaProxy?.value).toMatch(/;\s*Secure/i);

    // Forced by the environment (COOKIE_SECURE=1), even when the proxy says nothing.
    const server = await startServer({
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
      COOKIE_SECURE: "1",
    });
    try {
      const res = await replay(request, server.base, req, server.base);
      const cookie = res
        .headersArray()
        .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("liqaat_session="));
      expect(cookie?.value).toMatch(/;\s*Secure/i);
      expect(cookie?.value).toMatch(/;\s*HttpOnly/i);
      expect(cookie?.value).toMatch(/;\s*SameSite=lax/i);
    } finally {
      server.stop();
    }
  });

  test("a failing page shows the Arabic error message with no stack trace, path or secret", async ({
    request,
    page,
  }) => {
    test.setTimeout(180_000);
    // A database file that is not a database: every data page fails inside the server.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-broken-"));
    const file = path.join(dir, "broken.db");
    fs.writeFileSync(file, randomBytes(64 * 1024));
    const server = await startServer({ DATABASE_URL: `file:${file}`, SECRET_CANARY: "canary-7f3a9" });
    try {
      for (const url of ["/", "/officials", "/api/meetings", "/no-such-page"]) {
        const res = await request.get(`${server.base}${url}`);
        const body = await res.text();
        if (url === "/") expect(res.status()).toBe(500);
        expect(body, url).not.toMatch(
          /\n\s+at\s+\S+\s+\(|node_modules|\/work\/|file is not a database|SqliteError|PrismaClient|DriverAdapterError|canary-7f3a9|broken\.db/,
        );
        expectStaticHeaders(url, res.headers());
      }
      // In the browser: the Arabic message, an error digest at most, nothing of the cause.
      const shown = await page.goto(`${server.base}/`);
      expect(shown?.status()).toBe(500);
      await expect(page.getByRole("heading", { name: "حدث خطأ غير متوقع" })).toBeVisible();
      const text = await page.locator("body").innerText();
      expect(text).not.toMatch(/\bat\s+\S+\s+\(|node_modules|\/work\/|not a database|Sqlite|Prisma|canary-7f3a9/);
      // The details are in the server log, where they belong.
      expect(server.output()).toMatch(/not a database|SQLITE_NOTADB|Error/);
    } finally {
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
