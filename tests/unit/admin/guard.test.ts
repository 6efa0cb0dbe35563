// Every server action and every admin/API mutation route refuses without a session. The files
// are found on disk, not listed by hand, so a new action is covered the day it is written.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, upsertUser } from "@/lib/auth";
import { planEventDates, planToken } from "@/lib/mutations/plan-event-dates";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { jar, redirectTarget, thrownBy } from "./session-mock";

vi.mock("next/headers", async () => (await import("./session-mock")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("./session-mock")).nextCacheMock());

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Actions that must work without a session, and why. */
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/admin/login/sign-in-action.ts#signInAction": "it is how a session is made",
};
/** Actions only an admin (not an editor) may run. */
const ADMIN_ONLY = new Set(["mergeOfficialsAction", "revertAction"]);

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : walk(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const sources = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "lib"))].map((file) => ({
  file: path.relative(ROOT, file),
  text: fs.readFileSync(file, "utf8"),
}));

/** A module whose first statement is the "use server" directive (comments may precede it). */
const MODULE_DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["'];?/;
const actionFiles = sources.filter((s) => MODULE_DIRECTIVE.test(s.text));
const routeFiles = sources.filter((s) => /^app\/(admin|api)\/.*\/route\.(ts|tsx)$/.test(s.file));
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Form data an action would act on if it forgot the guard: real ids, plausible values. */
function plausibleForm(ids: {
  meetingId: number;
  officialId: number;
  otherId: number;
  articleId: number;
  auditId: number;
}) {
  const f = new FormData();
  const fields: Record<string, string> = {
    id: String(ids.meetingId),
    version: "1",
    nameAr: "اسم جديد",
    kind: "security",
    precision: "unknown",
    status: "held",
    reviewStatus: "rejected",
    "participants.0.id": "1",
    "participants.0.side": "host",
    entity: "Meeting",
    decision: "reject",
    survivorId: String(ids.officialId),
    otherId: String(ids.otherId),
    auditId: String(ids.auditId),
    title: "عنوان",
    text: "استقبل وزير الخارجية المغربي، اليوم الاثنين بالرباط، نظيره الإسباني في إطار زيارة عمل طويلة.",
    intent: "save",
    start: "2021-01-20",
    confirm: "on",
    email: "nobody@liqaat.test",
    password: "wrong password",
    planned,
  };
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

let t: TestDb;
let ids: { meetingId: number; officialId: number; otherId: number; articleId: number; auditId: number };
let editorToken: string;
/** The fingerprint of the guard event's plan, so an unguarded apply would really write. */
let planned = "";

async function counts() {
  const db = t.db;
  const [audit, sessions, meetings, articles, officials, merged, reviewed, events, renamedEvents] = await Promise.all([
    db.auditLog.count(),
    db.session.count(),
    db.meeting.count({ where: { deletedAt: null, reviewStatus: "machine" } }),
    db.article.count(),
    db.official.count({ where: { nameAr: "اسم جديد" } }),
    db.official.count({ where: { mergedIntoId: { not: null } } }),
    db.meeting.count({ where: { version: { gt: 1 } } }),
    db.knowledgeEvent.count(),
    db.knowledgeEvent.count({ where: { nameAr: "اسم جديد" } }),
  ]);
  return { audit, sessions, meetings, articles, officials, merged, reviewed, events, renamedEvents };
}

beforeAll(async () => {
  t = await createTestDb({ sqlite: true });
  (globalThis as { liqaatDb?: unknown }).liqaatDb = t.db;
  const a = await t.db.official.create({ data: { slug: "guard-a", nameAr: "مسؤول أ" } });
  const b = await t.db.official.create({ data: { slug: "guard-b", nameAr: "مسؤول ب" } });
  // A meeting dated against the guard event, stored while the event did not exist: applying the
  // event to stored articles (applyEventAction) would date it, so a missing guard there shows in the counts.
  const sentence = "استقبل الرئيس سعيد الدالي الوزير كريم العمري، أسبوعا بعد افتتاح معبر الحراسة";
  const article = await t.db.article.create({ data: { text: `${sentence}.`, contentHash: "guard-hash" } });
  const meeting = await t.db.meeting.create({
    data: {
      participants: { create: [{ officialId: a.id, side: "host" }] },
      sources: { create: [{ articleId: article.id }] },
    },
  });
  await t.db.evidence.create({
    data: {
      articleId: article.id,
      meetingId: meeting.id,
      kind: "meeting",
      start: 0,
      end: sentence.length,
      text: sentence,
    },
  });
  // Same id as the meeting, so the form's `id` names a real event too; an admin's, so it could be deleted.
  await t.db.knowledgeEvent.create({
    data: { id: meeting.id, slug: "guard-event", nameAr: "افتتاح معبر الحراسة", start: "2021-01-20", origin: "admin" },
  });
  const plan = await planEventDates(t.db, meeting.id);
  expect(plan).toHaveLength(1);
  planned = planToken(plan!);
  const editor = await upsertUser(t.db, { email: "editor@liqaat.test", password: "editor password!", role: "editor" });
  const audit = await t.db.auditLog.create({
    data: {
      action: "update",
      entity: "Official",
      entityId: String(a.id),
      before: JSON.stringify({ nameAr: "قديم" }),
      after: JSON.stringify({ nameAr: "مسؤول أ" }),
    },
  });
  ids = { meetingId: meeting.id, officialId: a.id, otherId: b.id, articleId: article.id, auditId: audit.id };
  editorToken = (await createSession(t.db, editor.id)).token;
});
afterAll(async () => t?.cleanup());

describe("server actions", () => {
  it("finds the server-action modules and no inline 'use server' functions", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(10);
    // Inline actions (a directive inside a function) would escape this enumeration.
    const inline = sources
      .filter((s) => !MODULE_DIRECTIVE.test(s.text) && /^\s+["']use server["']/m.test(s.text))
      .map((s) => s.file);
    expect(inline).toEqual([]);
  });

  it.each(actionFiles.map((f) => [f.file]))(
    "%s: every exported action refuses without a session and writes nothing",
    async (file) => {
      jar.clear();
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [
        string,
        (...a: unknown[]) => Promise<unknown>,
      ][];
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        if (PUBLIC_ACTIONS[`${file}#${name}`]) continue;
        const before = await counts();
        const error = await thrownBy(() =>
          action.length >= 2 ? action(undefined, plausibleForm(ids)) : action(plausibleForm(ids)),
        );
        expect(redirectTarget(error), `${file}#${name} must redirect to sign-in`).toBe("/admin/login");
        expect(await counts(), `${file}#${name} wrote without a session`).toEqual(before);
      }
    },
  );

  it("an unknown or expired cookie is no session", async () => {
    const { updateOfficialAction } = await import("@/app/admin/(panel)/officials/[id]/update-official-action");
    jar.set(SESSION_COOKIE, "A".repeat(43));
    expect(redirectTarget(await thrownBy(() => updateOfficialAction(undefined, plausibleForm(ids))))).toBe(
      "/admin/login",
    );
    const userId = (await t.db.user.findFirstOrThrow()).id;
    const expired = await createSession(t.db, userId, new Date(Date.now() - 13 * 60 * 60 * 1000));
    jar.set(SESSION_COOKIE, expired.token);
    expect(redirectTarget(await thrownBy(() => updateOfficialAction(undefined, plausibleForm(ids))))).toBe(
      "/admin/login",
    );
    jar.clear();
  });

  it("admin-only actions refuse an editor", async () => {
    const found = new Set<string>();
    for (const { file } of actionFiles) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<
        string,
        (...a: unknown[]) => Promise<unknown>
      >;
      for (const [name, action] of Object.entries(mod)) {
        if (!ADMIN_ONLY.has(name)) continue;
        found.add(name);
        jar.set(SESSION_COOKIE, editorToken);
        const before = await counts();
        const error = await thrownBy(() => action(undefined, plausibleForm(ids)));
        expect(redirectTarget(error), name).toBe("/admin?forbidden=1");
        expect(await counts()).toEqual(before);
      }
    }
    jar.clear();
    expect([...found].sort()).toEqual([...ADMIN_ONLY].sort());
  });

  it("sign-in without valid credentials makes no session", async () => {
    const { signInAction } = await import("@/app/admin/login/sign-in-action");
    const before = await t.db.session.count();
    const state = await signInAction(undefined, plausibleForm(ids));
    expect(state).toMatchObject({
      ok: false,
      formError: "البريد الإلكتروني أو كلمة المرور غير صحيحين",
      values: { email: "nobody@liqaat.test" },
    });
    expect(JSON.stringify(state)).not.toContain("wrong password");
    expect(await t.db.session.count()).toBe(before);
    expect(jar.has(SESSION_COOKIE)).toBe(false);
  });
});

describe("route handlers under app/admin and app/api", () => {
  it.each(routeFiles.length ? routeFiles.map((f) => [f.file]) : [["(none yet)"]])(
    "%s: mutating methods refuse without a session",
    async (file) => {
      if (file === "(none yet)") {
        expect(routeFiles).toEqual([]);
        return;
      }
      jar.clear();
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      for (const method of MUTATING) {
        const handler = mod[method];
        if (typeof handler !== "function") continue;
        const before = await counts();
        const req = new Request(`http://127.0.0.1/${file}`, { method, body: plausibleForm(ids) });
        let status: number | null = null;
        try {
          const res = (await handler(req, { params: Promise.resolve({ id: String(ids.meetingId) }) })) as Response;
          status = res.status;
        } catch (e) {
          status = redirectTarget(e) === "/admin/login" ? 401 : -1;
        }
        expect([401, 403], `${file} ${method}`).toContain(status);
        expect(await counts()).toEqual(before);
      }
    },
  );
});
