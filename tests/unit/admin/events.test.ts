// Dated events of the knowledge base, as admins add and correct them: the form's schema, the
// create/update/delete mutations (audit rows, correctedAt, slugs, clashes, a busy database), their
// revert, the actions' round trip, and the extractor and the knowledge seed seeing the result.
// Every event here is invented and made by the test itself.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSession, SESSION_COOKIE, upsertUser } from "@/lib/auth";
import { createDb, type Db } from "@/lib/db";
import { extractArticle, loadKnowledgeFile } from "@/lib/extract";
import { loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { BUSY_MESSAGE_AR } from "@/lib/mutations/busy";
import { createEvent, eventSlugBase } from "@/lib/mutations/create-event";
import { deleteEvent, KNOWLEDGE_EVENT_UNDELETABLE } from "@/lib/mutations/delete-event";
import { isRevertable, revertChange } from "@/lib/mutations/revert-change";
import { updateEvent } from "@/lib/mutations/update-event";
import { eventDeleteSchema, eventFormSchema, type EventFormInput } from "@/lib/schemas/event-form";
import { toFieldErrors } from "@/lib/schemas/form-state";
import { whileLocked } from "../helpers/locks";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { jar, redirectTarget, thrownBy } from "./session-mock";

vi.mock("next/headers", async () => (await import("./session-mock")).nextHeadersMock());
vi.mock("next/cache", async () => (await import("./session-mock")).nextCacheMock());

const arabic = /\p{Script=Arabic}/u;
const uid = () => randomBytes(4).toString("hex");

function errorsOf(value: unknown) {
  const r = eventFormSchema.safeParse(value);
  expect(r.success, JSON.stringify(r.success ? r.data : null)).toBe(false);
  return toFieldErrors(r.error!);
}

const valid: EventFormInput = {
  nameAr: "قمة الواحات الخضراء",
  start: "2019-04-02",
  end: "2019-04-04",
  aliases: "قمة الواحات\nمؤتمر الواحات الخضراء",
};

describe("eventFormSchema", () => {
  it("trims, collapses spaces, keeps one of each spelling, and stores a one-day event without an end", () => {
    const r = eventFormSchema.parse({
      nameAr: "  قمة الواحات الخضراء ",
      nameEn: " the Green Oases Summit ",
      start: "2019-04-02",
      end: "2019-04-02",
      country: "ma",
      aliases: "  قمة   الواحات \r\nقمة الواحات\n\nقمّة الواحات\nالإعلان الأخضر للواحات\nالاعلان الأخضر للواحات\n",
    });
    expect(r).toEqual({
      id: null,
      nameAr: "قمة الواحات الخضراء",
      nameEn: "the Green Oases Summit",
      start: "2019-04-02",
      end: null,
      country: "MA",
      aliases: ["قمة الواحات", "الإعلان الأخضر للواحات"],
    });
    expect(eventFormSchema.parse({ ...valid, id: "7", end: "" })).toMatchObject({
      id: 7,
      end: null,
      country: null,
      nameEn: null,
    });
  });

  it("refuses days that are not on the calendar, in Arabic, beside the field", () => {
    for (const start of ["2021-02-29", "2021-13-01", "2021-04-31", "20-01-2021", "2021-1-5", "غدًا"]) {
      const e = errorsOf({ ...valid, start, end: "" });
      expect(e.start?.[0], start).toMatch(/^تاريخ البداية: تاريخ غير صالح/);
    }
    expect(errorsOf({ ...valid, end: "2019-02-30" }).end?.[0]).toMatch(/^تاريخ النهاية: تاريخ غير صالح/);
    expect(errorsOf({ ...valid, start: "  " }).start).toEqual(["تاريخ البداية مطلوب"]);
    expect(errorsOf({ ...valid, nameAr: "" }).nameAr).toEqual(["الاسم بالعربية مطلوب"]);
    // 2020 is a leap year
    expect(eventFormSchema.parse({ ...valid, start: "2020-02-29", end: "" }).start).toBe("2020-02-29");
  });

  it("refuses an end before the start, on the end field", () => {
    const e = errorsOf({ ...valid, start: "2019-04-02", end: "2019-04-01" });
    expect(Object.keys(e)).toEqual(["end"]);
    expect(e.end?.[0]).toBe("تاريخ النهاية قبل تاريخ البداية: الحدث ينتهي يوم بدايته أو بعده");
  });

  it("refuses a one-word name and says why in Arabic", () => {
    const e = errorsOf({ ...valid, aliases: "قمة الواحات\nالقمة\nSummit" });
    expect(Object.keys(e)).toEqual(["aliases"]);
    expect(e.aliases).toHaveLength(1);
    const message = e.aliases![0]!;
    expect(message).toContain("«القمة»");
    expect(message).toContain("«Summit»");
    expect(message).toContain("كلمتين على الأقل");
    expect(message).toContain("جمل لا علاقة لها بهذا الحدث");
    expect(message).toMatch(arabic);
    // punctuation is not a word
    expect(errorsOf({ ...valid, aliases: "القمة ،" }).aliases?.[0]).toContain("«القمة ،»");
  });

  it("refuses control and bidi-override characters in every text field", () => {
    expect(errorsOf({ ...valid, nameAr: "قمة\u202Eالواحات" }).nameAr?.[0]).toContain("محارف تحكّم");
    expect(errorsOf({ ...valid, nameEn: "Green\u0000Summit" }).nameEn?.[0]).toContain("محارف تحكّم");
    expect(errorsOf({ ...valid, aliases: "قمة الواحات\nقمة\u2066 الواحات الكبرى" }).aliases?.[0]).toContain(
      "محارف تحكّم",
    );
    // a vertical tab would otherwise pass as a space
    expect(errorsOf({ ...valid, aliases: "قمة\u000Bالواحات" }).aliases?.[0]).toContain("محارف تحكّم");
    // the marks Arabic text does use stay allowed
    expect(eventFormSchema.parse({ ...valid, aliases: "قمة\u200F الواحات" }).aliases).toEqual(["قمة\u200F الواحات"]);
  });

  it("limits the country to a two-letter code and the list to 50 names", () => {
    expect(errorsOf({ ...valid, country: "MAR" }).country?.[0]).toMatch(arabic);
    const many = Array.from({ length: 51 }, (_, i) => `قمة الواحات رقم ${i}`).join("\n");
    expect(errorsOf({ ...valid, aliases: many }).aliases?.[0]).toMatch(/50/);
  });

  it("the delete form needs its confirmation box", () => {
    expect(eventDeleteSchema.safeParse({ id: "3" }).success).toBe(false);
    expect(toFieldErrors(eventDeleteSchema.safeParse({ id: "3" }).error!).confirm?.[0]).toMatch(arabic);
    expect(eventDeleteSchema.parse({ id: "3", confirm: "on" })).toEqual({ id: 3, confirm: true });
  });
});

describe("eventSlugBase", () => {
  it("comes from the English name without a leading article, else from the Arabic one", () => {
    expect(eventSlugBase("قمة النقب", "the Negev Summit")).toBe("negev-summit");
    expect(eventSlugBase("x", "President Macron’s state visit to Morocco in October 2024")).toBe(
      "president-macrons-state-visit-to-morocco",
    );
    expect(eventSlugBase("قمة النقب", null)).toBe("qmh-alnqb");
    expect(eventSlugBase("قمة النقب", "–")).toBe("qmh-alnqb");
    expect(eventSlugBase("٢٠", null)).toMatch(/^event-[a-z0-9]+$/);
  });
});

// ------------------------------------------------------------------------------ database

let t: TestDb;
/** A short busy timeout keeps the busy tests quick (the app's is lib/db.ts DB_BUSY_TIMEOUT_MS). */
let db: Db;
let actor: number;
const isPg = /^postgres(ql)?:/.test(process.env.TEST_DATABASE_URL ?? "");

beforeAll(async () => {
  t = await createTestDb();
  db = createDb(t.url, { busyTimeoutMs: isPg ? 200 : 50 });
  (globalThis as { liqaatDb?: unknown }).liqaatDb = db;
  actor = (await upsertUser(t.db, { email: "events@liqaat.test", password: "events tests pw 1" })).id;
  await t.db.country.create({ data: { code: "MA", nameAr: "المغرب", nameEn: "Morocco" } });
});
afterAll(async () => {
  (globalThis as { liqaatDb?: unknown }).liqaatDb = undefined;
  jar.clear();
  await db?.$disconnect();
  await t?.cleanup();
});

function form(over: Partial<EventFormInput> = {}) {
  const n = uid();
  return eventFormSchema.parse({
    nameAr: `ملتقى الواحات ${n}`,
    nameEn: `Oases Forum ${n}`,
    start: "2019-04-02",
    end: "2019-04-04",
    country: "MA",
    aliases: `ملتقى الواحات الخضراء ${n}\nمنتدى الواحات ${n}`,
    ...over,
  });
}

/** An event as the knowledge seed stores it: origin "knowledge", never corrected. */
async function knowledgeEvent() {
  const n = uid();
  return t.db.knowledgeEvent.create({
    data: {
      slug: `k-${n}`,
      nameAr: `مؤتمر القوافل ${n}`,
      nameEn: `Caravans Conference ${n}`,
      start: "2018-10-01",
      aliases: JSON.stringify([`مؤتمر القوافل الكبير ${n}`]),
    },
  });
}

async function auditRows(entityId: number) {
  return t.db.auditLog.findMany({
    where: { entity: "KnowledgeEvent", entityId: String(entityId) },
    orderBy: { id: "asc" },
  });
}

async function stored() {
  const [events, audit] = await Promise.all([
    t.db.knowledgeEvent.findMany({ orderBy: { id: "asc" } }),
    t.db.auditLog.count(),
  ]);
  return { events, audit };
}

describe("createEvent", () => {
  it("stores an admin event, corrected from the start, with an audit row holding what was created", async () => {
    const data = form();
    const now = new Date("2024-05-01T10:00:00Z");
    const r = await createEvent(db, actor, data, now);
    expect(r).toMatchObject({ ok: true, slug: eventSlugBase(data.nameAr, data.nameEn) });
    if (!r.ok) throw new Error("not created");
    const row = await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: r.id } });
    expect(row).toMatchObject({
      nameAr: data.nameAr,
      nameEn: data.nameEn,
      start: "2019-04-02",
      end: "2019-04-04",
      country: "MA",
      origin: "admin",
      correctedAt: now,
    });
    expect(JSON.parse(row.aliases)).toEqual(data.aliases);
    const [audit, ...more] = await auditRows(r.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actorId: actor, action: "create", entity: "KnowledgeEvent", before: null });
    expect(JSON.parse(audit!.after!)).toEqual({
      slug: row.slug,
      origin: "admin",
      nameAr: data.nameAr,
      nameEn: data.nameEn,
      start: "2019-04-02",
      end: "2019-04-04",
      country: "MA",
      aliases: data.aliases,
    });
    // a creation is undone by deleting the event, not from the audit log
    expect(isRevertable(audit!)).toBe(false);
  });

  it("gives every event its own slug", async () => {
    const n = uid();
    // three names that are not the same name but make the same slug
    const a = await createEvent(
      db,
      actor,
      form({ nameEn: `the Dunes Meeting ${n}`, nameAr: `لقاء الكثبان الأول ${n}`, aliases: "" }),
    );
    const b = await createEvent(
      db,
      actor,
      form({ nameEn: `Dunes Meeting ${n}`, nameAr: `لقاء الكثبان الثاني ${n}`, aliases: "" }),
    );
    const c = await createEvent(
      db,
      actor,
      form({ nameEn: `Dunes: meeting ${n}`, nameAr: `لقاء الكثبان الثالث ${n}`, aliases: "" }),
    );
    expect([a, b, c].map((r) => (r.ok ? r.slug : r))).toEqual([
      `dunes-meeting-${n}`,
      `dunes-meeting-${n}-2`,
      `dunes-meeting-${n}-3`,
    ]);
    const arabicOnly = await createEvent(db, actor, form({ nameAr: "مهرجان السلام", nameEn: "", aliases: "" }));
    expect(arabicOnly).toMatchObject({ ok: true, slug: "mhrjan-alslam" });
  });

  it("refuses a name another event already has, and a country the database does not know; nothing is stored", async () => {
    const first = form();
    expect(await createEvent(db, actor, first)).toMatchObject({ ok: true });
    const before = await stored();
    const clash = await createEvent(
      db,
      actor,
      form({ aliases: `قمة أخرى تماما ${uid()}\n${first.aliases[0]!.replace("الواحات", "الواحات ")}`, country: "ZZ" }),
    );
    expect(clash).toMatchObject({ ok: false });
    if (clash.ok) throw new Error("stored");
    expect(clash.fieldErrors.aliases?.[0]).toContain(`«${first.aliases[0]}»`);
    expect(clash.fieldErrors.aliases?.[0]).toContain(first.nameAr);
    expect(clash.fieldErrors.country).toEqual(["بلد غير معروف: اختره من القائمة"]);
    expect(await stored()).toEqual(before);
    // the Arabic name of another event counts too, however ى/ي is written
    const byName = await createEvent(db, actor, form({ nameAr: first.nameAr.replace("ملتقى", "ملتقي") }));
    expect(byName.ok ? null : byName.fieldErrors.nameAr?.[0]).toContain(first.nameAr);
  });

  it("on a busy database: the Arabic retry message, nothing stored, then the same save lands", async () => {
    const data = form();
    const before = await stored();
    expect(await whileLocked(t.url, () => createEvent(db, actor, data))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    expect(await createEvent(db, actor, data)).toMatchObject({ ok: true });
    expect(await t.db.knowledgeEvent.count({ where: { nameAr: data.nameAr } })).toBe(1);
  });
});

describe("updateEvent", () => {
  it("corrects a knowledge event: correctedAt set, origin kept, audit row with before and after", async () => {
    const e = await knowledgeEvent();
    const data = form({
      id: String(e.id),
      nameAr: e.nameAr,
      nameEn: e.nameEn ?? "",
      start: "2018-10-02",
      end: "2018-10-03",
      country: "",
      aliases: `مؤتمر القوافل الكبير\nقمة القوافل ${uid()}`,
    });
    const now = new Date("2024-06-01T08:00:00Z");
    const r = await updateEvent(db, actor, data, now);
    expect(r).toEqual({ ok: true, changed: ["start", "end", "aliases"] });
    const row = await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({
      slug: e.slug,
      origin: "knowledge",
      start: "2018-10-02",
      end: "2018-10-03",
      correctedAt: now,
    });
    expect(JSON.parse(row.aliases)).toEqual(data.aliases);
    const [audit] = await auditRows(e.id);
    expect(audit).toMatchObject({ actorId: actor, action: "update", entity: "KnowledgeEvent" });
    expect(JSON.parse(audit!.before!)).toMatchObject({
      start: "2018-10-01",
      end: null,
      aliases: JSON.parse(e.aliases),
    });
    expect(JSON.parse(audit!.after!)).toMatchObject({ start: "2018-10-02", end: "2018-10-03", aliases: data.aliases });
    expect(isRevertable(audit!)).toBe(true);
  });

  it("a save that changes nothing writes nothing and leaves the row uncorrected", async () => {
    const e = await knowledgeEvent();
    const data = form({
      id: String(e.id),
      nameAr: e.nameAr,
      nameEn: e.nameEn ?? "",
      start: e.start,
      end: "",
      country: "",
      aliases: JSON.parse(e.aliases).join("\n"),
    });
    expect(await updateEvent(db, actor, data)).toEqual({ ok: true, changed: [] });
    expect((await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: e.id } })).correctedAt).toBeNull();
    expect(await auditRows(e.id)).toEqual([]);
  });

  it("an event keeps its own names; a missing event is not found", async () => {
    const e = await knowledgeEvent();
    const other = await knowledgeEvent();
    const own = form({ id: String(e.id), nameAr: e.nameAr, aliases: JSON.parse(e.aliases).join("\n") });
    expect(await updateEvent(db, actor, own)).toMatchObject({ ok: true });
    const taken = await updateEvent(db, actor, form({ id: String(e.id), nameAr: e.nameAr, aliases: other.nameAr }));
    expect(taken.ok ? null : "fieldErrors" in taken && taken.fieldErrors.aliases?.[0]).toContain(other.nameAr);
    expect(await updateEvent(db, actor, form({ id: "999999" }))).toEqual({ ok: false, notFound: true });
  });

  it("on a busy database: the Arabic retry message, nothing stored (not even correctedAt)", async () => {
    const e = await knowledgeEvent();
    const data = form({ id: String(e.id), nameAr: e.nameAr, start: "2018-09-30", end: "", aliases: "" });
    const before = await stored();
    expect(await whileLocked(t.url, () => updateEvent(db, actor, data))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
    expect(await updateEvent(db, actor, data)).toMatchObject({ ok: true });
  });

  it("the knowledge seed refreshes an untouched event but leaves a corrected one as the admin made it", async () => {
    const untouched = await knowledgeEvent();
    const corrected = await knowledgeEvent();
    expect(
      await updateEvent(
        db,
        actor,
        form({ id: String(corrected.id), nameAr: corrected.nameAr, start: "2018-10-09", end: "", aliases: "" }),
      ),
    ).toMatchObject({ ok: true });
    const fromFile = (e: typeof untouched) => ({
      slug: e.slug,
      nameAr: e.nameAr,
      nameEn: e.nameEn,
      start: "2018-01-01",
      end: null,
      country: null,
      aliases: [],
    });
    await seedKnowledge(t.db, {
      countries: [],
      places: [],
      agencies: [],
      positions: [],
      officials: [],
      events: [fromFile(untouched), fromFile(corrected)],
    });
    expect((await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: untouched.id } })).start).toBe("2018-01-01");
    expect((await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: corrected.id } })).start).toBe("2018-10-09");
  });
});

describe("reverting an event change", () => {
  it("puts the fields back, keeps the row corrected, and logs the revert", async () => {
    const e = await knowledgeEvent();
    const r = await updateEvent(
      db,
      actor,
      form({
        id: String(e.id),
        nameAr: e.nameAr,
        nameEn: e.nameEn ?? "",
        start: "2018-10-05",
        end: "",
        country: "",
        aliases: "",
      }),
    );
    expect(r).toMatchObject({ ok: true, changed: ["start", "aliases"] });
    const [audit] = await auditRows(e.id);
    const reverted = await revertChange(db, actor, audit!.id);
    expect(reverted).toMatchObject({ ok: true, entity: "KnowledgeEvent", entityId: e.id });
    const row = await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ start: "2018-10-01", aliases: e.aliases, origin: "knowledge" });
    expect(row.correctedAt).not.toBeNull();
    const rows = await auditRows(e.id);
    expect(rows.at(-1)).toMatchObject({ action: "revert", revertOf: audit!.id });
  });

  it("refuses when a later edit would leave the dates inverted", async () => {
    const e = await knowledgeEvent();
    const base = { id: String(e.id), nameAr: e.nameAr, nameEn: e.nameEn ?? "", country: "", aliases: "" };
    await updateEvent(db, actor, form({ ...base, start: "2018-09-01", end: "" }));
    await updateEvent(db, actor, form({ ...base, start: "2018-09-01", end: "2018-09-20" }));
    const [first] = await auditRows(e.id);
    const before = await stored();
    const r = await revertChange(db, actor, first!.id);
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? "" : r.formError).toContain("تاريخ النهاية قبل تاريخ البداية");
    expect(await stored()).toEqual(before);
  });
});

describe("deleteEvent", () => {
  it("removes an admin event and keeps everything it held in the audit row", async () => {
    const created = await createEvent(db, actor, form());
    if (!created.ok) throw new Error("not created");
    expect(await deleteEvent(db, actor, { id: created.id })).toEqual({ ok: true });
    expect(await t.db.knowledgeEvent.findUnique({ where: { id: created.id } })).toBeNull();
    const rows = await auditRows(created.id);
    expect(rows.map((r) => r.action)).toEqual(["create", "delete"]);
    const del = rows[1]!;
    expect(del.after).toBeNull();
    expect(JSON.parse(del.before!)).toEqual(JSON.parse(rows[0]!.after!));
    expect(isRevertable(del)).toBe(false);
    expect(await deleteEvent(db, actor, { id: created.id })).toEqual({ ok: false, notFound: true });
  });

  it("refuses an event from the knowledge file (the next seed would bring it back)", async () => {
    const e = await knowledgeEvent();
    const before = await stored();
    expect(await deleteEvent(db, actor, { id: e.id })).toEqual({ ok: false, formError: KNOWLEDGE_EVENT_UNDELETABLE });
    expect(await stored()).toEqual(before);
  });

  it("on a busy database: the Arabic retry message and the event stays", async () => {
    const created = await createEvent(db, actor, form());
    if (!created.ok) throw new Error("not created");
    const before = await stored();
    expect(await whileLocked(t.url, () => deleteEvent(db, actor, { id: created.id }))).toEqual({
      ok: false,
      formError: BUSY_MESSAGE_AR,
    });
    expect(await stored()).toEqual(before);
  });
});

describe("the extractor", () => {
  it("dates the next article against an event an admin added", async () => {
    const n = uid();
    const r = await createEvent(
      db,
      actor,
      form({
        nameAr: "افتتاح ممر الواحات الدولي",
        nameEn: `Oases corridor opening ${n}`,
        start: "2019-03-12",
        end: "",
        aliases: "",
      }),
    );
    expect(r).toMatchObject({ ok: true });
    const knowledge = { ...loadKnowledgeFile("prisma/knowledge.json"), events: (await loadKnowledge(t.db)).events };
    const text = "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، أسبوعا بعد افتتاح ممر الواحات الدولي.";
    const meetings = extractArticle({ text, published: null }, knowledge).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.date).toMatchObject({ start: "2019-03-18", end: "2019-03-20", precision: "approximate" });
  });
});

describe("the actions", () => {
  function fd(fields: Record<string, string>) {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  }

  beforeAll(async () => {
    jar.set(SESSION_COOKIE, (await createSession(t.db, actor)).token);
  });

  it("a refused new event comes back with Arabic errors and exactly what was typed", async () => {
    const { createEventAction } = await import("@/app/admin/(panel)/events/new/create-event-action");
    const fields = {
      nameAr: "قمة الرمال",
      nameEn: "Sands",
      start: "2020-05-10",
      end: "2020-05-01",
      country: "MA",
      aliases: "الرمال\nقمة الرمال الكبرى",
    };
    const before = await stored();
    const state = await createEventAction(undefined, fd(fields));
    expect(state).toMatchObject({ ok: false, formError: "لم يُحفظ شيء: راجع الحقول المعلَّمة", values: fields });
    // both mistakes at once, each beside its field
    expect(Object.keys(state.fieldErrors).sort()).toEqual(["aliases", "end"]);
    expect(state.fieldErrors.aliases?.[0]).toContain("«الرمال»");
    expect(state.fieldErrors.end?.[0]).toMatch(/^تاريخ النهاية قبل تاريخ البداية/);
    expect(await stored()).toEqual(before);
  });

  it("a new event is stored and the admin lands on its page; a correction comes back to it", async () => {
    const { createEventAction } = await import("@/app/admin/(panel)/events/new/create-event-action");
    const { updateEventAction } = await import("@/app/admin/(panel)/events/[id]/update-event-action");
    const n = uid();
    const fields = {
      nameAr: `قمة الرمال ${n}`,
      nameEn: "",
      start: "2020-05-10",
      end: "",
      country: "",
      aliases: `قمة الرمال الكبرى ${n}`,
    };
    const target = redirectTarget(await thrownBy(() => createEventAction(undefined, fd(fields))));
    expect(target).toMatch(/^\/admin\/events\/\d+\?created=1$/);
    const id = Number(/events\/(\d+)/.exec(target!)![1]);
    expect(await t.db.knowledgeEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({
      nameAr: fields.nameAr,
      origin: "admin",
    });
    expect(
      redirectTarget(
        await thrownBy(() => updateEventAction(undefined, fd({ ...fields, id: String(id), end: "2020-05-12" }))),
      ),
    ).toBe(`/admin/events/${id}?saved=1`);
    expect(
      redirectTarget(
        await thrownBy(() => updateEventAction(undefined, fd({ ...fields, id: String(id), end: "2020-05-12" }))),
      ),
    ).toBe(`/admin/events/${id}?saved=0`);
  });

  it("the delete form needs its box ticked", async () => {
    const { deleteEventAction } = await import("@/app/admin/(panel)/events/[id]/delete-event-action");
    const created = await createEvent(db, actor, form());
    if (!created.ok) throw new Error("not created");
    const state = await deleteEventAction(undefined, fd({ id: String(created.id) }));
    expect(state.fieldErrors.confirm?.[0]).toMatch(arabic);
    expect(await t.db.knowledgeEvent.findUnique({ where: { id: created.id } })).not.toBeNull();
    expect(
      redirectTarget(await thrownBy(() => deleteEventAction(undefined, fd({ id: String(created.id), confirm: "on" })))),
    ).toBe("/admin/events?deleted=1");
    expect(await t.db.knowledgeEvent.findUnique({ where: { id: created.id } })).toBeNull();
  });
});
