// Dates placed against dated events from the knowledge data («أسبوعا بعد …», «عشية …»,
// «على هامش …»). Sentences and events here are written for the tests; the events are invented
// so that nothing but the knowledge passed in can date them.
import { describe, expect, it } from "vitest";
import { extractArticle, loadKnowledgeFile, parseKnowledge } from "@/lib/extract";
import { findEventDates, withEventDates } from "@/lib/extract/events";
import { findDates } from "@/lib/extract/dates";
import { indexKnowledge } from "@/lib/extract/knowledge";
import { buildDoc } from "@/lib/extract/tokens";
import type { Knowledge } from "@/lib/extract/types";

const base = loadKnowledgeFile("prisma/knowledge.json");
const k: Knowledge = {
  ...base,
  events: [
    {
      slug: "accord-signing",
      nameAr: "توقيع اتفاق الشراكة الأمنية",
      nameEn: "the signing of the security partnership accord",
      start: "2019-03-12",
      end: null,
      country: null,
      aliases: ["الاعتراف الكندي باتفاق الشراكة"],
    },
    {
      slug: "forum-2018",
      nameAr: "منتدى المتوسط للأمن",
      nameEn: "the Mediterranean security forum",
      start: "2018-11-05",
      end: "2018-11-07",
      country: null,
      aliases: ["منتدى الأمن المتوسطي"],
    },
  ],
};

function meetingDate(text: string, published: string | null = null) {
  const r = extractArticle({ text, published }, k);
  expect(r.meetings.length, JSON.stringify(r.meetings.map((m) => m.evidence.text))).toBe(1);
  return r.meetings[0]?.date;
}

describe("event-anchored dates", () => {
  it("«أسبوعا بعد <event>» is about a week after it, approximate, and does not need the publication date", () => {
    const d = meetingDate(
      "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، أسبوعا بعد توقيع اتفاق الشراكة الأمنية بين البلدين.",
    );
    expect(d).toMatchObject({
      start: "2019-03-18",
      end: "2019-03-20",
      precision: "approximate",
      dependsOnPublished: false,
    });
    expect(d?.text).toBe("أسبوعا بعد توقيع اتفاق الشراكة الأمنية");
    expect(d?.explanation).toContain("the signing of the security partnership accord");
    expect(d?.explanation).toContain("2019-03-12");
  });

  it("«بعد ثلاثة أيام من <event>» and «يومين قبل <event>» are exact days", () => {
    expect(
      meetingDate("التقى رئيس الحكومة الإسبانية بوزير الخارجية التونسي بعد ثلاثة أيام من توقيع اتفاق الشراكة الأمنية."),
    ).toMatchObject({
      start: "2019-03-15",
      end: "2019-03-15",
      precision: "day",
    });
    expect(
      meetingDate("اجتمع وزير الدفاع الفرنسي مع نظيره المغربي يومين قبل توقيع اتفاق الشراكة الأمنية."),
    ).toMatchObject({
      start: "2019-03-10",
      precision: "day",
    });
  });

  it("«عشية» and «غداة» are the day before and the day after", () => {
    expect(resolveAt("عشية توقيع اتفاق الشراكة الأمنية")).toMatchObject({
      start: "2019-03-11",
      end: "2019-03-11",
      precision: "day",
    });
    expect(resolveAt("غداة توقيع اتفاق الشراكة الأمنية")).toMatchObject({
      start: "2019-03-13",
      end: "2019-03-13",
      precision: "day",
    });
  });

  it("«على هامش <event>» takes the event's own days (a range for a multi-day event); «بعد» counts from its last day", () => {
    expect(meetingDate("التقى وزير الخارجية المصري بنظيره الأردني على هامش منتدى المتوسط للأمن.")).toMatchObject({
      start: "2018-11-05",
      end: "2018-11-07",
      precision: "range",
    });
    expect(resolveAt("بعد يومين من منتدى الأمن المتوسطي")).toMatchObject({ start: "2018-11-09", precision: "day" });
  });

  it("matches a name through clitics, a variant spelling of a demonym and one extra word", () => {
    // «الرسمي» inserted between two words of the name; «الأميركي» written for «الأمريكي»
    expect(resolveAt("أسبوعين بعد الاعتراف الرسمي الكندي باتفاق الشراكة")).toMatchObject({
      start: "2019-03-25",
      end: "2019-03-28",
      precision: "approximate",
    });
    const base2: Knowledge = {
      ...k,
      events: [
        {
          ...(k.events?.[0] as NonNullable<Knowledge["events"]>[number]),
          aliases: ["الاعتراف الأمريكي باتفاق الشراكة"],
        },
      ],
    };
    const doc = buildDoc("يومين بعد الاعتراف الأميركي باتفاق الشراكة");
    expect(findEventDates(doc.tokens, indexKnowledge(base2))[0]?.event?.event.slug).toBe("accord-signing");
  });

  it("needs a relation word: a bare mention or «منذ» dates nothing, and unknown names match nothing", () => {
    for (const text of [
      "تحدث الوزير عن توقيع اتفاق الشراكة الأمنية",
      "منذ توقيع اتفاق الشراكة الأمنية",
      "أسبوعا بعد توقيع اتفاق التجارة الحرة",
    ]) {
      const doc = buildDoc(text);
      expect(findEventDates(doc.tokens, indexKnowledge(k)), text).toEqual([]);
    }
  });

  it("an event phrase replaces a plain phrase it overlaps («قبل أسبوع من <event>» is not «a week before publication»)", () => {
    const doc = buildDoc("قبل أسبوع من توقيع اتفاق الشراكة الأمنية");
    const plain = findDates(doc.tokens);
    expect(plain.some((p) => p.vague === "week-ago")).toBe(true);
    const all = withEventDates(doc.tokens, indexKnowledge(k), plain);
    expect(all).toHaveLength(1);
    expect(all[0]?.event).toMatchObject({ relation: "before", lo: 6, hi: 8 });
  });

  it("knowledge without events (older files) extracts as before", () => {
    const noEvents: Knowledge = { ...base, events: [] };
    const r = extractArticle(
      { text: "استقبل وزير الداخلية الكندي نظيره الإيطالي أسبوعا بعد توقيع اتفاق الشراكة الأمنية.", published: null },
      noEvents,
    );
    expect(r.meetings[0]?.date.start ?? null).toBeNull();
  });

  it("the shipped knowledge dates a meeting against a real event", () => {
    const r = extractArticle(
      {
        text: "التقى وزير الخارجية الإسباني نظيره المغربي في مدريد بعد ثلاثة أيام من تنصيب الرئيس جو بايدن.",
        published: null,
      },
      base,
    );
    expect(r.meetings[0]?.date).toMatchObject({ start: "2021-01-23", precision: "day" });
  });

  it("the knowledge file refuses an event that ends before it starts or is not a calendar day", () => {
    const ev = { slug: "x", nameAr: "حدث", start: "2020-02-10", aliases: [] };
    expect(() => parseKnowledge({ events: [{ ...ev, end: "2020-02-01" }] })).toThrow(/end/);
    expect(() => parseKnowledge({ events: [{ ...ev, start: "2020-02-30" }] })).toThrow(/calendar day/);
    expect(parseKnowledge({ events: [ev] }).events?.[0]).toMatchObject({ end: null, nameEn: null, country: null });
  });
});

/** The date an event phrase gives a one-sentence meeting report. */
function resolveAt(text: string) {
  const doc = buildDoc(text);
  expect(withEventDates(doc.tokens, indexKnowledge(k), findDates(doc.tokens))[0]?.event, text).toBeDefined();
  return meetingDate(`التقى وزير الداخلية الكندي نظيره الإيطالي ${text}.`);
}
