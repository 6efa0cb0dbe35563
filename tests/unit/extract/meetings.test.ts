import { describe, expect, it } from "vitest";
import { extractArticle, loadKnowledgeFile } from "../../../lib/extract";

const k = loadKnowledgeFile("prisma/knowledge.json");
const run = (text: string, published: string | null = null) => extractArticle({ text, published }, k);
const who = (r: ReturnType<typeof run>) =>
  r.meetings.map((m) => m.participants.map((p) => `${p.name ?? p.role}:${p.side}`));

// Invented sentences (not copied from any article) in the shapes EXTRACTION_NOTES describes.
describe("meeting shapes", () => {
  it("communiqué style: host, date, place, guest", () => {
    const r = run(
      "استقبل وزير الخارجية المصري سامح شكري، يوم الأحد 12 مارس 2023 بالقاهرة، نظيره الإسباني خوسيه مانويل ألباريس، وبحث الجانبان سبل تعزيز التعاون الثنائي ومكافحة الهجرة غير النظامية.",
    );
    expect(who(r)).toEqual([["سامح شكري:host", "خوسيه مانويل ألباريس:guest"]]);
    const m = r.meetings[0];
    expect([m?.date.start, m?.date.precision, m?.place, m?.status]).toEqual(["2023-03-12", "day", "القاهرة", "held"]);
    expect(m?.topics).toContain("مكافحة الهجرة غير النظامية");
  });
  it("symmetric verbs give side other", () => {
    const r = run(
      "اجتمع وزير الخارجية الجزائري أحمد عطاف، يومي 13 و14 جانفي 2024، مع نظيره التونسي نبيل عمار بتونس العاصمة.",
    );
    expect(who(r)).toEqual([["أحمد عطاف:other", "نبيل عمار:other"]]);
    expect([r.meetings[0]?.date.precision, r.meetings[0]?.place]).toEqual(["range", "تونس العاصمة"]);
  });
  it("guest first: «حل ضيفا على»", () => {
    const r = run(
      "حل وزير الداخلية الفرنسي برونو روتايو ضيفا على نظيره المغربي عبد الوافي لفتيت يوم 14 أبريل 2025 بالرباط.",
    );
    expect(who(r)).toEqual([["برونو روتايو:guest", "عبد الوافي لفتيت:host"]]);
  });
  it("passive «استُقبل … من طرف»", () => {
    const r = run(
      "استُقبل وزير الخارجية الفرنسي جان نويل بارو، يوم 28 أكتوبر 2024، من طرف الرئيس عبد المجيد تبون بالجزائر العاصمة.",
    );
    const sides = Object.fromEntries((r.meetings[0]?.participants ?? []).map((p) => [p.name, p.side]));
    expect(sides["عبد المجيد تبون"]).toBe("host");
  });
  it("light verb + noun: «عقد … جلسة عمل مع», role-only host resolved by tenure", () => {
    const r = run(
      "عقد المدير العام للأمن الوطني ولمراقبة التراب الوطني، زوال يومه الاثنين بالرباط، جلسة عمل مع مدير الشرطة الوطنية الإسبانية فرانسيسكو باردو.",
      "2023-10-16",
    );
    const m = r.meetings[0];
    expect(m?.participants.map((p) => [p.officialKey, p.resolvedBy])).toEqual([
      ["hammouchi", "role"],
      [expect.any(String), "name"],
    ]);
    expect(m?.date.start).toBe("2023-10-16");
  });
  it("several counterparts in one clause make one meeting", () => {
    const r = run(
      "سيلتقي وزير الخارجية الأمريكي أنتوني بلينكن، الأربعاء المقبل في الرباط، الملك محمد السادس ووزير الخارجية المغربي ناصر بوريطة ورئيس الحكومة عزيز أخنوش.",
      "2022-03-07",
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]?.participants).toHaveLength(4);
    expect([r.meetings[0]?.status, r.meetings[0]?.date.start]).toEqual(["planned", "2022-03-09"]);
  });
  it("planned meetings: «من المقرر أن يلتقي … الخميس المقبل»", () => {
    const r = run(
      "ومن المقرر أن يلتقي وزير الخارجية الأمريكي أنتوني بلينكن الخميس المقبل بنظيره المغربي في الرباط.",
      "2022-03-07",
    );
    const m = r.meetings[0];
    expect([m?.status, m?.date.start, m?.place]).toEqual(["planned", "2022-03-10", "الرباط"]);
    expect(m?.participants.find((p) => p.role === "بنظيره المغربي" || p.role === "نظيره المغربي")?.officialKey).toBe(
      "bourita",
    );
  });
  it("an unnamed counterpart group counts with one named official", () => {
    const r = run(
      "عقد وزير الداخلية الإسباني فرناندو غراندي مارلاسكا، أمس بمدريد، لقاءات مع مسؤولين مغاربة حول الهجرة.",
      "2022-05-10",
    );
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]?.participants.map((p) => p.resolvedBy)).toEqual(["name", "unresolved-role"]);
  });
});

describe("one meeting per event", () => {
  it("merges the headline, the lead and a later mention", () => {
    const text = [
      "لقاء بوريطة وألباريس بالرباط",
      "استقبل وزير الشؤون الخارجية ناصر بوريطة، يوم الخميس 2 فبراير 2023 بالرباط، وزير الخارجية الإسباني خوسيه مانويل ألباريس.",
      "وتناولت المباحثات بين بوريطة وألباريس ملفات الهجرة والتعاون الاقتصادي.",
      "ويرى محللون أن هذا اللقاء يعكس متانة العلاقات.",
    ].join("\n");
    const r = run(text);
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]?.date.start).toBe("2023-02-02");
    expect(text.slice(r.meetings[0]?.evidence.start, r.meetings[0]?.evidence.end)).toBe(r.meetings[0]?.evidence.text);
  });
  it("keeps a recalled earlier meeting separate, with its own date", () => {
    const text =
      "استقبل وزير الخارجية المغربي ناصر بوريطة، يوم 5 أبريل 2024 بالرباط، نظيره الفرنسي ستيفان سيجورنيه. وكان بوريطة قد التقى سيجورنيه في باريس يوم 26 فبراير 2024.";
    const r = run(text);
    expect(r.meetings.map((m) => m.date.start).sort()).toEqual(["2024-02-26", "2024-04-05"]);
    expect(r.meetings.map((m) => m.place).sort()).toEqual(["الرباط", "باريس"]);
  });
  it("does not merge two different guests of the same host", () => {
    const text =
      "استقبل الرئيس عبد المجيد تبون أمس بالجزائر العاصمة وزير الخارجية التونسي نبيل عمار. كما استقبل تبون وزير الداخلية الفرنسي جيرالد دارمانان.";
    const r = run(text, "2023-05-11");
    expect(r.meetings).toHaveLength(2);
  });
  it("needs two participants: a lone mention is no meeting", () => {
    expect(run("زار وزير الدفاع الأمريكي لويد أوستن القاعدة العسكرية.", "2023-01-01").meetings).toHaveLength(0);
    expect(run("أكد وزير الخارجية المغربي ناصر بوريطة أهمية اللقاء.", "2023-01-01").meetings).toHaveLength(0);
  });
});

describe("robustness", () => {
  it("never throws and returns empty results on junk", () => {
    for (const s of [
      "",
      "   \n\t",
      "!!!؟؟،،...",
      "<html><body><script>x</script></body></html>",
      "\u202bاستقبل\u202c\u200f",
      "\u0000\ud800",
      "استقبل ".repeat(3000),
    ]) {
      const r = run(s, "2020-01-01");
      expect(Array.isArray(r.meetings)).toBe(true);
    }
    expect(extractArticle({ text: undefined as unknown as string, published: "bad" }, k).meetings).toEqual([]);
  });
  it("handles HTML around a real sentence, with exact evidence offsets", () => {
    const text =
      "<p>استقبل الرئيس عبد المجيد تبون، يوم 3 ماي 2023 بالجزائر العاصمة، وزير الخارجية الإسباني خوسيه مانويل ألباريس.</p>";
    const m = run(text).meetings[0];
    expect(m).toBeDefined();
    expect(text.slice(m?.evidence.start, m?.evidence.end)).toBe(m?.evidence.text);
  });
  it("reads long input to the end and keeps one event for one repeated report", () => {
    // timing lives in the benchmark (npm run extract -- --manifest M --bench N), not here
    const r = run(
      "استقبل وزير الخارجية المصري سامح شكري أمس بالقاهرة نظيره الإسباني خوسيه مانويل ألباريس. ".repeat(20_000),
      "2023-01-01",
    );
    expect(who(r)).toEqual([["سامح شكري:host", "خوسيه مانويل ألباريس:guest"]]);
    expect([r.meetings[0]?.date.start, r.meetings[0]?.place]).toEqual(["2022-12-31", "القاهرة"]);
  });
});
