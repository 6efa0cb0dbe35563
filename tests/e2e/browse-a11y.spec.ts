import { expect, test } from "@playwright/test";
import { axeViolations, e2eDb } from "./browse-helpers";

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

test("no axe violations on the timeline, official, meeting, article and agency pages", async ({ page }) => {
  const meeting = await db.meeting.findFirstOrThrow({
    where: { deletedAt: null, reviewStatus: { not: "rejected" } },
    select: { id: true, sources: { select: { articleId: true }, take: 1 } },
  });
  const agency = await db.agency.findFirstOrThrow({ select: { slug: true } });
  for (const url of [
    "/",
    "/?official=hammouchi&from=abc",
    "/officials",
    "/officials/hammouchi",
    `/meetings/${meeting.id}`,
    `/articles/${meeting.sources[0]!.articleId}`,
    "/agencies",
    `/agencies/${agency.slug}`,
  ]) {
    await page.goto(url);
    const violations = await axeViolations(page);
    expect(violations, `${url}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
});

test("focus is visible and the skip link moves to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "تخطَّ إلى المحتوى" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
  await expect(page.getByRole("link", { name: "الخط الزمني" })).toHaveAttribute("aria-current", "page");
});
