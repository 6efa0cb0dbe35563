import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle, loadKnowledgeFile, reresolveDate, resolveDateText } from "../../../lib/extract";

const day = (t: string, published: string | null = null, tense: "past" | "future" = "past") =>
  resolveDateText(t, { published, tense });

describe("month families", () => {
  it.each([
    // Egypt / Gulf and spelling variants
    ["وصل الوفد يوم 10 إبريل 2023", "2023-04-10"],
    ["في 17 يونيه 2019 عقد", "2019-06-17"],
    ["في 23 يوليه 2018", "2018-07-23"],
    ["في 8 اغسطس 2016", "2016-08-08"],
    // Morocco
    ["يوم 5 ماي 2021", "2021-05-05"],
    ["في 3 يوليوز 2019", "2019-07-03"],
    ["يوم 12 غشت 2020", "2020-08-12"],
    ["يوم 9 شتنبر 2022", "2022-09-09"],
    ["يوم 7 نونبر 2018", "2018-11-07"],
    ["يوم 24 دجنبر 2019", "2019-12-24"],
    // Algeria / Tunisia
    ["يوم 4 جانفي 2024", "2024-01-04"],
    ["يوم 18 فيفري 2023", "2023-02-18"],
    ["في 2 أفريل 2022", "2022-04-02"],
    ["يوم 30 جوان 2021", "2021-06-30"],
    ["في 5 جويلية 2022", "2022-07-05"],
    ["يوم 15 أوت 2020", "2020-08-15"],
    // Levant / Iraq
    ["يوم 3 آذار 2021", "2021-03-03"],
    ["في 11 نيسان 2019", "2019-04-11"],
    ["يوم 21 أيار 2022", "2022-05-21"],
    ["في 14 تموز 2020", "2020-07-14"],
    ["يوم 9 آب 2021", "2021-08-09"],
    ["في 28 أيلول 2018", "2018-09-28"],
    ["يوم 6 تشرين الأول 2023", "2023-10-06"],
    ["يوم 19 تشرين الثاني 2017", "2017-11-19"],
    ["يوم 31 كانون الأول 2020", "2020-12-31"],
    ["الثلاثاء 11 شباط/ فبراير 2020", "2020-02-11"],
    ["يوم 8 كانون الثاني (يناير) 2019", "2019-01-08"],
    // digits and spacing drift
    ["٢١ فبراير ٢٠٢٣", "2023-02-21"],
    ["الثلاثاء29 سبتمبر 2020", "2020-09-29"],
  ])("%s", (text, iso) => {
    const d = day(text);
    expect(d.start).toBe(iso);
    expect(d.precision).toBe("day");
    expect(d.dependsOnPublished).toBe(false);
  });
});

describe("ordinals and ranges", () => {
  it("reads ordinal day words", () => {
    expect(day("في الثالث من مارس 2022").start).toBe("2022-03-03");
    expect(day("في الخامس والعشرين من ديسمبر 2021").start).toBe("2021-12-25");
    expect(day("الحادي عشر من سبتمبر 2001").start).toBe("2001-09-11");
    expect(day("الثلاثين من يونيو 2013").start).toBe("2013-06-30");
    expect(day("الحادي والثلاثين من أكتوبر 2020").start).toBe("2020-10-31");
  });
  it("reads ranges as range precision", () => {
    const a = day("خلال يومي الثاني عشر والثالث عشر من نونبر 2019");
    expect([a.start, a.end, a.precision]).toEqual(["2019-11-12", "2019-11-13", "range"]);
    const b = day("من 13 إلى 15 مارس 2023");
    expect([b.start, b.end, b.precision]).toEqual(["2023-03-13", "2023-03-15", "range"]);
    const c = day("يومي 2 و3 ماي 2022");
    expect([c.start, c.end]).toEqual(["2022-05-02", "2022-05-03"]);
  });
  it("reads month-only and year-only phrases", () => {
    const m = day("في شهر مارس 2022");
    expect([m.start, m.end, m.precision]).toEqual(["2022-03-01", "2022-03-31", "month"]);
    const y = day("زار البلاد عام 2019");
    expect([y.start, y.end, y.precision]).toEqual(["2019-01-01", "2019-12-31", "year"]);
  });
  it("converts Hijri dates with the Umm al-Qura calendar", () => {
    expect(day("12 رمضان 1444 هـ").start).toBe("2023-04-03");
    expect(day("1 محرم 1445 هـ").start).toBe("2023-07-19");
  });
  it("does not take ordinary words for months", () => {
    expect(day("مارس الوزير مهامه").precision).toBe("unknown");
  });
});

describe("weekdays against the publication date, by tense", () => {
  it("points back in a past clause and forward in a future one", () => {
    expect(day("الخميس", "2020-09-29", "past").start).toBe("2020-09-24");
    expect(day("الخميس", "2020-09-29", "future").start).toBe("2020-10-01");
    expect(day("الخميس المقبل", "2020-09-29", "past").start).toBe("2020-10-01");
    expect(day("الثلاثاء الماضي", "2020-09-29", "past").start).toBe("2020-09-22");
    expect(day("يوم الأحد", "2023-03-15", "past").start).toBe("2023-03-12");
  });
  it("is unknown without a publication date and says it depends on it", () => {
    const d = day("الاثنين", null);
    expect(d.precision).toBe("unknown");
    expect(d.start).toBeNull();
    expect(d.text).toBe("الاثنين");
    expect(d.dependsOnPublished).toBe(true);
  });
  it("decides per clause inside one article", () => {
    const text =
      "التقى وزير الخارجية الإسباني خوسيه مانويل ألباريس الخميس نظيره المغربي ناصر بوريطة بالرباط. وسيلتقي ألباريس الخميس وزير الخارجية الجزائري أحمد عطاف في الجزائر العاصمة.";
    const k = loadKnowledgeFile("prisma/knowledge.json");
    const r = extractArticle({ text, published: "2023-06-06" }, k);
    const dates = r.meetings.map((m) => [m.date.start, m.status]).sort();
    expect(dates).toEqual([
      ["2023-06-01", "held"],
      ["2023-06-08", "planned"],
    ]);
  });
});

describe("relative phrases", () => {
  it.each([
    ["أمس", "2021-03-01", "2021-02-28", "2021-02-28", "day"],
    ["اليوم", "2021-03-01", "2021-03-01", "2021-03-01", "day"],
    ["قبل يومين", "2022-09-20", "2022-09-18", "2022-09-18", "day"],
    ["منتصف الشهر الماضي", "2021-01-15", "2020-12-11", "2020-12-20", "approximate"],
    ["نهاية الشهر الجاري", "2021-02-10", "2021-02-21", "2021-02-28", "approximate"],
    ["الأسبوع الماضي", "2021-03-03", "2021-02-22", "2021-02-28", "approximate"],
    ["يونيو الماضي", "2022-09-20", "2022-06-01", "2022-06-30", "month"],
    ["العام الماضي", "2022-09-20", "2021-01-01", "2021-12-31", "year"],
  ])("%s (published %s)", (text, pub, s, e, prec) => {
    const d = day(text, pub);
    expect([d.start, d.end, d.precision]).toEqual([s, e, prec]);
    expect(d.dependsOnPublished).toBe(true);
    expect(d.explanation.length).toBeGreaterThan(10);
  });
  it("places «قبل أيام» in a window before publication", () => {
    const d = day("قبل أيام", "2021-03-01");
    expect(d.precision).toBe("approximate");
    expect(d.end! < "2021-03-01").toBe(true);
    expect(d.start! >= "2021-02-15").toBe(true);
  });
  it("reads «الشهر المقبل» and «مارس المقبل» forward", () => {
    expect(day("الشهر المقبل", "2021-12-10", "future").start).toBe("2022-01-01");
    expect(day("مارس المقبل", "2022-09-20", "future").start).toBe("2023-03-01");
  });
});

describe("year fixed by the weekday", () => {
  it("chooses the year where the day falls on that weekday and the article's officials were in office", () => {
    const text =
      "استقبل المدير العام للأمن الوطني، الاثنين، بالرباط وزير الداخلية الفرنسي جيرالد دارمانان، الذي يرتقب أن يزور مدريد الخميس 16 شتنبر الجاري.";
    const k = loadKnowledgeFile("prisma/knowledge.json");
    const r = extractArticle({ text, published: null }, k);
    const m = r.meetings[0];
    expect(m).toBeDefined();
    // 16 September was a Thursday in 2021 (Darmanin in office), not in 2010 or 2027
    expect(m?.date.start).toBe("2021-09-13");
    expect(m?.date.explanation).toMatch(/inferred/);
  });
});

describe("re-resolution when the publication date changes", () => {
  const text = readFileSync("seeds/004_3e5b7103260264d2.txt", "utf8");
  const k = loadKnowledgeFile("prisma/knowledge.json");
  it("keeps seed 004's «الاثنين» unknown without a date, then resolves it", () => {
    const before = extractArticle({ text, published: null }, k);
    const monday = before.meetings.find((m) => m.date.text === "الاثنين");
    expect(monday?.date.precision).toBe("unknown");
    expect(monday?.date.dependsOnPublished).toBe(true);
    const after = extractArticle({ text, published: "2022-09-20" }, k);
    expect(after.meetings.find((m) => m.date.text === "الاثنين")?.date.start).toBe("2022-09-19");
    if (!monday) throw new Error("no Monday meeting");
    const re = reresolveDate(monday.date, { text, published: "2022-09-20" }, k);
    expect([re.start, re.precision]).toEqual(["2022-09-19", "day"]);
    expect(reresolveDate(monday.date, { text, published: "2022-09-19" }, k).start).toBe("2022-09-19");
  });
});

describe("numeric dates and counted relative days", () => {
  it.each([
    ["نشر في 12/05/2023 على الساعة 10:30", "2023-05-12"],
    ["تاريخ النشر: 2023-05-12", "2023-05-12"],
    ["12.05.2023", "2023-05-12"],
  ])("%s → %s", (t, iso) => {
    expect(day(t).start).toBe(iso);
  });
  it("refuses impossible numeric dates and loose number runs", () => {
    expect(day("31/02/2023").start).toBeNull();
    expect(day("12 / 05 / 2023").start).toBeNull();
  });
  it("reads «أمس الأول» and days counted in words against the publication date", () => {
    expect(day("أمس الأول", "2023-05-20").start).toBe("2023-05-18");
    expect(day("قبل ثلاثة أيام", "2023-05-20").start).toBe("2023-05-17");
    expect(day("منذ خمسة أيام", "2023-05-20").start).toBe("2023-05-15");
  });
  it("a numeric byline date stands in for a missing publication date", () => {
    const r = extractArticle(
      {
        text: "نشر في 14/03/2024\nاستقبل وزير الخارجية الجزائري أحمد عطاف أمس بالجزائر العاصمة نظيره التونسي نبيل عمار.",
        published: null,
      },
      loadKnowledgeFile("prisma/knowledge.json"),
    );
    expect(r.meetings[0]?.date.start).toBe("2024-03-13");
  });
});

describe("a day of a month named relative to the publication date", () => {
  it.each([
    ["يوم 15 من الشهر الجاري", "2023-05-15", "2023-05-15"],
    ["في الخامس عشر من الشهر الماضي", "2023-04-15", "2023-04-15"],
    ["يومي 3 و4 من الشهر المقبل", "2023-06-03", "2023-06-04"],
  ])("%s", (t, s, e) => {
    const d = day(t, "2023-05-20");
    expect([d.start, d.end]).toEqual([s, e]);
  });
});
