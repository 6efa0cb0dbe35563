import { describe, expect, it } from "vitest";
import {
  filtersHref,
  filtersToSearchParams,
  parseTimelineFilters,
  rangeEnd,
  rangeStart,
} from "@/lib/schemas/timeline-filters";

describe("timeline filter schema", () => {
  it("gives the default view for no params", () => {
    expect(parseTimelineFilters({})).toEqual({ filters: { official: [], order: "desc" }, invalid: [] });
  });

  it("coerces every field: repeated and comma-separated officials, padded partial dates, case", () => {
    const { filters, invalid } = parseTimelineFilters({
      official: ["hammouchi", "fischer,wray", "hammouchi"],
      from: "2020-1",
      to: "2023/06",
      status: "PLANNED",
      review: "reviewed",
      country: "ma",
      q: "  الحموشي  ",
      order: "asc",
      after: "2020-09-24_12",
    });
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      official: ["hammouchi", "fischer", "wray"],
      agency: undefined,
      from: "2020-01",
      to: "2023-06",
      status: "planned",
      review: "reviewed",
      country: "MA",
      q: "الحموشي",
      order: "asc",
      after: { sortKey: "2020-09-24", id: 12 },
    });
  });

  it("treats empty form fields as unset, not invalid", () => {
    const r = parseTimelineFilters(
      new URLSearchParams("q=&official=&from=&to=&status=&review=&agency=&country=&order="),
    );
    expect(r).toEqual({ filters: { official: [], order: "desc" }, invalid: [] });
  });

  it("drops each bad value on its own, keeps the rest and reports what it dropped", () => {
    const { filters, invalid } = parseTimelineFilters(
      new URLSearchParams(
        "from=abc&to=2021-02-30&status=maybe&order=sideways&country=Morocco&after=xyz&official=hammouchi&q=حموشي",
      ),
    );
    expect(invalid.sort()).toEqual(["after", "country", "from", "order", "status", "to"]);
    expect(filters).toMatchObject({ official: ["hammouchi"], q: "حموشي", order: "desc" });
    expect(filters.from).toBeUndefined();
    expect(filters.status).toBeUndefined();
  });

  it("never throws, whatever the input", () => {
    for (const sp of [
      "official=" + "x".repeat(500),
      "official=a/b",
      "q=" + "ح".repeat(201),
      "from=99999",
      "official=a,b,c,d,e,f,g",
      "%E0%A4%A=1",
    ]) {
      expect(() => parseTimelineFilters(new URLSearchParams(sp))).not.toThrow();
    }
    expect(parseTimelineFilters(new URLSearchParams("official=a,b,c,d,e,f,g")).invalid).toEqual(["official"]);
  });

  it("reads a reversed range the way it was meant", () => {
    const { filters } = parseTimelineFilters({ from: "2023", to: "2020-12" });
    expect([filters.from, filters.to]).toEqual(["2020-12", "2023"]);
  });

  it("turns partial dates into inclusive bounds", () => {
    expect([rangeStart("2020"), rangeEnd("2020")]).toEqual(["2020-01-01", "2020-12-31"]);
    expect([rangeStart("2021-02"), rangeEnd("2021-02")]).toEqual(["2021-02-01", "2021-02-28"]);
    expect(rangeEnd("2024-02")).toBe("2024-02-29");
    expect(rangeEnd("2020-12-15")).toBe("2020-12-15");
  });

  it("writes one canonical URL per view and resets paging when a filter changes", () => {
    const { filters } = parseTimelineFilters({ q: "فيشر", official: ["b", "a"], order: "desc", after: "2020-01-01_3" });
    expect(filtersToSearchParams(filters).toString()).toBe(
      "official=b&official=a&q=%D9%81%D9%8A%D8%B4%D8%B1&after=2020-01-01_3",
    );
    expect(filtersHref("/", filters, { q: undefined })).toBe("/?official=b&official=a");
    expect(filtersHref("/", filters, { after: { sortKey: "2019-05-01", id: 9 } })).toContain("after=2019-05-01_9");
    expect(filtersHref("/", { official: [], order: "desc" })).toBe("/");
    // A round trip gives the same filters.
    expect(parseTimelineFilters(filtersToSearchParams(filters)).filters).toEqual(filters);
  });
});
