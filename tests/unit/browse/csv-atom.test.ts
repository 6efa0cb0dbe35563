import { describe, expect, it } from "vitest";
import { atomFeed, xmlEscape } from "@/lib/format/atom";
import { CSV_BOM, csvCell, toCsv } from "@/lib/format/csv";

describe("CSV escaping", () => {
  it("neutralizes cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+212 600")).toBe("'+212 600");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("2020-09-24")).toBe("2020-09-24");
  });
  it("quotes separators, quotes and line breaks; leaves Arabic alone", () => {
    expect(csvCell("الرباط، مقر المديرية")).toBe("الرباط، مقر المديرية");
    expect(csvCell('قال "نعم"')).toBe('"قال ""نعم"""');
    expect(csvCell("سطر\nسطر")).toBe('"سطر\nسطر"');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
  });
  it("starts with a UTF-8 BOM and ends rows with CRLF", () => {
    const csv = toCsv(
      ["id", "place"],
      [
        [1, "الرباط"],
        [2, "=1+1"],
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}id,place\r\n1,الرباط\r\n2,'=1+1\r\n`);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("Atom", () => {
  it("escapes markup and drops characters XML forbids", () => {
    expect(xmlEscape(`<script>alert("x")</script> & 'y'\u0001`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;",
    );
  });
  it("builds a feed whose every text is escaped", () => {
    const xml = atomFeed({
      id: "http://x/feed.xml?official=a&q=b",
      title: "لقاءات <حموشي>",
      link: "http://x/?official=a&q=b",
      self: "http://x/feed.xml?official=a&q=b",
      updated: new Date("2021-01-01T00:00:00Z"),
      entries: [
        {
          id: "http://x/meetings/1",
          title: "لقاء & وداع",
          link: "http://x/meetings/1",
          updated: new Date("2021-01-02T00:00:00Z"),
          summary: "</summary><x>",
          categories: ['"أمن"'],
        },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    expect(xml).toContain("<id>http://x/feed.xml?official=a&amp;q=b</id>");
    expect(xml).toContain('<title type="text">لقاءات &lt;حموشي&gt;</title>');
    expect(xml).toContain('<summary type="text">&lt;/summary&gt;&lt;x&gt;</summary>');
    expect(xml).toContain('<category term="&quot;أمن&quot;"/>');
    expect(xml).not.toMatch(/<x>/);
  });
});
