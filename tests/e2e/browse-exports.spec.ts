import { expect, test } from "@playwright/test";
import { e2eDb, shownMeetingIds } from "./browse-helpers";

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const VIEW = "official=hammouchi&from=2020&to=2022";

test("the JSON export holds exactly the filtered view", async ({ page, request }) => {
  await page.goto(`/?${VIEW}`);
  const ids = await shownMeetingIds(page);
  const href = await page.getByRole("link", { name: "JSON" }).first().getAttribute("href");
  expect(href).toBe(`/api/meetings?${VIEW}`);
  const res = await request.get(href!);
  expect(res.headers()["content-type"]).toContain("application/json");
  const body = await res.json();
  expect(body.count).toBe(ids.length);
  expect(body.meetings.map((m: { id: number }) => m.id)).toEqual(ids);
  for (const m of body.meetings) {
    expect(m.participants.some((p: { official: { slug: string } | null }) => p.official?.slug === "hammouchi")).toBe(
      true,
    );
    expect(m.dateStart >= "2020-01-01" && m.dateStart <= "2022-12-31").toBe(true);
    expect(m.url).toMatch(new RegExp(`/meetings/${m.id}$`));
    expect(typeof m.dateLabel).toBe("string");
  }
});

test("the CSV export has a BOM, a header, one row per meeting, and neutralized formulas", async ({ page, request }) => {
  await page.goto(`/?${VIEW}`);
  const ids = await shownMeetingIds(page);
  const href = await page.getByRole("link", { name: "CSV" }).first().getAttribute("href");
  const res = await request.get(href!);
  expect(res.headers()["content-type"]).toContain("text/csv");
  expect(res.headers()["content-disposition"]).toContain("attachment");
  const bytes = await res.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(rows[0]!.startsWith("id,url,date_start,date_end,precision,date_label")).toBe(true);
  expect(rows.slice(1).map((r) => Number(r.split(",")[0]))).toEqual(ids);
  expect(rows.slice(1).every((r) => r.includes("hammouchi"))).toBe(true);
  expect(rows.slice(1).some((r) => /(^|,)[=+\-@]/.test(r))).toBe(false);
  // `?format=csv` is the same document.
  expect((await (await request.get(`/api/meetings?${VIEW}&format=csv`)).body()).equals(bytes)).toBe(true);
});

test("Atom feeds for the timeline and an official are well-formed and list their meetings", async ({
  page,
  request,
}) => {
  for (const url of ["/feed.xml", "/officials/hammouchi/feed.xml"]) {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await res.text();
    await page.goto("about:blank");
    const parsed = await page.evaluate((x) => {
      const doc = new DOMParser().parseFromString(x, "application/xml");
      return {
        error: doc.getElementsByTagName("parsererror").length,
        entries: [...doc.getElementsByTagName("entry")].map(
          (e) => e.getElementsByTagName("link")[0]?.getAttribute("href") ?? "",
        ),
      };
    }, xml);
    expect(parsed.error, url).toBe(0);
    expect(parsed.entries.length, url).toBeGreaterThan(0);
    expect(parsed.entries.every((h) => /\/meetings\/\d+$/.test(h))).toBe(true);
  }
  await page.goto("/officials/hammouchi");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/officials\/hammouchi\/feed\.xml$/,
  );
});
