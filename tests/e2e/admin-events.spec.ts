// The dated events the extractor places meetings against, as an admin grows and corrects them:
// a refused save, a new event, the list, a correction, the audit log and its revert, deletion,
// and axe on each new page. The event is invented and named uniquely; it is removed afterwards.
import { expect, test } from "@playwright/test";
import { ingestArticle, loadKnowledge } from "../../lib/ingest";
import { createStaff, db, reindex, removeRows, removeStaff, signIn, unique, type Staff } from "./admin-helpers";
import { axeViolations } from "./browse-helpers";

let admin: Staff;
const n = unique();
const nameAr = `ملتقى واحات الجنوب ${n}`;

test.beforeAll(async () => {
  admin = await createStaff("admin");
});
test.afterAll(async () => {
  await db.knowledgeEvent.deleteMany({ where: { nameAr: { startsWith: "ملتقى واحات الجنوب" } } });
  await removeStaff(admin);
  await db.$disconnect();
});

async function noAxeViolations(page: import("@playwright/test").Page) {
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

test("create an event, see it listed, correct it, see and revert the change in the audit log, delete it", async ({
  page,
}) => {
  // One admin's session from start to finish: a dozen saves and page loads and four axe runs.
  test.setTimeout(120_000);
  await signIn(page, admin);
  await page.getByRole("navigation", { name: "تنقل الإدارة" }).getByRole("link", { name: "الأحداث المرجعية" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "الأحداث المرجعية" })).toBeVisible();
  // the knowledge file's events are there, from the knowledge file
  await expect(page.getByRole("row", { name: /توقيع اتفاقيات أبراهام/ })).toContainText("ملف المعرفة");
  await noAxeViolations(page);

  await page.getByRole("link", { name: "حدث جديد" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "حدث مرجعي جديد" })).toBeVisible();
  await noAxeViolations(page);

  // a one-word name and an end before the start: both refused beside their fields, nothing lost
  await page.getByLabel("الاسم بالعربية").fill(nameAr);
  await page.getByLabel("الاسم باللاتينية").fill(`Southern Oases Forum ${n}`);
  await page.getByLabel("تاريخ البداية").fill("2019-04-02");
  await page.getByLabel("تاريخ النهاية").fill("2019-04-01");
  await page.getByLabel("البلد").selectOption("MA");
  const aliases = page.getByLabel("أسماؤه في المقالات (واحد في كل سطر)");
  await aliases.fill(`ملتقى الواحات الجنوبية ${n}\nالملتقى`);
  await page.getByRole("button", { name: "حفظ الحدث" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "لم يُحفظ شيء" })).toBeVisible();
  await expect(aliases).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-aliases-error")).toContainText("«الملتقى»: اسم من كلمة واحدة");
  await expect(page.getByLabel("تاريخ النهاية")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-end-error")).toHaveText(
    "تاريخ النهاية قبل تاريخ البداية: الحدث ينتهي يوم بدايته أو بعده",
  );
  await expect(page.getByLabel("الاسم بالعربية")).toHaveValue(nameAr);
  await expect(page.getByLabel("تاريخ البداية")).toHaveValue("2019-04-02");
  await expect(page.getByLabel("البلد")).toHaveValue("MA");
  await expect(aliases).toHaveValue(`ملتقى الواحات الجنوبية ${n}\nالملتقى`);
  await noAxeViolations(page);
  expect(await db.knowledgeEvent.count({ where: { nameAr } })).toBe(0);

  await page.getByLabel("تاريخ النهاية").fill("2019-04-04");
  await aliases.fill(`ملتقى الواحات الجنوبية ${n}`);
  await page.getByRole("button", { name: "حفظ الحدث" }).click();
  await expect(page.getByRole("status").filter({ hasText: "أُضيف الحدث." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nameAr);
  const event = await db.knowledgeEvent.findFirstOrThrow({ where: { nameAr } });
  expect(event).toMatchObject({
    slug: `southern-oases-forum-${n}`,
    start: "2019-04-02",
    end: "2019-04-04",
    country: "MA",
    origin: "admin",
  });
  await expect(page).toHaveURL(new RegExp(`/admin/events/${event.id}\\?created=1$`));
  await noAxeViolations(page);

  await page.goto("/admin/events");
  const row = page.getByRole("row", { name: new RegExp(nameAr) });
  await expect(row).toContainText("2–4 أبريل 2019");
  await expect(row).toContainText("المغرب");
  await expect(row).toContainText("أضافه مشرف");
  await expect(row.getByRole("cell").nth(2)).toHaveText("1");

  await row.getByRole("link", { name: nameAr }).click();
  await page.getByLabel("تاريخ النهاية").fill("2019-04-05");
  await aliases.fill(`ملتقى الواحات الجنوبية ${n}\nمنتدى واحات الجنوب ${n}`);
  await page.getByRole("button", { name: "حفظ الحدث" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات." })).toBeVisible();
  await expect(page.getByLabel("تاريخ النهاية")).toHaveValue("2019-04-05");
  expect((await db.knowledgeEvent.findUniqueOrThrow({ where: { id: event.id } })).correctedAt).not.toBeNull();

  await page.getByRole("link", { name: "سجل تغييراته" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/audit\\?entity=KnowledgeEvent&entityId=${event.id}$`));
  const [update, create] = [page.getByTestId("audit-row").nth(0), page.getByTestId("audit-row").nth(1)];
  await expect(update).toContainText("تعديل حدث مرجعي");
  await expect(update).toContainText(admin.email);
  await expect(update.getByRole("row", { name: /تاريخ النهاية/ })).toContainText("4 أبريل 2019");
  await expect(update.getByRole("row", { name: /تاريخ النهاية/ })).toContainText("5 أبريل 2019");
  await expect(update.getByRole("row", { name: /الأسماء البديلة/ })).toContainText(`منتدى واحات الجنوب ${n}`);
  await expect(create).toContainText("إنشاء حدث مرجعي");
  await expect(create.getByRole("row", { name: /الاسم بالعربية/ })).toContainText(nameAr);
  // a creation is undone by deleting the event: no revert button that could not work
  await expect(create.getByRole("button")).toHaveCount(0);

  await update.getByRole("button", { name: /التراجع عن التغيير/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم التراجع" })).toBeVisible();
  await expect(page.getByTestId("audit-row").first()).toContainText("تراجع حدث مرجعي");
  expect(await db.knowledgeEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
    end: "2019-04-04",
    aliases: JSON.stringify([`ملتقى الواحات الجنوبية ${n}`]),
  });

  await page.goto(`/admin/events/${event.id}`);
  await expect(page.getByLabel("تاريخ النهاية")).toHaveValue("2019-04-04");
  const remove = page.getByRole("form", { name: "حذف الحدث" });
  await remove.getByRole("button", { name: "حذف الحدث" }).click();
  await expect(remove.getByRole("checkbox")).toHaveAttribute("aria-invalid", "true");
  expect(await db.knowledgeEvent.count({ where: { id: event.id } })).toBe(1);
  await remove.getByRole("checkbox", { name: `نعم، احذف «${nameAr}»` }).check();
  await remove.getByRole("button", { name: "حذف الحدث" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُذف الحدث." })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(nameAr) })).toHaveCount(0);
  expect(await db.knowledgeEvent.count({ where: { id: event.id } })).toBe(0);
});

test("an event from the knowledge file can be corrected but offers no deletion", async ({ page }) => {
  const seeded = await db.knowledgeEvent.findFirstOrThrow({
    where: { origin: "knowledge" },
    select: { id: true, nameAr: true },
  });
  await signIn(page, admin);
  await page.goto(`/admin/events/${seeded.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(seeded.nameAr);
  await expect(page.getByText("ملف المعرفة").first()).toBeVisible();
  await expect(page.getByRole("form", { name: "حذف الحدث" })).toHaveCount(0);
  await expect(page.getByText("لا يُحذف هذا الحدث لأنه من ملف المعرفة")).toBeVisible();
  await noAxeViolations(page);
});

test("apply an event to the articles already stored: the plan, then the confirmed change, then nothing left to apply", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const lastOfficial = (await db.official.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0;
  // Stored while the event did not exist: the meeting's date stays unknown.
  const stored = await ingestArticle(
    db,
    {
      text: "استقبل الرئيس سعيد الدالي الوزير كريم العمري، أسبوعا بعد تدشين جسر المضيق الأزرق.",
      published: null,
      title: `مقال الجسر ${n}`,
    },
    await loadKnowledge(db),
  );
  if (stored.status !== "created") throw new Error(`not ingested: ${stored.status}`);
  const { meetingId } = await db.meetingSource.findFirstOrThrow({
    where: { articleId: stored.articleId },
    select: { meetingId: true },
  });
  await reindex({ articleIds: [stored.articleId], meetingIds: [meetingId] });
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).dateStart).toBeNull();
  const event = await db.knowledgeEvent.create({
    data: {
      slug: `blue-strait-bridge-${n}`,
      nameAr: "تدشين جسر المضيق الأزرق",
      start: "2023-05-02",
      origin: "admin",
      correctedAt: new Date(),
    },
  });
  try {
    await signIn(page, admin);
    await page.goto(`/admin/events/${event.id}`);
    await expect(page.getByText("لتأريخ اللقاءات المحفوظة به استعمل «تطبيق على المقالات المخزنة»")).toBeVisible();
    const apply = page.getByRole("form", { name: "تطبيق على المقالات المخزنة" });
    await apply.getByRole("button", { name: "عرض الخطة" }).click();
    const plan = apply.getByTestId("event-plan");
    await expect(plan).toContainText(`اللقاء ${meetingId}`);
    await expect(plan.getByRole("link", { name: `مقال الجسر ${n}` })).toBeVisible();
    await expect(plan).toContainText("أسبوعا بعد تدشين جسر المضيق الأزرق");
    await expect(plan).toContainText("2023");
    await noAxeViolations(page);
    // Nothing changes before the confirmation.
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).dateStart).toBeNull();

    await apply.getByRole("button", { name: "تأكيد التطبيق" }).click();
    await expect(page.getByRole("status").filter({ hasText: "طُبِّق الحدث على المقالات المخزنة" })).toBeVisible();
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meetingId } })).toMatchObject({
      dateStart: "2023-05-08",
      precision: "approximate",
      dateArticleId: stored.articleId,
    });
    await expect(apply.getByTestId("event-plan")).toHaveCount(0);

    await apply.getByRole("button", { name: "عرض الخطة" }).click();
    await expect(apply.getByText("لا مقالات مخزنة تذكر هذا الحدث بعبارة تؤرخ لقاءً.")).toBeVisible();
    await expect(apply.getByRole("button", { name: "تأكيد التطبيق" })).toHaveCount(0);
  } finally {
    // The article's people are new officials: removed too, so the seed data other specs count stays as it was.
    const officialIds = (await db.official.findMany({ where: { id: { gt: lastOfficial } }, select: { id: true } })).map(
      (o) => o.id,
    );
    await removeRows({ articleIds: [stored.articleId], meetingIds: [meetingId], officialIds });
    await db.knowledgeEvent.deleteMany({ where: { id: event.id } });
  }
});
