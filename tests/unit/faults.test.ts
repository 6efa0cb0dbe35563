// Faults: a busy database gives a clear, retryable error (Arabic in the admin's result, English
// from the CLI) and stores nothing; a process killed (SIGKILL) in the middle of an admin save
// leaves the save whole or absent — never the meeting row without its audit row.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertUser } from "@/lib/auth";
import { createDb, type Db } from "@/lib/db";
import { describeError } from "@/lib/ingest";
import { BUSY_MESSAGE_AR, BUSY_MESSAGE_EN, isRetryableDbError } from "@/lib/mutations/busy";
import { mergeOfficials } from "@/lib/mutations/merge-officials";
import { updateMeeting } from "@/lib/mutations/update-meeting";
import { meetingFormSchema } from "@/lib/schemas/meeting-form";
import { createTestDb, type TestDb } from "./helpers/test-db";

const ROOT = path.resolve(import.meta.dirname, "../..");
const isPg = /^postgres(ql)?:/.test(process.env.TEST_DATABASE_URL ?? "");

async function seedMeeting(db: Db) {
  const host = await db.official.create({
    data: { slug: `h-${Math.random().toString(36).slice(2)}`, nameAr: "مضيف" },
    select: { id: true },
  });
  const meeting = await db.meeting.create({
    data: {
      sortKey: "2024-01-01",
      dateStart: "2024-01-01",
      precision: "day",
      place: "الرباط",
      participants: { create: [{ officialId: host.id, side: "host", position: 0 }] },
    },
    select: { id: true, version: true, participants: { select: { id: true } } },
  });
  return { id: meeting.id, version: meeting.version, participantId: meeting.participants[0]!.id };
}

function formFields(m: { id: number; version: number; participantId: number }, place: string) {
  return {
    id: String(m.id),
    version: String(m.version),
    precision: "day",
    dateStart: "2024-01-01",
    status: "held",
    reviewStatus: "reviewed",
    place,
    participants: [{ id: String(m.participantId), side: "host" }],
  };
}

function meetingForm(m: { id: number; version: number; participantId: number }, place: string) {
  return meetingFormSchema.parse(formFields(m, place));
}

describe("a busy database (SQLite: another connection holds the write lock)", () => {
  let t: TestDb;
  let file: string;
  let actor: number;
  beforeAll(async () => {
    t = await createTestDb({ sqlite: true });
    file = t.url.replace(/^file:/, "");
    actor = (await upsertUser(t.db, { email: "busy@liqaat.test", password: "busy pw 123" })).id;
  });
  afterAll(async () => t?.cleanup());

  it("an admin save returns the Arabic retry message, stores nothing, and succeeds once the lock is gone", async () => {
    const meeting = await seedMeeting(t.db);
    const other = await t.db.official.create({ data: { slug: "busy-other", nameAr: "آخر" }, select: { id: true } });
    const survivor = await t.db.official.create({
      data: { slug: "busy-survivor", nameAr: "باق" },
      select: { id: true },
    });
    // A short busy timeout keeps the test quick; the app's is lib/db.ts DB_BUSY_TIMEOUT_MS.
    const db = createDb(t.url, { busyTimeoutMs: 50 });
    const locker = new Database(file);
    try {
      locker.exec("BEGIN IMMEDIATE");
      const auditBefore = await t.db.auditLog.count();
      const r = await updateMeeting(db, actor, meetingForm(meeting, "طنجة"));
      expect(r).toEqual({ ok: false, fieldErrors: {}, formError: BUSY_MESSAGE_AR });
      const m = await mergeOfficials(db, actor, { survivorId: survivor.id, otherId: other.id });
      expect(m).toEqual({ ok: false, formError: BUSY_MESSAGE_AR });
      locker.exec("ROLLBACK");
      expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
        place: "الرباط",
        version: meeting.version,
      });
      expect(await t.db.auditLog.count()).toBe(auditBefore);
      // Retry: the same save now lands.
      const again = await updateMeeting(db, actor, meetingForm(meeting, "طنجة"));
      expect(again).toMatchObject({ ok: true });
      expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
        place: "طنجة",
        version: meeting.version + 1,
      });
    } finally {
      if (locker.inTransaction) locker.exec("ROLLBACK");
      locker.close();
      await db.$disconnect();
    }
  });

  it("the ingest CLI says in English that the database is busy and a re-run is safe; the re-run stores the article", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "liqaat-busy-"));
    fs.writeFileSync(
      path.join(dir, "a.txt"),
      "استقبل ناصر بوريطة، وزير الخارجية، يوم 12 مارس 2024 بالرباط، عبد اللطيف حموشي، وتناول اللقاء التعاون الأمني.\n",
    );
    fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([{ file: "a.txt", published: "2024-03-13" }]));
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn("npx", ["tsx", "scripts/ingest.ts", dir], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: t.url },
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    const locker = new Database(file);
    try {
      const before = await t.db.article.count();
      locker.exec("BEGIN IMMEDIATE");
      const busy = await run();
      locker.exec("ROLLBACK");
      expect(busy.code).not.toBe(0);
      expect(busy.stderr).toContain(BUSY_MESSAGE_EN);
      expect(busy.stderr).not.toMatch(/\n\s+at /);
      expect(await t.db.article.count()).toBe(before);
      const ok = await run();
      expect(ok.code).toBe(0);
      expect(ok.stderr).toMatch(/ingest: 1 stored/);
      expect(await t.db.article.count()).toBe(before + 1);
    } finally {
      if (locker.inTransaction) locker.exec("ROLLBACK");
      locker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe("recognising a busy database", () => {
  it("knows Prisma's and the drivers' busy, lock and conflict errors, and nothing else", () => {
    const adapter = (originalCode: string, kind = "SocketTimeout") => ({
      code: "P1008",
      meta: { driverAdapterError: { cause: { originalCode, kind } } },
    });
    for (const e of [
      adapter("SQLITE_BUSY"),
      { code: "P2028" },
      { code: "P2034" },
      { code: "P2024" },
      { code: "40001" },
      { code: "55P03" },
      new Error("SqliteError: database is locked"),
      { cause: { code: "SQLITE_BUSY_SNAPSHOT" } },
    ]) {
      expect(isRetryableDbError(e), JSON.stringify(e)).toBe(true);
    }
    for (const e of [
      new Error("boom"),
      { code: "P2002" },
      { code: "23505" },
      null,
      "x",
      {
        code: "P2002",
        meta: {
          driverAdapterError: {
            cause: { originalCode: "SQLITE_CONSTRAINT_UNIQUE", kind: "UniqueConstraintViolation" },
          },
        },
      },
    ]) {
      expect(isRetryableDbError(e), JSON.stringify(e)).toBe(false);
    }
    expect(describeError({ code: "P2028" })).toBe(BUSY_MESSAGE_EN);
    expect(describeError(new Error("\nInvalid `tx.x()` invocation in\n/a.ts:1:1\n\nUnique constraint failed"))).toBe(
      "Unique constraint failed",
    );
  });
});

// PostgreSQL only (the SQLite equivalent above holds a BEGIN IMMEDIATE lock); runs in the suite's PostgreSQL pass.
if (isPg)
  describe("a busy database (PostgreSQL: another session holds a table lock past lock_timeout)", () => {
    let t: TestDb;
    beforeAll(async () => {
      t = await createTestDb();
    });
    afterAll(async () => t?.cleanup());

    it("an admin save waiting on the lock ends as the Arabic retry message and stores nothing", async () => {
      const actor = (await upsertUser(t.db, { email: "pgbusy@liqaat.test", password: "busy pw 123" })).id;
      const meeting = await seedMeeting(t.db);
      const locker = new pg.Client({ connectionString: t.url });
      await locker.connect();
      try {
        await locker.query("BEGIN");
        await locker.query('LOCK TABLE "Meeting" IN ACCESS EXCLUSIVE MODE');
        // A short lock_timeout keeps the test quick; the app's is lib/db.ts DB_BUSY_TIMEOUT_MS.
        const db = createDb(t.url, { busyTimeoutMs: 200 });
        try {
          const r = await updateMeeting(db, actor, meetingForm(meeting, "طنجة"));
          expect(r).toEqual({ ok: false, fieldErrors: {}, formError: BUSY_MESSAGE_AR });
        } finally {
          await db.$disconnect();
        }
        await locker.query("ROLLBACK");
        expect(await t.db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
          place: "الرباط",
          version: meeting.version,
        });
        expect(await t.db.auditLog.count({ where: { entity: "Meeting", entityId: String(meeting.id) } })).toBe(0);
      } finally {
        await locker.end();
      }
    }, 60_000);
  });

describe("a process killed (SIGKILL) in the middle of an admin save", () => {
  let t: TestDb;
  let actor: number;
  beforeAll(async () => {
    t = await createTestDb();
    actor = (await upsertUser(t.db, { email: "kill@liqaat.test", password: "kill pw 1234" })).id;
  });
  afterAll(async () => t?.cleanup());

  /**
   * Runs updateMeeting in a child process. With `stall`, the child stops inside the transaction
   * just before the audit row is written (the meeting row is already updated in the transaction)
   * and says so; the parent then kills it with SIGKILL.
   */
  function save(meeting: { id: number; version: number; participantId: number }, place: string, stall: boolean) {
    const code = `
      import { createDb } from "./lib/db.ts";
      import { updateMeeting } from "./lib/mutations/update-meeting.ts";
      import { meetingFormSchema } from "./lib/schemas/meeting-form.ts";
      const stall = ${JSON.stringify(stall)};
      const base = createDb(process.env.DATABASE_URL);
      let wrote = false;
      const db = base.$extends({ query: {
        meeting: { async updateMany({ args, query }) { const r = await query(args); wrote = true; return r; } },
        auditLog: { async create({ args, query }) {
          if (stall) { process.stdout.write("IN_FLIGHT meeting-written=" + wrote + "\\n"); await new Promise(() => {}); }
          return query(args);
        } },
      } });
      void (async () => {
      const data = meetingFormSchema.parse(${JSON.stringify(formFields(meeting, place))});
      const r = await updateMeeting(db, ${actor}, data);
      process.stdout.write(JSON.stringify(r) + "\\n");
      await base.$disconnect();
      })();
    `;
    return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; killed: boolean }>(
      (resolve) => {
        const child = spawn(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "--eval", code], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: t.url },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        let killed = false;
        child.stdout.on("data", (b: Buffer) => {
          out += b.toString();
          if (!killed && out.includes("IN_FLIGHT")) {
            killed = true;
            child.kill("SIGKILL");
          }
        });
        child.stderr.on("data", (b: Buffer) => (err += b.toString()));
        child.on("exit", (code, signal) => resolve({ code, signal, out: out + err, killed }));
      },
    );
  }

  async function state(meetingId: number) {
    const m = await t.db.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: { place: true, version: true, corrected: true },
    });
    const audit = await t.db.auditLog.count({ where: { entity: "Meeting", entityId: String(meetingId) } });
    return { ...m, audit };
  }

  it("killed after the meeting row was written but before its audit row: neither is there", async () => {
    const meeting = await seedMeeting(t.db);
    const before = await state(meeting.id);
    const r = await save(meeting, "طنجة", true);
    expect(r.killed, r.out).toBe(true);
    expect(r.signal).toBe("SIGKILL");
    // The kill came after the transaction had already written the meeting row (version bump).
    expect(r.out).toContain("IN_FLIGHT meeting-written=true");
    // Absent, whole: the row as it was and no audit row.
    expect(await state(meeting.id)).toEqual(before);
    // The database is usable and the same save, run to the end, lands whole.
    const ok = await save(meeting, "طنجة", false);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/"ok":true/);
    expect(await state(meeting.id)).toMatchObject({ place: "طنجة", version: meeting.version + 1, audit: 1 });
  }, 240_000);
});
