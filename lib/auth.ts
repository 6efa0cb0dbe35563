// Accounts, sessions and the guard every admin action calls. Own code on Node's crypto rather
// than an auth library: the needs are narrow (a few staff accounts, email + password, no OAuth),
// npm packages cannot be added here, and every primitive is a vetted one — scrypt (memory-hard)
// for passwords, a CSPRNG for tokens, constant-time comparison — with the session stored
// server-side so that sign-out and expiry are real.
//
// No "server-only" import: scripts/admin-create.ts runs this file under tsx for hashing.
// Nothing here is imported by a client component.
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb, type Db } from "./db";
import { getEnv } from "./env";

export type Role = "admin" | "editor";

export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
}

export interface CurrentSession {
  user: SessionUser;
  expiresAt: Date;
}

export const SESSION_COOKIE = "liqaat_session";
/** Absolute lifetime: an admin signs in again each working day. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Failed sign-ins counted over this window, per account and per address. */
export const RATE_LIMIT = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 } as const;

// ---------------------------------------------------------------------------------------------
// Passwords: scrypt with OWASP's N=2^15, r=8, p=3 (32 MiB per hash, equivalent to N=2^17, p=1).
// The parameters travel with the hash so they can be raised later without breaking old hashes.

const SCRYPT_DEFAULT = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEYLEN = 64;

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize("NFC"), salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

function maxmem(N: number, r: number, p: number): number {
  return 128 * N * r * p + 32 * 1024 * 1024;
}

export async function hashPassword(
  password: string,
  cost: { N: number; r: number; p: number } = SCRYPT_DEFAULT,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEYLEN, { ...cost, maxmem: maxmem(cost.N, cost.r, cost.p) });
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // A tampered row must not make us allocate gigabytes.
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 20 || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return false;
  const salt = Buffer.from(parts[4]!, "base64");
  const expected = Buffer.from(parts[5]!, "base64");
  if (expected.length === 0) return false;
  const key = await scrypt(password, salt, expected.length, { N, r, p, maxmem: maxmem(N, r, p) });
  return timingSafeEqual(key, expected);
}

/** Compared against when the email is unknown, so that "no such user" costs the same time as "wrong password". */
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

// ---------------------------------------------------------------------------------------------
// Sessions: a random 256-bit token in the cookie, only its sha256 in the database.

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export async function createSession(
  db: Db,
  userId: number,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.session.create({ data: { id: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The signed-in user behind a cookie token, or null (unknown, malformed or expired). */
export async function findSession(db: Db, token: string | undefined, now = new Date()): Promise<CurrentSession | null> {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const row = await db.session.findUnique({
    where: { id: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  if (!row || row.expiresAt <= now) return null;
  const role: Role = row.user.role === "admin" ? "admin" : "editor";
  return { user: { ...row.user, role }, expiresAt: row.expiresAt };
}

/**
 * Session cookies are `Secure` whenever the site is reached over HTTPS: forced by COOKIE_SECURE=1,
 * implied by an https SITE_URL, or seen per request from the TLS-terminating proxy's
 * `x-forwarded-proto`. Plain-HTTP loopback (development, tests) keeps them usable.
 */
export function cookieShouldBeSecure(forwardedProto: string | null): boolean {
  const env = getEnv();
  if (env.COOKIE_SECURE === "1") return true;
  if (env.SITE_URL.startsWith("https:")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

export async function requestIsHttps(): Promise<boolean> {
  return cookieShouldBeSecure((await headers()).get("x-forwarded-proto"));
}

export function sessionCookieOptions(expiresAt: Date, secure: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    expires: expiresAt,
  };
}

/** The current request's session (once per request). */
export const getSession = cache(async (): Promise<CurrentSession | null> => {
  const store = await cookies();
  return findSession(getDb(), store.get(SESSION_COOKIE)?.value);
});

/**
 * The guard at the top of every server action and admin route handler. Without a session it
 * redirects to the sign-in page (which throws, so nothing after it runs); an editor asking for
 * an admin-only operation is sent back to the dashboard.
 */
export async function requireAdmin(role: Role = "editor"): Promise<SessionUser> {
  const session = await getSession();
  if (!session) redirect("/admin/login");
  if (role === "admin" && session.user.role !== "admin") redirect("/admin?forbidden=1");
  return session.user;
}

/** For route handlers, which answer 401 instead of redirecting. */
export async function getAdminOrNull(role: Role = "editor"): Promise<SessionUser | null> {
  const session = await getSession();
  if (!session) return null;
  if (role === "admin" && session.user.role !== "admin") return null;
  return session.user;
}

// ---------------------------------------------------------------------------------------------
// Sign-in with rate limiting.

export type SignInResult =
  | { ok: true; token: string; expiresAt: Date; user: SessionUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate-limited"; retryAfterMinutes: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function retryAfter(db: Db, key: string, limit: number, now: Date): Promise<number | null> {
  const since = new Date(now.getTime() - RATE_LIMIT.windowMs);
  const recent = await db.loginAttempt.findMany({
    where: { key, at: { gte: since } },
    orderBy: { at: "desc" },
    take: limit,
    select: { at: true },
  });
  if (recent.length < limit) return null;
  // Locked until the oldest of the last `limit` failures leaves the window.
  const oldest = recent[recent.length - 1]!.at.getTime();
  return Math.max(1, Math.ceil((oldest + RATE_LIMIT.windowMs - now.getTime()) / 60_000));
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const accountKey = `email:${email}`;
  const addressKey = `ip:${input.address}`;
  const waits = await Promise.all([
    retryAfter(db, accountKey, RATE_LIMIT.perAccount, now),
    retryAfter(db, addressKey, RATE_LIMIT.perAddress, now),
  ]);
  const wait = Math.max(...waits.map((w) => w ?? 0));
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterMinutes: wait };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const good = user
    ? await verifyPassword(input.password, user.passwordHash)
    : (await verifyPassword(input.password, await getDummyHash()), false);
  if (!user || !good) {
    await db.loginAttempt.createMany({
      data: [
        { key: accountKey, at: now },
        { key: addressKey, at: now },
      ],
    });
    return { ok: false, reason: "invalid" };
  }
  await db.loginAttempt.deleteMany({
    where: { OR: [{ key: accountKey }, { at: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } }] },
  });
  await db.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: now } } });
  const session = await createSession(db, user.id, now);
  const role: Role = user.role === "admin" ? "admin" : "editor";
  return { ok: true, ...session, user: { id: user.id, email: user.email, name: user.name, role } };
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (!token || !TOKEN_SHAPE.test(token)) return;
  await db.session.deleteMany({ where: { id: hashToken(token) } });
}

/**
 * The client address for per-address limits. Next fills x-forwarded-for with the socket address
 * when no proxy did; behind one trusted reverse proxy the last entry is the one it appended.
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return (last ?? h.get("x-real-ip") ?? "unknown").slice(0, 100);
}

// ---------------------------------------------------------------------------------------------
// Accounts (admin:create).

export async function upsertUser(
  db: Db,
  input: { email: string; password: string; role?: Role; name?: string | null },
): Promise<{ id: number; created: boolean }> {
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const role = input.role ?? "admin";
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, name: true } });
    if (existing) {
      await tx.user.update({
        where: { id: existing.id },
        data: { passwordHash, role, ...(input.name ? { name: input.name } : {}) },
      });
      // A new password ends every open session of the account.
      await tx.session.deleteMany({ where: { userId: existing.id } });
      await tx.auditLog.create({
        data: {
          action: "update",
          entity: "User",
          entityId: String(existing.id),
          before: JSON.stringify({ email, role: existing.role, name: existing.name }),
          after: JSON.stringify({ email, role, name: input.name ?? existing.name, password: "changed" }),
        },
      });
      return { id: existing.id, created: false };
    }
    const user = await tx.user.create({
      data: { email, passwordHash, role, name: input.name ?? null },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        action: "create",
        entity: "User",
        entityId: String(user.id),
        after: JSON.stringify({ email, role, name: input.name ?? null }),
      },
    });
    return { id: user.id, created: true };
  });
}
