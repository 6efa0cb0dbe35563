import { expect, test } from "@playwright/test";
import { createDb } from "../../lib/db";

const db = createDb(process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db");
test.afterAll(async () => db.$disconnect());

test("the timeline is Arabic, right-to-left, in the shipped Arabic font", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1, name: "الخط الزمني للقاءات" })).toBeVisible();
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family).toContain("Noto Naskh Arabic");
  // The face must really be loaded from our own server, not just named.
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Naskh Arabic"', "لقاء");
  });
  expect(loaded).toBe(true);
});

test("every stored meeting appears with a link to each of its sources", async ({ page }) => {
  const meetings = await db.meeting.findMany({
    where: { deletedAt: null, reviewStatus: { not: "rejected" } },
    select: { id: true, sources: { select: { articleId: true } } },
  });
  expect(meetings.length).toBeGreaterThan(0);
  await page.goto("/");
  const cards = page.getByTestId("meeting");
  await expect(cards).toHaveCount(meetings.length);
  for (const m of meetings) {
    const card = cards.filter({ has: page.locator(`a[href="/meetings/${m.id}"]`) });
    await expect(card).toHaveCount(1);
    for (const s of m.sources) {
      await expect(card.locator(`a[href="/articles/${s.articleId}"]`)).toHaveCount(1);
    }
  }
});

test("a source link opens the article text with its evidence highlighted", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("source-link").first().click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByTestId("article-text")).toBeVisible();
  await expect(page.locator("mark.evidence").first()).toBeVisible();
});

test("an unknown article id gives the not-found page", async ({ page }) => {
  for (const id of ["999999", "abc"]) {
    const res = await page.goto(`/articles/${id}`);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
  }
});
