// Corrections, concurrency, review, merge and revert against a real (throwaway) database, with
// rows the tests create themselves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertUser } from "@/lib/auth";
import { loadKnowledge } from "@/lib/ingest";
import { deleteMeeting } from "@/lib/mutations/delete-meeting";
import { mergeOfficials } from "@/lib/mutations/merge-officials";
import { reviewEntity } from "@/lib/mutations/review-entity";
import { revertChange } from "@/lib/mutations/revert-change";
import { updateAgency } from "@/lib/mutations/update-agency";
import { updateMeeting } from "@/lib/mutations/update-meeting";
import { updateOfficial } from "@/lib/mutations/update-official";
import { agencyFormSchema } from "@/lib/schemas/agency-form";
import { meetingFormSchema, type MeetingFormInput } from "@/lib/schemas/meeting-form";
import { officialFormSchema } from "@/lib/schemas/official-form";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
let actor: number;
let seq = 0;

beforeAll(async () => {
  t = await createTestDb();
  actor = (await upsertUser(t.db, { email: "mut@liqaat.test", password: "mutation tests pw" })).id;
});
afterAll(async () => t?.cleanup());

async function official(nameAr: string, extra: { aliases?: string[]; reviewStatus?: string } = {}) {
  const n = ++seq;
  return t.db.official.create({
    data: {
      slug: `t-official-${n}`,
      nameAr,
      reviewStatus: extra.reviewStatus ?? "machine",
      aliases: {
        create: (extra.aliases ?? [nameAr]).map((a) => ({
          alias: a,
          normalized: a.replace(/[أإآ]/g, "ا"),
          origin: "extract",
        })),
      },
    },
    include: { aliases: true },
  });
}

async function article(text = `نص المقال ${++seq}`) {
  return t.db.article.create({ data: { text, contentHash: `hash-${++seq}` } });
}

async function meeting(officialIds: number[], articleId: number) {
  return t.db.meeting.create({
    data: {
      dateStart: "2022-09-19",
      precision: "day",
      sortKey: "2022-09-19",
      place: "الرباط",
      dateArticleId: articleId,
      participants: {
        create: officialIds.map((officialId, i) => ({ officialId, side: i === 0 ? "host" : "guest", position: i })),
      },
      sources: { create: [{ articleId, dateStart: "2022-09-19", precision: "day" }] },
      evidence: { create: [{ articleId, kind: "meeting", start: 0, end: 5, text: "نص ال" }] },
    },
    include: { participants: true },
  });
}

function officialForm(o: Awaited<ReturnType<typeof official>>, over: Record<string, unknown> = {}) {
  return officialFormSchema.parse({
    id: String(o.id),
    nameAr: o.nameAr,
    nameEn: "",
    country: "",
    gender: "",
    reviewStatus: o.reviewStatus,
    aliases: o.aliases.map((a) => ({ id: String(a.id) })),
    newAliases: "",
    ...over,
  });
}

async function meetingForm(id: number, over: Partial<MeetingFormInput> = {}) {
  const m = await t.db.meeting.findUniqueOrThrow({
    where: { id },
    include: { participants: { orderBy: { id: "asc" } } },
  });
  return meetingFormSchema.parse({
    id: String(m.id),
    version: String(m.version),
    dateStart: m.dateStart ?? "",
    dateEnd: m.dateEnd ?? "",
    precision: m.precision,
    place: m.place ?? "",
    country: m.country ?? "",
    status: m.status,
    topics: (JSON.parse(m.topics) as string[]).join("\n"),
    reviewStatus: m.reviewStatus,
    participants: m.participants.map((p) => ({ id: String(p.id), side: p.side })),
    ...over,
  });
}

describe("official corrections", () => {
  it("saves names and aliases, marks them corrected, audits before/after, and the alias teaches the extractor", async () => {
    const o = await official("عبد اللطيف حموشي");
    const r = await updateOfficial(
      t.db,
      actor,
      officialForm(o, { nameAr: "عبد اللطيف الحموشي", newAliases: "المدير حموشي" }),
    );
    expect(r).toMatchObject({ ok: true, changed: expect.arrayContaining(["nameAr", "aliases", "reviewStatus"]) });
    const row = await t.db.official.findUniqueOrThrow({ where: { id: o.id }, include: { aliases: true } });
    expect(row.nameAr).toBe("عبد اللطيف الحموشي");
    expect(row.reviewStatus).toBe("reviewed");
    expect(JSON.parse(row.corrected)).toEqual(["aliases", "nameAr"]);
    expect(row.aliases.find((a) => a.alias === "المدير حموشي")?.origin).toBe("admin");
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Official", entityId: String(o.id) },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({ action: "update", actorId: actor });
    expect(JSON.parse(audit.before!).nameAr).toBe("عبد اللطيف حموشي");
    expect(JSON.parse(audit.after!).nameAr).toBe("عبد اللطيف الحموشي");
    const k = await loadKnowledge(t.db);
    expect(k.officials.find((x) => x.slug === o.slug)?.aliases).toContain("المدير حموشي");
  });

  it("removes an alias and adds and ends tenures", async () => {
    const o = await official("أفريل هاينز", { aliases: ["أفريل هاينز", "هينز"] });
    const position = await t.db.position.create({ data: { slug: `dni-${seq}`, titleAr: "مديرة الاستخبارات الوطنية" } });
    const hinz = o.aliases.find((a) => a.alias === "هينز")!;
    const r = await updateOfficial(
      t.db,
      actor,
      officialForm(o, {
        aliases: o.aliases.map((a) => ({ id: String(a.id), ...(a.id === hinz.id ? { remove: "on" } : {}) })),
        newTenure: { positionId: String(position.id), from: "2021-01", to: "" },
      }),
    );
    expect(r.ok).toBe(true);
    const row = await t.db.official.findUniqueOrThrow({
      where: { id: o.id },
      include: { aliases: true, tenures: true },
    });
    expect(row.aliases.map((a) => a.alias)).toEqual(["أفريل هاينز"]);
    expect(row.tenures).toMatchObject([{ positionId: position.id, from: "2021-01", to: null, origin: "admin" }]);
  });

  it("returns field errors for an unknown position and saves nothing", async () => {
    const o = await official("مسؤول بلا منصب");
    const before = await t.db.auditLog.count();
    const r = await updateOfficial(
      t.db,
      actor,
      officialForm(o, { nameAr: "اسم آخر", newTenure: { positionId: "999999", from: "", to: "" } }),
    );
    expect(r).toEqual({ ok: false, fieldErrors: { "newTenure.positionId": ["المنصب غير موجود"] } });
    expect((await t.db.official.findUniqueOrThrow({ where: { id: o.id } })).nameAr).toBe("مسؤول بلا منصب");
    expect(await t.db.auditLog.count()).toBe(before);
  });

  it("an unchanged save writes no audit row", async () => {
    const o = await official("مسؤول ثابت", { reviewStatus: "reviewed" });
    const before = await t.db.auditLog.count();
    expect(await updateOfficial(t.db, actor, officialForm(o))).toMatchObject({ ok: true, changed: [] });
    expect(await t.db.auditLog.count()).toBe(before);
  });
});

describe("agency corrections", () => {
  it("saves kind and an admin alias, marked corrected", async () => {
    const a = await t.db.agency.create({
      data: { slug: `ag-${++seq}`, nameAr: "مكتب التحقيقات الفيدرالي", kind: "government" },
    });
    const r = await updateAgency(
      t.db,
      actor,
      agencyFormSchema.parse({
        id: String(a.id),
        nameAr: a.nameAr,
        kind: "security",
        country: "US",
        newAliases: "إف بي آي",
      }),
    );
    expect(r).toMatchObject({ ok: true });
    const row = await t.db.agency.findUniqueOrThrow({ where: { id: a.id }, include: { aliases: true } });
    expect(row).toMatchObject({ kind: "security", country: "US" });
    expect(JSON.parse(row.corrected)).toEqual(["aliases", "country", "kind"]);
    expect(row.aliases[0]).toMatchObject({ alias: "إف بي آي", origin: "admin" });
  });
});

describe("meeting corrections and optimistic concurrency", () => {
  it("changes participants, side and date; marks what ingest must keep; bumps the version", async () => {
    const [a, b, c] = [await official("المضيف"), await official("الضيف"), await official("المضاف")];
    const art = await article();
    const m = await meeting([a.id, b.id], art.id);
    const guest = m.participants.find((p) => p.officialId === b.id)!;
    const form = await meetingForm(m.id, {
      dateStart: "2022-09-20",
      place: "الدار البيضاء",
      participants: m.participants.map((p) => ({
        id: String(p.id),
        side: p.id === guest.id ? ("host" as const) : ("guest" as const),
        ...(p.officialId === a.id ? { remove: "on" } : {}),
      })),
      add: { officialId: String(c.id), side: "guest" },
    });
    const r = await updateMeeting(t.db, actor, form);
    expect(r.ok).toBe(true);
    const row = await t.db.meeting.findUniqueOrThrow({
      where: { id: m.id },
      include: { participants: { orderBy: { position: "asc" } } },
    });
    expect(row).toMatchObject({
      version: 2,
      dateStart: "2022-09-20",
      sortKey: "2022-09-20",
      place: "الدار البيضاء",
      dateArticleId: null,
      reviewStatus: "reviewed",
    });
    expect(row.participants.map((p) => [p.officialId, p.side])).toEqual([
      [b.id, "host"],
      [c.id, "guest"],
    ]);
    expect(row.participants[1]?.resolvedBy).toBe("admin");
    expect(JSON.parse(row.corrected)).toEqual(["date", "participants", "place", "reviewStatus"]);
  });

  it("a stale version is refused with the current values and changes nothing", async () => {
    const [a, b] = [await official("أ"), await official("ب")];
    const m = await meeting([a.id, b.id], (await article()).id);
    const first = await meetingForm(m.id, { place: "واشنطن" });
    const second = await meetingForm(m.id, { topics: "التعاون الأمني" });
    expect((await updateMeeting(t.db, actor, first)).ok).toBe(true);
    const audits = await t.db.auditLog.count();
    const stale = await updateMeeting(t.db, actor, second);
    expect(stale).toMatchObject({ ok: false, conflict: { version: 2, place: "واشنطن" } });
    const row = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.topics).toBe("[]");
    expect(await t.db.auditLog.count()).toBe(audits);
    // Re-based on the current version, the second admin's change goes through and the first's stays.
    expect((await updateMeeting(t.db, actor, { ...second, version: 2, place: "واشنطن" })).ok).toBe(true);
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      place: "واشنطن",
      topics: '["التعاون الأمني"]',
      version: 3,
    });
  });

  it("refuses to add someone already in the meeting", async () => {
    const [a, b] = [await official("ج"), await official("د")];
    const m = await meeting([a.id, b.id], (await article()).id);
    const r = await updateMeeting(
      t.db,
      actor,
      await meetingForm(m.id, { add: { officialId: String(a.id), side: "guest" } }),
    );
    expect(r).toEqual({ ok: false, fieldErrors: { "add.officialId": ["هذا المسؤول مشارك في اللقاء أصلًا"] } });
  });

  it("soft-deletes with a version check, keeps the row, and a revert brings it back", async () => {
    const [a, b] = [await official("هـ"), await official("و")];
    const m = await meeting([a.id, b.id], (await article()).id);
    expect(await deleteMeeting(t.db, actor, { id: m.id, version: 7 })).toMatchObject({
      ok: false,
      conflict: { version: 1 },
    });
    expect((await deleteMeeting(t.db, actor, { id: m.id, version: 1 })).ok).toBe(true);
    const row = await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.deletedAt).not.toBeNull();
    expect(JSON.parse(row.corrected)).toContain("deletedAt");
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Meeting", entityId: String(m.id), action: "delete" },
    });
    const r = await revertChange(t.db, actor, audit.id);
    expect(r.ok).toBe(true);
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } })).deletedAt).toBeNull();
    expect(await t.db.auditLog.findFirstOrThrow({ where: { revertOf: audit.id } })).toMatchObject({
      action: "revert",
      actorId: actor,
    });
  });
});

describe("review queue decisions", () => {
  it("approves and rejects meetings and officials, each audited", async () => {
    const [a, b] = [await official("ز"), await official("ح")];
    const m = await meeting([a.id, b.id], (await article()).id);
    expect((await reviewEntity(t.db, actor, { entity: "Meeting", id: m.id, decision: "reject" })).ok).toBe(true);
    expect((await reviewEntity(t.db, actor, { entity: "Official", id: a.id, decision: "approve" })).ok).toBe(true);
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      reviewStatus: "rejected",
      version: 2,
    });
    expect((await t.db.official.findUniqueOrThrow({ where: { id: a.id } })).reviewStatus).toBe("reviewed");
    expect(
      await t.db.auditLog.count({ where: { action: "review", entityId: { in: [String(m.id), String(a.id)] } } }),
    ).toBe(2);
    expect(await reviewEntity(t.db, actor, { entity: "Meeting", id: 999999, decision: "approve" })).toEqual({
      ok: false,
      notFound: true,
    });
  });
});

describe("revert", () => {
  it("puts an official's name back, logs the revert, and refuses when the field changed since", async () => {
    const o = await official("الاسم الأصلي");
    await updateOfficial(t.db, actor, officialForm(o, { nameAr: "الاسم المصحح" }));
    const edit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Official", entityId: String(o.id) },
      orderBy: { id: "desc" },
    });
    const fresh = await t.db.official.findUniqueOrThrow({ where: { id: o.id }, include: { aliases: true } });
    await updateOfficial(t.db, actor, officialForm(fresh, { nameAr: "اسم ثالث" }));
    const refused = await revertChange(t.db, actor, edit.id);
    expect(refused).toMatchObject({ ok: false, formError: expect.stringContaining("الاسم بالعربية") });
    expect((await t.db.official.findUniqueOrThrow({ where: { id: o.id } })).nameAr).toBe("اسم ثالث");

    const latest = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Official", entityId: String(o.id) },
      orderBy: { id: "desc" },
    });
    expect((await revertChange(t.db, actor, latest.id)).ok).toBe(true);
    expect((await t.db.official.findUniqueOrThrow({ where: { id: o.id } })).nameAr).toBe("الاسم المصحح");
    // Now the older edit can be reverted too, and the revert itself can be reverted.
    expect((await revertChange(t.db, actor, edit.id)).ok).toBe(true);
    expect((await t.db.official.findUniqueOrThrow({ where: { id: o.id } })).nameAr).toBe("الاسم الأصلي");
    const revertRow = await t.db.auditLog.findFirstOrThrow({ where: { revertOf: edit.id } });
    expect((await revertChange(t.db, actor, revertRow.id)).ok).toBe(true);
    expect((await t.db.official.findUniqueOrThrow({ where: { id: o.id } })).nameAr).toBe("الاسم المصحح");
  });

  it("reverts a meeting's participants, keeping the removed participant's evidence", async () => {
    const [a, b] = [await official("ط"), await official("ي")];
    const art = await article();
    const m = await meeting([a.id, b.id], art.id);
    const guest = m.participants.find((p) => p.officialId === b.id)!;
    await t.db.evidence.create({
      data: {
        articleId: art.id,
        meetingId: m.id,
        participantId: guest.id,
        kind: "participant",
        start: 0,
        end: 1,
        text: "ي",
      },
    });
    await updateMeeting(
      t.db,
      actor,
      await meetingForm(m.id, {
        participants: m.participants.map((p) => ({
          id: String(p.id),
          side: p.side as "host" | "guest",
          ...(p.id === guest.id ? { remove: "on" } : {}),
        })),
      }),
    );
    expect(await t.db.evidence.count({ where: { meetingId: m.id, kind: "participant" } })).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({
      where: { entity: "Meeting", entityId: String(m.id) },
      orderBy: { id: "desc" },
    });
    expect((await revertChange(t.db, actor, audit.id)).ok).toBe(true);
    const back = await t.db.meetingParticipant.findFirstOrThrow({
      where: { meetingId: m.id, officialId: b.id },
      include: { evidence: true },
    });
    expect(back.side).toBe("guest");
    expect(back.evidence).toHaveLength(1);
  });

  it("refuses rows that are not revertable", async () => {
    const row = await t.db.auditLog.create({
      data: { action: "ingest", entity: "Article", entityId: "1", after: "{}" },
    });
    expect(await revertChange(t.db, actor, row.id)).toMatchObject({ ok: false });
    expect(await revertChange(t.db, actor, 99999999)).toEqual({ ok: false, formError: "السجل غير موجود" });
  });
});

describe("merge officials", () => {
  it("moves aliases, participations, mentions and tenures to the survivor and leaves a redirect; revert undoes it", async () => {
    const survivor = await official("عبد اللطيف الحموشي", { aliases: ["عبد اللطيف الحموشي", "الحموشي"] });
    const other = await official("عبداللطيف حموشي", { aliases: ["عبداللطيف حموشي", "الحموشي"] });
    const guest = await official("ضيف الدمج");
    const art = await article();
    const both = await meeting([survivor.id, other.id], art.id);
    const onlyOther = await meeting([other.id, guest.id], art.id);
    const otherInBoth = both.participants.find((p) => p.officialId === other.id)!;
    const ev = await t.db.evidence.create({
      data: {
        articleId: art.id,
        meetingId: both.id,
        participantId: otherInBoth.id,
        kind: "participant",
        start: 0,
        end: 1,
        text: "ع",
      },
    });
    await t.db.articleMention.createMany({
      data: [
        { articleId: art.id, officialId: survivor.id, count: 2 },
        { articleId: art.id, officialId: other.id, count: 3 },
      ],
    });
    const position = await t.db.position.create({
      data: { slug: `dgsn-${seq}`, titleAr: "المدير العام للأمن الوطني" },
    });
    await t.db.tenure.create({ data: { officialId: other.id, positionId: position.id, from: "2015" } });

    const r = await mergeOfficials(t.db, actor, { survivorId: survivor.id, otherId: other.id });
    expect(r.ok).toBe(true);
    expect((await t.db.official.findUniqueOrThrow({ where: { id: other.id } })).mergedIntoId).toBe(survivor.id);
    const s = await t.db.official.findUniqueOrThrow({
      where: { id: survivor.id },
      include: { aliases: true, participations: true, mentions: true, tenures: true },
    });
    expect(s.aliases.map((a) => a.alias).sort()).toEqual(["الحموشي", "عبد اللطيف الحموشي", "عبداللطيف حموشي"]);
    expect(s.participations.map((p) => p.meetingId).sort()).toEqual([both.id, onlyOther.id].sort());
    expect(await t.db.meetingParticipant.count({ where: { officialId: other.id } })).toBe(0);
    expect(s.mentions).toMatchObject([{ articleId: art.id, count: 5 }]);
    expect(s.tenures).toHaveLength(1);
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: ev.id } })).participantId).toBe(
      s.participations.find((p) => p.meetingId === both.id)!.id,
    );
    // Knowledge: the merged-away row is no longer its own person.
    const k = await loadKnowledge(t.db);
    expect(k.officials.some((o) => o.slug === other.slug)).toBe(false);
    expect(await mergeOfficials(t.db, actor, { survivorId: survivor.id, otherId: other.id })).toMatchObject({
      ok: false,
    });

    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: "merge", entityId: String(other.id) } });
    expect((await revertChange(t.db, actor, audit.id)).ok).toBe(true);
    const o2 = await t.db.official.findUniqueOrThrow({
      where: { id: other.id },
      include: { aliases: true, participations: true, mentions: true, tenures: true },
    });
    expect(o2.mergedIntoId).toBeNull();
    expect(o2.aliases.map((a) => a.alias).sort()).toEqual(["الحموشي", "عبداللطيف حموشي"]);
    expect(o2.participations.map((p) => p.meetingId).sort()).toEqual([both.id, onlyOther.id].sort());
    expect(o2.mentions).toMatchObject([{ count: 3 }]);
    expect(o2.tenures).toHaveLength(1);
    expect((await t.db.evidence.findUniqueOrThrow({ where: { id: ev.id } })).participantId).toBe(
      o2.participations.find((p) => p.meetingId === both.id)!.id,
    );
    const s2 = await t.db.official.findUniqueOrThrow({
      where: { id: survivor.id },
      include: { aliases: true, mentions: true },
    });
    expect(s2.aliases.map((a) => a.alias).sort()).toEqual(["الحموشي", "عبد اللطيف الحموشي"]);
    expect(s2.mentions).toMatchObject([{ count: 2 }]);
    expect(await revertChange(t.db, actor, audit.id)).toMatchObject({ ok: false });
  });
});
