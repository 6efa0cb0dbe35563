import { expect, test } from "@playwright/test";
import { e2eDb, shownMeetingIds } from "./browse-helpers";

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const live = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;

async function hammouchi() {
  return db.official.findUniqueOrThrow({ where: { slug: "hammouchi" }, select: { id: true, nameAr: true } });
}

test("filtering by official through the form, by keyboard only, narrows the view and shows a chip", async ({
  page,
}) => {
  const h = await hammouchi();
  const expected = await db.meeting.count({ where: { ...live, participants: { some: { officialId: h.id } } } });
  const all = await db.meeting.count({ where: live });
  await page.goto("/");
  await page.getByRole("link", { name: "تخطَّ إلى المحتوى" }).focus();
  await expect(page.getByRole("link", { name: "تخطَّ إلى المحتوى" })).toBeVisible();
  await page.getByRole("combobox", { name: "مسؤول" }).focus();
  await page.keyboard.type("hammouchi");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/official=hammouchi/);
  await expect(page.getByTestId("meeting")).toHaveCount(expected);
  expect(expected).toBeLessThan(all);
  await expect(page.getByTestId("result-count")).toContainText(String(expected));
  const chip = page.getByRole("link", { name: `إزالة عامل التصفية: المسؤول: ${h.nameAr}` });
  await expect(chip).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`^لقاءات ${h.nameAr}، `));
  await chip.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("meeting")).toHaveCount(all);
});

test("an official's name typed in Arabic, as written in articles, works like the slug", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "مسؤول" }).fill("الحموشي");
  await page.getByRole("button", { name: "تطبيق" }).click();
  const byName = await shownMeetingIds(page);
  await page.goto("/?official=hammouchi");
  expect(await shownMeetingIds(page)).toEqual(byName);
});

test("a date range with partial dates keeps only meetings inside it", async ({ page }) => {
  const rows = await db.meeting.findMany({
    where: {
      ...live,
      dateStart: { not: null, lte: "2021-12-31" },
      OR: [{ dateEnd: { gte: "2020-12-01" } }, { dateEnd: null, dateStart: { gte: "2020-12-01" } }],
    },
    select: { id: true },
  });
  await page.goto("/");
  await page.getByRole("textbox", { name: "من تاريخ" }).fill("2020-12");
  await page.getByRole("textbox", { name: "إلى تاريخ" }).fill("2021");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/from=2020-12&to=2021/);
  expect((await shownMeetingIds(page)).sort()).toEqual(rows.map((r) => r.id).sort());
  await expect(page.getByRole("link", { name: "إزالة عامل التصفية: من تاريخ: ديسمبر 2020" })).toBeVisible();
});

test("Arabic text search ignores the article, clitics and spelling variants", async ({ page }) => {
  await page.goto("/?official=hammouchi");
  const his = await shownMeetingIds(page);
  for (const q of ["الحموشي", "حموشي", "Hammouchi"]) {
    await page.goto("/");
    await page.getByRole("searchbox", { name: "بحث" }).fill(q);
    await page.getByRole("searchbox", { name: "بحث" }).press("Enter");
    await expect(page.getByRole("link", { name: `إزالة عامل التصفية: البحث: «${q}»` })).toBeVisible();
    const found = await shownMeetingIds(page);
    expect(found, q).toEqual(expect.arrayContaining(his));
  }
  await page.goto(`/?q=${encodeURIComponent("بالرباط")}`);
  const rabat = await shownMeetingIds(page);
  await page.goto(`/?q=${encodeURIComponent("الرباط")}`);
  expect(await shownMeetingIds(page)).toEqual(rabat);
  expect(rabat.length).toBeGreaterThan(0);
});

test("a copied URL opens the same view in a new page", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "مسؤول" }).fill("hammouchi");
  await page.getByRole("combobox", { name: "الحالة" }).selectOption("held");
  await page.getByRole("combobox", { name: "الترتيب" }).selectOption("asc");
  await page.getByRole("button", { name: "تطبيق" }).click();
  const url = page.url();
  const ids = await shownMeetingIds(page);
  const title = await page.title();
  const other = await context.newPage();
  await other.goto(url);
  expect(await shownMeetingIds(other)).toEqual(ids);
  expect(await other.title()).toBe(title);
  await expect(other.getByRole("combobox", { name: "الترتيب" })).toHaveValue("asc");
  await expect(other.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /official=hammouchi&status=held&order=asc/,
  );
});

test("invalid filter values show the default view with a notice, not an error", async ({ page }) => {
  await page.goto("/");
  const all = await shownMeetingIds(page);
  const res = await page.goto("/?from=abc&status=maybe&order=sideways&after=nonsense&official=no-such-person");
  expect(res?.status()).toBe(200);
  await expect(page.getByTestId("filter-notice")).toContainText("تجاهلنا قيمة غير صالحة");
  await expect(page.getByTestId("filter-notice")).toContainText("«no-such-person»");
  expect(await shownMeetingIds(page)).toEqual(all);
});

test("the order toggle reverses the timeline", async ({ page }) => {
  await page.goto("/");
  const desc = await shownMeetingIds(page);
  await page.getByRole("link", { name: "اعرض الأقدم أولاً" }).click();
  await expect(page).toHaveURL(/order=asc/);
  const asc = await shownMeetingIds(page);
  expect([...asc].sort()).toEqual([...desc].sort());
  expect(asc).not.toEqual(desc);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the timeline renders and its filter form works", async ({ page }) => {
    const total = await db.meeting.count({ where: live });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "الخط الزمني للقاءات" })).toBeVisible();
    await expect(page.getByTestId("meeting").first()).toBeVisible();
    await expect(page.getByTestId("meeting")).toHaveCount(total);
    // A plain text field: no combobox role without the script that would answer to it.
    await expect(page.getByRole("combobox", { name: "مسؤول" })).toHaveCount(0);
    await page.getByRole("textbox", { name: "مسؤول" }).fill("hammouchi");
    await page.getByRole("button", { name: "تطبيق" }).click();
    await expect(page).toHaveURL(/official=hammouchi/);
    await expect(page.getByRole("link", { name: /^إزالة عامل التصفية: المسؤول/ })).toBeVisible();
    await page.getByTestId("meeting").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole("heading", { level: 2, name: "المصادر وما تقوله" })).toBeVisible();
  });
});
