import { describe, expect, it } from "vitest";
import { extractArticle, parseKnowledge, resolveRole, type Knowledge } from "../../../lib/extract";
import { indexKnowledge, signatureOf } from "../../../lib/extract/knowledge";

// A tiny invented world: the extractor must work from whatever knowledge it is given.
const tiny: Knowledge = parseKnowledge({
  countries: [
    {
      code: "XA",
      nameAr: "أرضستان",
      nameEn: "Ardistan",
      aliases: ["جمهورية أرضستان"],
      demonyms: ["الأرضستاني", "الأرضستانية"],
    },
    { code: "XB", nameAr: "بحرستان", nameEn: "Bahristan", aliases: [], demonyms: ["البحرستاني", "البحرستانية"] },
  ],
  places: [
    { slug: "nur", nameAr: "مدينة النور", nameEn: "Nur City", kind: "city", country: "XA", aliases: ["النور"] },
    { slug: "mina", nameAr: "الميناء الكبير", nameEn: "Great Harbour", kind: "city", country: "XB", aliases: [] },
  ],
  agencies: [
    {
      slug: "xa-intel",
      nameAr: "جهاز الرصد الأرضستاني",
      nameEn: "Ardistan Watch Service",
      country: "XA",
      kind: "intelligence",
      aliases: ["جهاز الرصد", "ARW"],
    },
  ],
  positions: [
    {
      slug: "xa-watch-chief",
      titleAr: "مدير جهاز الرصد الأرضستاني",
      titleEn: "Director of the Ardistan Watch Service",
      agency: "xa-intel",
      country: "XA",
      aliases: ["مديرة جهاز الرصد"],
      tenures: [
        { official: "samir-qadi", from: "2015-03-01", to: "2020-06-30" },
        { official: "hala-nouri", from: "2020-07-01", to: null },
      ],
    },
    {
      slug: "xb-defence",
      titleAr: "وزير الدفاع البحرستاني",
      titleEn: "Defence Minister of Bahristan",
      agency: null,
      country: "XB",
      aliases: [],
      tenures: [{ official: "karim-bahri", from: "2019", to: null }],
    },
  ],
  officials: [
    { slug: "samir-qadi", nameAr: "سمير القاضي", nameEn: "Samir Qadi", country: "XA", aliases: ["القاضي"] },
    {
      slug: "hala-nouri",
      nameAr: "هالة النوري",
      nameEn: "Hala Nouri",
      country: "XA",
      gender: "f",
      aliases: ["Hala Nouri"],
    },
    {
      slug: "karim-bahri",
      nameAr: "عبد الكريم البحري",
      nameEn: "Abdelkarim Bahri",
      country: "XB",
      aliases: ["Abdelkarim Bahri"],
    },
  ],
});

const run = (text: string, published: string | null = "2021-05-12") => extractArticle({ text, published }, tiny);
const names = (r: ReturnType<typeof run>) =>
  r.meetings.map((m) => m.participants.map((p) => p.officialKey ?? p.role).sort());

describe("known officials and their spellings", () => {
  it("matches joined and split «عبد», with or without ال, and Latin script", () => {
    for (const v of ["عبد الكريم البحري", "عبدالكريم البحري", "عبد الكريم بحري", "Abdelkarim Bahri"]) {
      const r = run(`استقبل وزير الدفاع البحرستاني ${v}، أمس، مديرة جهاز الرصد هالة النوري.`);
      expect(names(r)).toEqual([["hala-nouri", "karim-bahri"]]);
    }
  });
  it("merges full name, surname alone and ال-prefixed surname into one official", () => {
    const r = run(
      "التقى سمير القاضي أمس بمدينة النور وزير الدفاع البحرستاني عبد الكريم البحري. وأكد القاضي أن اللقاء مثمر.",
      "2019-05-05",
    );
    const samir = r.officials.filter((o) => o.key === "samir-qadi");
    expect(samir).toHaveLength(1);
    expect(samir[0]?.mentions.length).toBeGreaterThanOrEqual(2);
  });
  it("drops honorifics and keeps the title as the role", () => {
    const r = run(
      "استقبلت السيدة هالة النوري، مديرة جهاز الرصد الأرضستاني، يوم الثلاثاء 11 ماي 2021 بمدينة النور، وزير الدفاع البحرستاني عبد الكريم البحري.",
    );
    const m = r.meetings[0];
    expect(m?.participants.map((p) => [p.officialKey, p.side])).toEqual([
      ["hala-nouri", "host"],
      ["karim-bahri", "guest"],
    ]);
    expect(m?.participants[0]?.name).toBe("هالة النوري");
    expect(m?.participants[0]?.role).toContain("مديرة جهاز الرصد");
    expect(m?.place).toBe("مدينة النور");
  });
  it("recognizes unknown titled names and Latin-script names", () => {
    const r = run(
      "التقى وزير الخارجية البحرستاني منصور الحداد، أمس بالميناء الكبير، السيد John Miller، مستشار جهاز الرصد.",
    );
    const parts = r.meetings[0]?.participants ?? [];
    expect(parts.map((p) => p.name)).toEqual(["منصور الحداد", "John Miller"]);
    expect(parts.every((p) => p.officialKey && !p.officialKey.startsWith("name:"))).toBe(true);
    expect(r.officials.find((o) => o.name === "منصور الحداد")?.known).toBe(false);
  });
});

describe("role → holder through tenures", () => {
  const idx = indexKnowledge(tiny);
  const sig = signatureOf(idx, "مدير جهاز الرصد الأرضستاني");
  it("picks the holder on the date", () => {
    expect(resolveRole(idx, sig, "2018-01-01", new Set())?.official.slug).toBe("samir-qadi");
    expect(resolveRole(idx, sig, "2022-01-01", new Set())?.official.slug).toBe("hala-nouri");
    expect(resolveRole(idx, sig, null, new Set())).toBeNull();
  });
  it("prefers an official the article names", () => {
    expect(resolveRole(idx, sig, null, new Set(["samir-qadi"]))?.official.slug).toBe("samir-qadi");
  });
  it("resolves role-only participants in a meeting and keeps the role text", () => {
    const r = run("استقبل وزير الدفاع البحرستاني عبد الكريم البحري، يوم 3 مارس 2018، مدير جهاز الرصد الأرضستاني.");
    const p = r.meetings[0]?.participants.find((x) => x.resolvedBy === "role");
    expect(p?.officialKey).toBe("samir-qadi");
    expect(p?.role).toBe("مدير جهاز الرصد الأرضستاني");
    expect(r.officials.some((o) => o.key === "samir-qadi")).toBe(true);
  });
  it("keeps an unresolvable role as a role-only participant", () => {
    const r = run("التقى وزير الدفاع البحرستاني عبد الكريم البحري مدير جهاز الرصد الأرضستاني.", null);
    const p = r.meetings[0]?.participants.find((x) => x.officialKey === null);
    expect(p?.resolvedBy).toBe("unresolved-role");
    expect(p?.role).toBe("مدير جهاز الرصد الأرضستاني");
  });
});

describe("who is not a participant", () => {
  it("ignores analysts, recalled decisions and news agencies", () => {
    const r = run(
      "وقال الباحث في العلاقات الدولية يوسف المرابط إن قرار إدارة الرئيس البحرستاني فؤاد السالم جاء بعد لقاء وزير الدفاع البحرستاني عبد الكريم البحري بمسؤولين أرضستانيين، حسب وكالة الأنباء الأرضستانية.",
    );
    const all = r.meetings.flatMap((m) => m.participants.map((p) => p.name ?? ""));
    expect(all.some((n) => n.includes("المرابط"))).toBe(false);
    expect(all.some((n) => n.includes("السالم"))).toBe(false);
  });
  it("does not make a generic title a person («أول وزير دفاع … يزور»)", () => {
    const r = run("وسيكون البحري أول وزير دفاع بحرستاني يزور مدينة النور منذ عام 2009.");
    expect(r.meetings).toHaveLength(0);
  });
  it("a spokesman speaks «باسم» an institution, and a Latin title after a media noun is a publication", () => {
    const r = run(
      "وقال المتحدث باسم جهاز الرصد إن صحيفة Le Courrier Ardistanais نشرت الخبر، كما نقلت قناة Nur News عن مسؤول أن الاجتماع انتهى.",
    );
    expect(r.officials.map((o) => o.name)).toEqual([]);
  });
});

describe("a title and the name after it", () => {
  it("is not apposition when the honorific carries a preposition (the object of the verb) or the person is of another country", () => {
    for (const text of [
      "التقى وزير الدفاع البحرستاني بالسيدة هالة النوري في مدينة النور يوم 3 مارس 2021.",
      "استقبل وزير الدفاع البحرستاني السيدة هالة النوري في الميناء الكبير يوم 3 مارس 2021.",
    ]) {
      const r = run(text);
      expect(r.meetings, text).toHaveLength(1);
      // the title resolves to its holder through the tenures; the guest keeps no borrowed title
      expect(names(r)[0], text).toEqual(["hala-nouri", "karim-bahri"]);
      expect(r.officials.find((o) => o.key === "hala-nouri")?.role ?? null, text).toBeNull();
    }
    // the same title before its own holder stays apposition
    const own = run("استقبل وزير الدفاع البحرستاني السيد عبد الكريم البحري مديرة جهاز الرصد يوم 3 مارس 2021.");
    expect(own.officials.find((o) => o.key === "karim-bahri")?.role).toBe("وزير الدفاع البحرستاني");
  });
});
