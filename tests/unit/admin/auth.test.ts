import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieShouldBeSecure,
  sessionCookieOptions,
  createSession,
  findSession,
  hashPassword,
  hashToken,
  RATE_LIMIT,
  SESSION_TTL_MS,
  signIn,
  signOut,
  upsertUser,
  verifyPassword,
} from "@/lib/auth";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ sqlite: true });
});
afterAll(async () => t?.cleanup());

describe("password hashing", () => {
  it("scrypt hashes carry their parameters and a random salt, and verify only the right password", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", a)).toBe(false);
    expect(await verifyPassword("", a)).toBe(false);
  });

  it("refuses malformed or absurd stored hashes without trying them", async () => {
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$AAAA$AAAA")).toBe(false);
    expect(await verifyPassword("x", "scrypt$16384$8$1$AAAA$")).toBe(false);
  });
});

describe("sessions", () => {
  it("stores only the token's sha256 and expires after the TTL", async () => {
    const { id } = await upsertUser(t.db, { email: "s@liqaat.test", password: "a long enough password" });
    const now = new Date("2026-01-01T10:00:00Z");
    const { token, expiresAt } = await createSession(t.db, id, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_TTL_MS);
    expect(await t.db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await t.db.session.findUnique({ where: { id: hashToken(token) } })).not.toBeNull();
    expect((await findSession(t.db, token, now))?.user.email).toBe("s@liqaat.test");
    expect(await findSession(t.db, token, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(await findSession(t.db, "not-a-token", now)).toBeNull();
    expect(await findSession(t.db, undefined, now)).toBeNull();
    await signOut(t.db, token);
    expect(await findSession(t.db, token, now)).toBeNull();
  });

  it("a password reset ends every open session of the account", async () => {
    const { id } = await upsertUser(t.db, { email: "reset@liqaat.test", password: "first password here" });
    const { token } = await createSession(t.db, id);
    const again = await upsertUser(t.db, { email: "RESET@liqaat.test", password: "second password here" });
    expect(again).toEqual({ id, created: false });
    expect(await findSession(t.db, token)).toBeNull();
    const audit = await t.db.auditLog.findMany({ where: { entity: "User", entityId: String(id) } });
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit.every((a) => !(a.after ?? "").includes("scrypt"))).toBe(true);
  });
});

describe("signIn", () => {
  const email = "admin@liqaat.test";
  const password = "the right password";
  beforeAll(async () => {
    await upsertUser(t.db, { email, password, role: "admin" });
  });

  it("signs in with the right password and creates a session", async () => {
    const r = await signIn(t.db, { email: "  Admin@Liqaat.test", password, address: "10.0.0.1" });
    expect(r.ok).toBe(true);
    if (r.ok) expect((await findSession(t.db, r.token))?.user).toMatchObject({ email, role: "admin" });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const unknown = await signIn(t.db, { email: "nobody@liqaat.test", password, address: "10.0.0.2" });
    const wrong = await signIn(t.db, { email, password: "nope", address: "10.0.0.2" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an account after five failures, even for the right password, until the window passes", async () => {
    const target = "locked@liqaat.test";
    await upsertUser(t.db, { email: target, password });
    const start = new Date("2026-02-01T09:00:00Z");
    for (let i = 0; i < RATE_LIMIT.perAccount; i++) {
      // Different addresses: the account limit alone must hold.
      const r = await signIn(
        t.db,
        { email: target, password: "wrong", address: `10.1.0.${i}` },
        new Date(start.getTime() + i * 1000),
      );
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await signIn(
      t.db,
      { email: target, password, address: "10.1.1.1" },
      new Date(start.getTime() + 10_000),
    );
    expect(locked).toMatchObject({ ok: false, reason: "rate-limited" });
    if (!locked.ok && locked.reason === "rate-limited") expect(locked.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    const later = await signIn(
      t.db,
      { email: target, password, address: "10.1.1.1" },
      new Date(start.getTime() + RATE_LIMIT.windowMs + 5000),
    );
    expect(later.ok).toBe(true);
    // Success clears the account's failures.
    expect(await t.db.loginAttempt.count({ where: { key: `email:${target}` } })).toBe(0);
  });

  it("limits one address trying many accounts", async () => {
    const at = new Date("2026-03-01T09:00:00Z");
    // Earlier failures from this address (each real attempt costs a scrypt run; the counting is what is under test).
    await t.db.loginAttempt.createMany({
      data: Array.from({ length: RATE_LIMIT.perAddress - 1 }, (_, i) => ({
        key: "ip:203.0.113.9",
        at: new Date(at.getTime() - (i + 1) * 1000),
      })),
    });
    expect(await signIn(t.db, { email: "spray@liqaat.test", password: "guess", address: "203.0.113.9" }, at)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const r = await signIn(t.db, { email, password, address: "203.0.113.9" }, at);
    expect(r).toMatchObject({ ok: false, reason: "rate-limited" });
    expect((await signIn(t.db, { email, password, address: "203.0.113.10" }, at)).ok).toBe(true);
  });
});

describe("session cookie", () => {
  it("is httpOnly and SameSite=Lax always, and Secure exactly when the request came over HTTPS", () => {
    const exp = new Date(Date.now() + 1000);
    expect(sessionCookieOptions(exp, false)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
    });
    expect(cookieShouldBeSecure("https")).toBe(true);
    expect(cookieShouldBeSecure("HTTPS, http")).toBe(true);
    // Plain HTTP on loopback (the test environment: SITE_URL is http, COOKIE_SECURE unset).
    expect(cookieShouldBeSecure("http")).toBe(false);
    expect(cookieShouldBeSecure(null)).toBe(false);
    expect(sessionCookieOptions(exp, cookieShouldBeSecure("https")).secure).toBe(true);
  });
});
