import { expect, test } from "@playwright/test";
import { e2eDb, shownMeetingIds } from "./browse-helpers";

const db = e2eDb();
const live = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;
const mergedSlug = `merged-e2e-${Date.now()}`;

test.beforeAll(async () => {
  const h = await db.official.findUniqueOrThrow({ where: { slug: "hammouchi" }, select: { id: true } });
  await db.official.create({ data: { slug: mergedSlug, nameAr: "حموشي مكرر للاختبار", mergedIntoId: h.id } });
});
test.afterAll(async () => {
  await db.official.deleteMany({ where: { slug: mergedSlug } });
  await db.$disconnect();
});

test("an official's page: names in both scripts, positions, counterparts, chart, meetings and articles", async ({
  page,
}) => {
  const h = await db.official.findUniqueOrThrow({
    where: { slug: "hammouchi" },
    select: { id: true, nameAr: true, nameEn: true, aliases: { select: { alias: true } } },
  });
  const meetings = await db.meeting.count({ where: { ...live, participants: { some: { officialId: h.id } } } });
  await page.goto("/officials/hammouchi");
  await expect(page.getByRole("heading", { level: 1, name: h.nameAr })).toBeVisible();
  if (h.nameEn) await expect(page.getByText(h.nameEn, { exact: true }).first()).toBeVisible();
  const names = page.getByRole("region", { name: "الأسماء والكتابات" });
  for (const a of h.aliases.slice(0, 5)) await expect(names.getByText(a.alias, { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "المناصب" })).toBeVisible();
  await expect(page.getByTestId("counterpart").first()).toBeVisible();
  await expect(page.getByRole("img", { name: `لقاءات ${h.nameAr} مع كل نظير عبر الزمن` })).toBeVisible();
  await expect(page.getByTestId("meeting")).toHaveCount(meetings);
  await expect(page).toHaveTitle(new RegExp(`^لقاءات ${h.nameAr}، .* — `));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", await page.title());

  // The counterpart link narrows the page to meetings with that person.
  const first = page.getByTestId("counterpart").first();
  const name = (await first.getByRole("link").first().textContent())!;
  await first.getByRole("link").nth(1).click();
  await expect(page.getByRole("link", { name: `إزالة عامل التصفية: المسؤول: ${name}` })).toBeVisible();
  for (const card of await page.getByTestId("meeting").all())
    await expect(card.getByRole("link", { name })).toBeVisible();
});

test("a merged official's URL redirects permanently to the survivor", async ({ page }) => {
  const res = await page.request.get(`/officials/${mergedSlug}?from=2020`, { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers().location).toMatch(/\/officials\/hammouchi\?from=2020$/);
  await page.goto(`/officials/${mergedSlug}`);
  await expect(page).toHaveURL(/\/officials\/hammouchi$/);
});

test("the officials list links every official with a count; unknown slugs are 404", async ({ page }) => {
  await page.goto("/officials");
  await expect(page.getByRole("heading", { level: 1, name: "المسؤولون" })).toBeVisible();
  await page.getByRole("searchbox", { name: /الاسم/ }).fill("Fischer");
  await page.getByRole("button", { name: "بحث" }).click();
  await expect(page.getByTestId("official")).toHaveCount(1);
  await page.getByTestId("official").getByRole("link").click();
  await expect(page).toHaveURL(/\/officials\/fischer$/);
  const res = await page.goto("/officials/no-such-person");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "الصفحة غير موجودة" })).toBeVisible();
});

test("a meeting permalink quotes each source's evidence and links into the article at that sentence", async ({
  page,
}) => {
  const m = await db.meeting.findFirstOrThrow({
    where: { ...live, precision: "day", evidence: { some: { kind: "meeting" } } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      evidence: { where: { kind: "meeting" }, select: { id: true, articleId: true, text: true }, take: 1 },
    },
  });
  const ev = m.evidence[0]!;
  await page.goto(`/meetings/${m.id}`);
  await expect(page.getByTestId("meeting-date")).toContainText(/\d{4}/);
  await expect(page.getByTestId("meeting-date")).toContainText("هـ");
  const source = page
    .getByTestId("meeting-source")
    .filter({ has: page.locator(`a[href="/articles/${ev.articleId}"]`) });
  await expect(source.locator("blockquote").first()).toContainText(ev.text.slice(0, 30));
  await source.locator(`a[href="/articles/${ev.articleId}#ev-${ev.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${ev.articleId}#ev-${ev.id}$`));
  await expect(page.locator(`#ev-${ev.id}`)).toBeInViewport();
  const res = await page.goto("/meetings/99999999");
  expect(res?.status()).toBe(404);
});

test("an article shows every evidence span highlighted, as text, and lists what was extracted", async ({ page }) => {
  const a = await db.article.findFirstOrThrow({
    where: { sources: { some: {} } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      text: true,
      evidence: {
        select: { id: true, start: true, end: true, meeting: { select: { deletedAt: true, reviewStatus: true } } },
      },
      sources: { select: { meetingId: true } },
    },
  });
  await page.goto(`/articles/${a.id}`);
  const text = page.getByTestId("article-text");
  // The article reads exactly as stored: highlighting adds no characters.
  expect(((await text.textContent()) ?? "").replace(/\s+/g, " ").trim()).toBe(a.text.replace(/\s+/g, " ").trim());
  const liveEvidence = a.evidence.filter(
    (e) => !e.meeting || (e.meeting.deletedAt === null && e.meeting.reviewStatus !== "rejected"),
  );
  for (const e of liveEvidence) await expect(page.locator(`#ev-${e.id}`)).toHaveCount(1);
  await expect(text.locator("mark.evidence").first()).toBeVisible();
  await expect(text.locator("script")).toHaveCount(0);
  const extracted = page.getByRole("complementary", { name: "ما استُخرج من هذا المقال" });
  for (const s of a.sources) await expect(extracted.locator(`a[href="/meetings/${s.meetingId}"]`)).toHaveCount(1);
});

test("an agency page lists its positions, holders and their meetings", async ({ page }) => {
  const agency = await db.agency.findFirstOrThrow({
    where: { positions: { some: { tenures: { some: { official: { participations: { some: {} } } } } } } },
    select: { slug: true, nameAr: true },
  });
  await page.goto("/agencies");
  await page.getByRole("link", { name: agency.nameAr, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/agencies/${agency.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: agency.nameAr })).toBeVisible();
  await expect(page.getByRole("region", { name: "المناصب ومن شغلها" }).getByRole("link").first()).toBeVisible();
  expect((await shownMeetingIds(page)).length).toBeGreaterThan(0);
});

test("a meeting dated by two sources shows each source's date, the one placed against a known event included, explained in isolated English", async ({
  page,
}) => {
  // any meeting whose source dates it against a dated event from the knowledge base
  const src = await db.meetingSource.findFirstOrThrow({
    where: { dateExplanation: { contains: "a dated event in the knowledge data" }, meeting: live },
    orderBy: { meetingId: "asc" },
    select: {
      meetingId: true,
      articleId: true,
      dateText: true,
      dateExplanation: true,
      meeting: { select: { _count: { select: { sources: true } } } },
    },
  });
  await page.goto(`/meetings/${src.meetingId}`);
  const source = page
    .getByTestId("meeting-source")
    .filter({ has: page.locator(`a[href="/articles/${src.articleId}"]`) });
  await expect(source).toContainText(`«${src.dateText}»`);
  const why = source.getByTestId("date-explanation");
  await expect(why).toHaveText(src.dateExplanation ?? "");
  await expect(why).toHaveAttribute("lang", "en");
  await expect(why).toHaveAttribute("dir", "ltr");
  await expect(page.getByTestId("meeting-source")).toHaveCount(src.meeting._count.sources);
});
