// The official field's suggestions (app/_components/official-combobox.tsx): the WAI-ARIA combobox
// keyboard flow, what reaches the URL, the route's answers, and axe with the list open.
import { expect, test, type Page } from "@playwright/test";
import { NON_DOCUMENT_CSP } from "../../lib/security/headers";
import { axeViolations, e2eDb, shownMeetingIds } from "./browse-helpers";

const db = e2eDb();
test.afterAll(async () => db.$disconnect());

const live = { deletedAt: null, reviewStatus: { not: "rejected" } } as const;

async function hammouchi() {
  return db.official.findUniqueOrThrow({
    where: { slug: "hammouchi" },
    select: { id: true, nameAr: true, nameEn: true },
  });
}

const field = (page: Page) => page.getByRole("combobox", { name: "مسؤول" });
const list = (page: Page) => page.getByRole("listbox", { name: "مسؤول" });

test("type a name as spelled differently, ArrowDown, Enter: the field holds the name; submitting filters by the slug", async ({
  page,
}) => {
  const h = await hammouchi();
  const expected = await db.meeting.count({ where: { ...live, participants: { some: { officialId: h.id } } } });
  await page.goto("/");
  const input = field(page);
  await expect(input).toHaveAttribute("aria-expanded", "false");
  await input.focus();
  // Alef maqsura for ya, no article: the search normalization still finds «عبد اللطيف حموشي».
  await page.keyboard.type("حموشى");
  await expect(list(page)).toBeVisible();
  await expect(input).toHaveAttribute("aria-expanded", "true");
  await expect(input).toHaveAttribute("aria-controls", (await list(page).getAttribute("id"))!);
  const option = list(page).getByRole("option", { name: new RegExp(h.nameAr) });
  await expect(option).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /اقتراح/ })).toHaveText(
    /^(اقتراح واحد|اقتراحان|\d+ اقتراحات)$/,
  );
  await expect(input).not.toHaveAttribute("aria-activedescendant", /.+/);

  await page.keyboard.press("ArrowDown");
  const first = list(page).getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await expect(input).toBeFocused();
  await expect(first).toContainText(h.nameAr);

  await page.keyboard.press("Enter");
  await expect(input).toHaveValue(h.nameAr);
  await expect(list(page)).toBeHidden();
  await expect(input).toHaveAttribute("aria-expanded", "false");
  // Choosing is not submitting.
  await expect(page).toHaveURL(/\/$/);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]official=hammouchi(&|$)/);
  // The slug from the hidden field only: the visible field, holding the name, has no name while a choice stands.
  expect(new URL(page.url()).searchParams.getAll("official")).toEqual(["hammouchi"]);
  await expect(page.getByTestId("meeting")).toHaveCount(expected);
  await expect(page.getByRole("link", { name: `إزالة عامل التصفية: المسؤول: ${h.nameAr}` })).toBeVisible();
});

test("Latin names, arrows that wrap, Escape closes then clears; editing a chosen name submits the text", async ({
  page,
}) => {
  const h = await hammouchi();
  await page.goto("/");
  const input = field(page);
  await input.pressSequentially("hammou");
  await expect(list(page).getByRole("option", { name: new RegExp(h.nameAr) })).toBeVisible();
  const options = list(page).getByRole("option");
  const n = await options.count();
  await page.keyboard.press("ArrowUp");
  await expect(options.nth(n - 1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");

  await page.keyboard.press("Escape");
  await expect(list(page)).toBeHidden();
  await expect(input).toHaveValue("hammou");
  await page.keyboard.press("ArrowDown");
  await expect(list(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(input).toHaveValue("");

  // Choose by mouse, then change the text: what is typed, not the earlier choice, is submitted.
  await input.pressSequentially("Hammouchi");
  await list(page)
    .getByRole("option", { name: new RegExp(h.nameAr) })
    .click();
  await expect(input).toHaveValue(h.nameAr);
  await expect(input).toBeFocused();
  await input.fill("no-such-person");
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(/official=no-such-person/);
  await expect(page.getByTestId("filter-notice")).toContainText("«no-such-person»");
});

test("a second official is added beside the first, and the view shows the meetings they share", async ({ page }) => {
  const [h, f] = await Promise.all([
    hammouchi(),
    db.official.findFirstOrThrow({
      where: {
        slug: { not: "hammouchi" },
        participations: { some: { meeting: { ...live, participants: { some: { official: { slug: "hammouchi" } } } } } },
      },
      select: { slug: true, nameAr: true },
    }),
  ]);
  await page.goto("/?official=hammouchi");
  const input = page.getByRole("combobox", { name: "مسؤول آخر" });
  await input.pressSequentially(f.nameAr);
  await list(page).getByRole("option", { name: f.nameAr }).first().click();
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(new RegExp(`official=${f.slug}`));
  expect(new URL(page.url()).searchParams.getAll("official")).toEqual(["hammouchi", f.slug]);
  const both = await db.meeting.count({
    where: {
      ...live,
      AND: [
        { participants: { some: { officialId: h.id } } },
        { participants: { some: { official: { slug: f.slug } } } },
      ],
    },
  });
  expect(both).toBeGreaterThan(0);
  expect(await shownMeetingIds(page)).toHaveLength(both);
});

test("no axe violations with the suggestions open and an option active", async ({ page }) => {
  await page.goto("/");
  await field(page).pressSequentially("حموشي");
  await expect(list(page)).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(list(page).getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
});

test("the suggestions route: JSON, at most ten, the API headers; a bad q is a 400", async ({ request }) => {
  const res = await request.get(`/api/officials/suggest?q=${encodeURIComponent("الحموشى")}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  expect(res.headers()["content-security-policy"]).toBe(NON_DOCUMENT_CSP);
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  const body = (await res.json()) as { q: string; items: { slug: string }[] };
  expect(body.q).toBe("الحموشى");
  expect(body.items.map((i) => i.slug)).toContain("hammouchi");
  // A letter common to most names: a short list all the same.
  const wide = (await (await request.get(`/api/officials/suggest?q=${encodeURIComponent("عبد")}`)).json()) as {
    items: unknown[];
  };
  expect(wide.items.length).toBeGreaterThan(0);
  expect(wide.items.length).toBeLessThanOrEqual(10);
  const bad = await request.get(`/api/officials/suggest?q=${"x".repeat(101)}`);
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toMatch(/المعامل q/);
});
