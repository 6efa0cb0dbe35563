import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap, slugifyName, stripClitics, tokenForms } from "../../../lib/extract";

describe("normalizeArabic", () => {
  it("drops harakat and tatweel", () => {
    expect(normalizeArabic("مُحَمَّدٌ")).toBe("محمد");
    expect(normalizeArabic("اللقـــاء")).toBe("اللقاء");
  });
  it("folds alef, ya, ta marbuta, hamza carriers", () => {
    expect(normalizeArabic("أإآٱ")).toBe("اااا");
    expect(normalizeArabic("مصطفى")).toBe("مصطفي");
    expect(normalizeArabic("المديرية")).toBe("المديريه");
    expect(normalizeArabic("مسؤول")).toBe("مسوول");
    expect(normalizeArabic("رئيس")).toBe("رييس");
  });
  it("maps Arabic-Indic and Persian digits to ASCII", () => {
    expect(normalizeArabic("٢٠٢٣ ۱۴")).toBe("2023 14");
  });
  it("removes NBSP, bidi marks and zero-width characters, lowercases Latin", () => {
    expect(normalizeArabic("Hello\u00a0World")).toBe("hello world");
    expect(normalizeArabic("\u202bالرباط\u202c\u200f")).toBe("الرباط");
    expect(normalizeArabic("وزي\u200cر")).toBe("وزير");
    expect(normalizeArabic("  FBI  ")).toBe("fbi");
  });
  it("joins «عبد» with the following name", () => {
    expect(normalizeArabic("عبد اللطيف")).toBe(normalizeArabic("عبداللطيف"));
    expect(normalizeArabic("وعبد الله")).toBe("وعبدالله");
    // not inside another word
    expect(normalizeArabic("المعبد القديم")).toBe("المعبد القديم");
  });
  it("never throws on odd input", () => {
    for (const s of ["", "   ", "!!!", "\ud800", "\u0000", "x".repeat(100_000)])
      expect(typeof normalizeArabic(s)).toBe("string");
    expect(normalizeArabic(undefined as unknown as string)).toBe("");
  });
});

describe("normalizeWithMap", () => {
  it("maps every normalized character back to the original", () => {
    const src = "قال السيّد  عبد اللطيف\u200f الحمّوشي ٢٠٢٣";
    const n = normalizeWithMap(src);
    expect(n.map.length).toBe(n.text.length + 1);
    const at = n.text.indexOf("الحموشي");
    expect(at).toBeGreaterThan(0);
    const start = n.map[at] ?? -1;
    const end = n.ends[at + "الحموشي".length - 1] ?? -1;
    expect(src.slice(start, end)).toBe("الحمّوشي");
    const y = n.text.indexOf("2023");
    expect(src.slice(n.map[y], n.ends[y + 3])).toBe("٢٠٢٣");
  });
  it("keeps map monotonic", () => {
    const n = normalizeWithMap("أَهْلاً   بِكُم\n\nفي الرباط");
    for (let i = 1; i < n.map.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1] ?? 0);
  });
});

describe("clitics", () => {
  it("strips ال-compounds", () => {
    expect(stripClitics("بالرباط")).toBe("رباط");
    expect(stripClitics("والمغرب")).toBe("مغرب");
    expect(stripClitics("للامن")).toBe("امن");
    expect(stripClitics("فالحكومه")).toBe("حكومه");
    expect(stripClitics("كالعاده")).toBe("عاده");
  });
  it("does not eat real letters of short or frequent words", () => {
    expect(stripClitics("وزير")).toBe("وزير");
    expect(stripClitics("بلد")).toBe("بلد");
    expect(stripClitics("فرنسا")).toBe("فرنسا");
    expect(stripClitics("لقاء")).toBe("لقاء");
    expect(stripClitics("كتب")).toBe("كتب");
  });
  it("strips a single proclitic from a longer word", () => {
    expect(stripClitics("وواشنطن")).toBe("واشنطن");
    expect(stripClitics("وبوريطه")).toBe("بوريطه");
  });
  it("lists every reading for vocabulary lookups", () => {
    expect(tokenForms("بالرباط")).toEqual(expect.arrayContaining(["بالرباط", "الرباط", "رباط"]));
    expect(tokenForms("وفيشر")).toContain("فيشر");
  });
});

describe("slugifyName", () => {
  it("is stable, ASCII and identical for spelling variants that normalize alike", () => {
    const a = slugifyName("مارك إسبر");
    expect(a).toMatch(/^[a-z0-9-]+$/);
    expect(slugifyName("مارك اسبر")).toBe(a);
    expect(slugifyName("Robert Smith")).toBe("robert-smith");
  });
  it("falls back to a hash when little survives", () => {
    expect(slugifyName("!!")).toMatch(/^person-[a-z0-9]+$/);
    expect(slugifyName("")).toMatch(/^person-/);
  });
});
