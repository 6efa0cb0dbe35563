import { describe, expect, it } from "vitest";
import { agencyFormSchema } from "@/lib/schemas/agency-form";
import { articleFormSchema } from "@/lib/schemas/article-form";
import { newArticleSchema } from "@/lib/schemas/article-new";
import { auditFiltersSchema } from "@/lib/schemas/audit-filters";
import { formDataToObject, toFieldErrors } from "@/lib/schemas/form-state";
import { meetingDeleteSchema, meetingFormSchema } from "@/lib/schemas/meeting-form";
import { mergeOfficialsSchema } from "@/lib/schemas/merge-officials";
import { officialFormSchema } from "@/lib/schemas/official-form";
import { reviewDecisionSchema } from "@/lib/schemas/review-decision";
import { revertAuditSchema } from "@/lib/schemas/revert-audit";
import { newPasswordSchema, signInSchema } from "@/lib/schemas/sign-in";

function fd(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.append(k, v);
  return f;
}

function errorsOf(schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } }, value: unknown) {
  const r = schema.safeParse(value);
  expect(r.success).toBe(false);
  return toFieldErrors(r.error as never);
}

const arabic = /\p{Script=Arabic}/u;

describe("formDataToObject", () => {
  it("nests dotted names into objects and rows, skipping files and Next's fields", () => {
    const f = fd({
      id: "3",
      "participants.0.id": "7",
      "participants.0.side": "host",
      "participants.2.id": "9",
      "add.officialId": "4",
      $ACTION_ID_abc: "x",
    });
    f.append("file", new Blob(["x"]), "a.txt");
    expect(formDataToObject(f)).toEqual({
      id: "3",
      participants: [{ id: "7", side: "host" }, { id: "9" }],
      add: { officialId: "4" },
    });
  });

  it("ignores prototype keys and absurd row indexes", () => {
    const o = formDataToObject(
      fd({ "__proto__.polluted": "1", "constructor.prototype.x": "1", "rows.99999999.id": "1", ok: "1" }),
    );
    expect(o).toEqual({ ok: "1" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("signInSchema", () => {
  it("accepts an email and password and keeps only a local admin path for next", () => {
    const r = signInSchema.parse({ email: " Admin@Example.org ", password: "x", next: "https://evil.example/admin" });
    expect(r).toEqual({ email: "admin@example.org", password: "x", next: "/admin" });
    expect(signInSchema.parse({ email: "a@b.co", password: "x", next: "/admin/meetings/3" }).next).toBe(
      "/admin/meetings/3",
    );
    expect(signInSchema.parse({ email: "a@b.co", password: "x", next: "//evil.example" }).next).toBe("/admin");
  });

  it("answers in Arabic for a missing or malformed email and a missing password", () => {
    const e = errorsOf(signInSchema, { email: "not-an-email", password: "" });
    expect(e.email?.[0]).toMatch(arabic);
    expect(e.password?.[0]).toBe("كلمة المرور مطلوبة");
    expect(errorsOf(signInSchema, { password: "x".repeat(201), email: "a@b.co" }).password).toBeDefined();
  });

  it("new passwords need 12 characters", () => {
    expect(newPasswordSchema.safeParse("short").success).toBe(false);
    expect(newPasswordSchema.safeParse("a long passphrase").success).toBe(true);
  });
});

describe("officialFormSchema", () => {
  const valid = {
    id: "5",
    nameAr: " عبد اللطيف الحموشي ",
    nameEn: "",
    country: "ma",
    gender: "m",
    reviewStatus: "reviewed",
    aliases: [{ id: "1", remove: "on" }, { id: "2" }],
    newAliases: "الحموشي\n\n  حموشي  \nالحموشي",
    tenures: [{ id: "3", positionId: "8", from: "2015-10", to: "" }],
    newTenure: { positionId: "", from: "", to: "" },
  };

  it("parses what the form posts", () => {
    const r = officialFormSchema.parse(valid);
    expect(r).toMatchObject({
      id: 5,
      nameAr: "عبد اللطيف الحموشي",
      nameEn: null,
      country: "MA",
      gender: "m",
      aliases: [
        { id: 1, remove: true },
        { id: 2, remove: false },
      ],
      newAliases: ["الحموشي", "حموشي"],
      tenures: [{ id: 3, positionId: 8, from: "2015-10", to: null, remove: false }],
      newTenure: { positionId: null, from: null, to: null },
    });
  });

  it("puts Arabic errors on the right fields", () => {
    const e = errorsOf(officialFormSchema, {
      ...valid,
      nameAr: "",
      country: "Morocco",
      tenures: [{ id: "3", positionId: "8", from: "2020", to: "2019" }],
      newTenure: { positionId: "", from: "2020-13", to: "" },
    });
    expect(e.nameAr).toEqual(["الاسم بالعربية مطلوب"]);
    expect(e.country?.[0]).toMatch(/حرفان/);
    expect(e["tenures.0.to"]?.[0]).toBe("نهاية المنصب قبل بدايته");
    expect(e["newTenure.from"]?.[0]).toMatch(arabic);
    expect(errorsOf(officialFormSchema, { ...valid, nameAr: "David Fischer" }).nameAr?.[0]).toMatch(/حروفًا عربية/);
    expect(
      errorsOf(officialFormSchema, { ...valid, newTenure: { positionId: "", from: "2020", to: "" } })[
        "newTenure.positionId"
      ],
    ).toEqual(["اختر المنصب"]);
  });
});

describe("agencyFormSchema", () => {
  const valid = {
    id: "2",
    nameAr: "المديرية العامة للأمن الوطني",
    nameEn: "DGSN",
    kind: "security",
    country: "MA",
    newAliases: "الأمن الوطني",
  };
  it("parses a valid agency", () => {
    expect(agencyFormSchema.parse(valid)).toMatchObject({
      id: 2,
      kind: "security",
      aliases: [],
      newAliases: ["الأمن الوطني"],
    });
  });
  it("refuses an unknown kind and an empty name", () => {
    const e = errorsOf(agencyFormSchema, { ...valid, kind: "secret-club", nameAr: "  " });
    expect(e.kind).toEqual(["اختر نوع الجهة"]);
    expect(e.nameAr).toEqual(["الاسم بالعربية مطلوب"]);
  });
});

describe("meetingFormSchema", () => {
  const valid = {
    id: "9",
    version: "3",
    dateStart: "2022-09-19",
    dateEnd: "",
    precision: "day",
    place: "الرباط",
    country: "MA",
    status: "held",
    topics: "مكافحة الإرهاب\nالتعاون الأمني",
    reviewStatus: "reviewed",
    participants: [
      { id: "1", side: "host" },
      { id: "2", side: "guest", remove: "on" },
    ],
    add: { officialId: "", side: "guest" },
  };

  it("parses a valid meeting", () => {
    expect(meetingFormSchema.parse(valid)).toMatchObject({
      id: 9,
      version: 3,
      dateStart: "2022-09-19",
      dateEnd: null,
      topics: ["مكافحة الإرهاب", "التعاون الأمني"],
      participants: [
        { id: 1, side: "host", remove: false },
        { id: 2, side: "guest", remove: true },
      ],
      add: { officialId: null, side: "guest" },
    });
  });

  it("checks dates against their precision", () => {
    expect(errorsOf(meetingFormSchema, { ...valid, dateStart: "" }).dateStart?.[0]).toMatch(/غير معروف/);
    expect(errorsOf(meetingFormSchema, { ...valid, dateStart: "2022-02-30" }).dateStart?.[0]).toMatch(/تاريخ غير صالح/);
    expect(errorsOf(meetingFormSchema, { ...valid, precision: "range" }).dateEnd).toEqual(["المدة تحتاج تاريخ نهاية"]);
    expect(errorsOf(meetingFormSchema, { ...valid, precision: "range", dateEnd: "2022-09-01" }).dateEnd).toEqual([
      "النهاية قبل البداية",
    ]);
    expect(meetingFormSchema.safeParse({ ...valid, precision: "unknown", dateStart: "" }).success).toBe(true);
  });

  it("needs a participant left and a known side and status", () => {
    const e = errorsOf(meetingFormSchema, {
      ...valid,
      status: "cancelled",
      participants: [{ id: "1", side: "boss", remove: "on" }],
    });
    expect(e.status).toEqual(["اختر حالة اللقاء"]);
    expect(e["participants.0.side"]).toEqual(["اختر الصفة"]);
    const none = errorsOf(meetingFormSchema, { ...valid, participants: [{ id: "1", side: "host", remove: "on" }] });
    expect(none.participants).toEqual(["يحتاج اللقاء مشاركًا واحدًا على الأقل"]);
  });

  it("requires the version it read", () => {
    expect(errorsOf(meetingFormSchema, { ...valid, version: "" }).version?.[0]).toMatch(/رقم النسخة/);
    expect(meetingDeleteSchema.safeParse({ id: "1", version: "2" }).success).toBe(true);
    expect(meetingDeleteSchema.safeParse({ id: "1" }).success).toBe(false);
  });
});

describe("articleFormSchema", () => {
  it("parses metadata and the previewed date", () => {
    expect(
      articleFormSchema.parse({
        id: "4",
        title: "",
        source: "العرب",
        url: "https://example.org/a",
        published: "2022-09-20",
        previewed: "2022-09-20",
      }),
    ).toEqual({
      id: 4,
      title: null,
      source: "العرب",
      url: "https://example.org/a",
      published: "2022-09-20",
      previewed: "2022-09-20",
    });
  });
  it("refuses a bad URL and a bad date in Arabic", () => {
    const e = errorsOf(articleFormSchema, { id: "4", url: "javascript:alert(1)", published: "20/09/2022" });
    expect(e.url?.[0]).toMatch(/الرابط غير صالح/);
    expect(e.published?.[0]).toMatch(/تاريخ النشر/);
  });
});

describe("newArticleSchema", () => {
  const text = "استقبل وزير الخارجية المغربي، اليوم الاثنين بالرباط، نظيره الإسباني في إطار زيارة عمل.";
  it("accepts pasted text", () => {
    expect(newArticleSchema.parse({ text: `\uFEFF${text}\r\n`, intent: "save" })).toMatchObject({
      text: `${text}\n`,
      intent: "save",
      published: null,
    });
  });
  it("explains empty, letterless, too short and too large input", () => {
    expect(errorsOf(newArticleSchema, { text: "   " }).text).toEqual(["الصق نص المقال أو ارفع ملفًا نصيًا"]);
    expect(
      errorsOf(newArticleSchema, { text: "!!! ... 123 ؟؟ ،، 456 ---------------------------------" }).text?.[0],
    ).toBe("النص لا يحتوي حروفًا");
    expect(errorsOf(newArticleSchema, { text: "لقاء قصير" }).text?.[0]).toMatch(/أقصر/);
    expect(errorsOf(newArticleSchema, { text: "ب".repeat(300_000) }).text?.[0]).toMatch(/أكبر من/);
  });
});

describe("small action schemas", () => {
  it("merge needs two different officials", () => {
    expect(mergeOfficialsSchema.safeParse({ survivorId: "1", otherId: "2" }).success).toBe(true);
    expect(errorsOf(mergeOfficialsSchema, { survivorId: "1", otherId: "1" }).otherId).toEqual(["اختر مسؤولَين مختلفين"]);
  });
  it("review decisions and reverts are closed sets of ids", () => {
    expect(reviewDecisionSchema.safeParse({ entity: "Meeting", id: "3", decision: "approve" }).success).toBe(true);
    expect(reviewDecisionSchema.safeParse({ entity: "User", id: "3", decision: "approve" }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ entity: "Meeting", id: "-3", decision: "approve" }).success).toBe(false);
    expect(revertAuditSchema.safeParse({ auditId: "12" }).success).toBe(true);
    expect(revertAuditSchema.safeParse({ auditId: "x" }).success).toBe(false);
  });
  it("audit filters coerce and default instead of throwing", () => {
    expect(auditFiltersSchema.parse({ entity: "Meeting", entityId: "4", page: "2" })).toEqual({
      entity: "Meeting",
      entityId: "4",
      page: 2,
    });
    expect(auditFiltersSchema.parse({ entity: "Nope", entityId: "1; drop", page: "-5" })).toEqual({
      entity: undefined,
      entityId: undefined,
      page: 1,
    });
    expect(auditFiltersSchema.parse({})).toEqual({ page: 1 });
    expect(auditFiltersSchema.parse({ by: "system" }).by).toBe("system");
    expect(auditFiltersSchema.parse({ by: "everyone" }).by).toBeUndefined();
  });
});
