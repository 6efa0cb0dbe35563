import { describe, expect, it } from "vitest";
import {
  countLabel,
  formatHijri,
  formatList,
  formatMeetingDate,
  formatPartialDate,
  formatSpan,
  formatTenure,
  MEETING_FORMS,
  meetingHijri,
  parseStringList,
} from "@/lib/format";
import { describeView } from "@/lib/format/describe";
import { evidenceRuns } from "@/lib/format/segments";

describe("meeting dates with their precision", () => {
  it("names the weekday of a known day", () => {
    expect(formatMeetingDate("2020-09-24", "2020-09-24", "day")).toBe("الخميس 24 سبتمبر 2020");
  });
  it("says an approximate date is approximate", () => {
    expect(formatMeetingDate("2020-12-11", "2020-12-20", "approximate")).toBe("منتصف ديسمبر 2020 (تقريبي)");
    expect(formatMeetingDate("2020-12-01", "2020-12-10", "approximate")).toBe("مطلع ديسمبر 2020 (تقريبي)");
    expect(formatMeetingDate("2020-12-21", "2020-12-31", "approximate")).toBe("أواخر ديسمبر 2020 (تقريبي)");
  });
  it("shows a month, a year, a range and an unknown date for what they are", () => {
    expect(formatMeetingDate("2022-06-01", "2022-06-30", "month")).toBe("يونيو 2022");
    expect(formatMeetingDate("2019-01-01", "2019-12-31", "year")).toBe("عام 2019");
    expect(formatMeetingDate("2022-06-13", "2022-06-14", "range")).toBe("13–14 يونيو 2022");
    expect(formatMeetingDate("2022-06-29", "2022-07-02", "range")).toBe("29 يونيو – 2 يوليو 2022");
    expect(formatMeetingDate(null, null, "unknown")).toBe("تاريخ غير معروف");
  });
  it("gives the Hijri date only where the day is known", () => {
    expect(formatHijri("2020-09-24")).toBe("7 صفر 1442 هـ");
    expect(meetingHijri("2020-09-24", "2020-09-24", "day")).toBe("7 صفر 1442 هـ");
    expect(meetingHijri("2022-06-13", "2022-06-14", "range")).toBe("14 ذو القعدة 1443 هـ – 15 ذو القعدة 1443 هـ");
    expect(meetingHijri("2020-12-11", "2020-12-20", "approximate")).toBeNull();
    expect(meetingHijri("2022-06-01", "2022-06-30", "month")).toBeNull();
  });
  it("formats filter bounds, spans and tenures", () => {
    expect(formatPartialDate("2020-12")).toBe("ديسمبر 2020");
    expect(formatPartialDate("2020-12-05")).toBe("5 ديسمبر 2020");
    expect(formatSpan("2020", "2023")).toBe("2020–2023");
    expect(formatSpan("2020", null)).toBe("منذ 2020");
    expect(formatTenure("2015-05", null)).toBe("منذ مايو 2015 (حتى الآن)");
  });
});

describe("Arabic counting and lists", () => {
  it("agrees the noun with the number", () => {
    expect([0, 1, 2, 3, 7, 10, 11, 99, 100, 103, 1000].map((n) => countLabel(n, MEETING_FORMS))).toEqual([
      "لا لقاءات",
      "لقاء واحد",
      "لقاءان",
      "3 لقاءات",
      "7 لقاءات",
      "10 لقاءات",
      "11 لقاءً",
      "99 لقاءً",
      "100 لقاء",
      "103 لقاءات",
      "1,000 لقاء",
    ]);
  });
  it("joins a list with «و», spaced before a Latin name", () => {
    expect(formatList(["أ", "ب", "ج"])).toBe("أ، ب وج");
    expect(formatList(["حموشي", "Robert Greenway"])).toBe("حموشي و Robert Greenway");
  });
  it("reads JSON lists defensively", () => {
    expect(parseStringList('["أ", 3, "", "ب"]')).toEqual(["أ", "ب"]);
    expect(parseStringList("not json")).toEqual([]);
  });
});

describe("view titles say exactly what is shown", () => {
  it("an official over the span of their meetings", () => {
    expect(
      describeView({ officials: ["عبد اللطيف حموشي"], total: 7, span: { min: "2020-09-24", max: "2023-02-21" } }).title,
    ).toBe("لقاءات عبد اللطيف حموشي، 2020–2023 — 7 لقاءات");
  });
  it("a date filter wins over the data's span; status and search are named", () => {
    const d = describeView({
      officials: ["أ", "ب"],
      from: "2020-12",
      to: "2021",
      status: "planned",
      q: "الرباط",
      total: 1,
      span: { min: "2020-01-01", max: "2024-01-01" },
    });
    expect(d.title).toBe("لقاءات المرتقبة أ وب، ديسمبر 2020–2021، بحث «الرباط» — لقاء واحد");
  });
  it("the unfiltered view", () => {
    expect(describeView({ officials: [], total: 0 }).title).toBe("كل اللقاءات — لا لقاءات");
  });
});

describe("evidence highlighting runs", () => {
  const text = "قال المصدر إن حموشي التقى فيشر بالرباط يوم الخميس.";
  it("covers each span exactly, splitting nested spans without losing text", () => {
    const meeting = { id: 1, kind: "meeting", start: text.indexOf("حموشي"), end: text.indexOf("يوم") - 1 };
    const date = { id: 2, kind: "date", start: text.indexOf("الخميس"), end: text.indexOf("الخميس") + 6 };
    const place = { id: 3, kind: "place", start: text.indexOf("بالرباط"), end: text.indexOf("بالرباط") + 7 };
    const runs = evidenceRuns(text, [meeting, date, place]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    const marked = runs.filter((r) => r.covers.length > 0);
    expect(marked.map((r) => r.text)).toEqual(["حموشي التقى فيشر ", "بالرباط", "الخميس"]);
    expect(marked[1]!.covers.map((c) => c.id)).toEqual([1, 3]);
    expect(runs.find((r) => r.starts.some((s) => s.id === 2))?.text).toBe("الخميس");
  });
  it("ignores spans that do not fit the text", () => {
    const runs = evidenceRuns("نص قصير", [{ id: 9, kind: "meeting", start: 3, end: 500 }]);
    expect(runs).toEqual([{ text: "نص قصير", start: 0, covers: [], starts: [] }]);
  });
});
