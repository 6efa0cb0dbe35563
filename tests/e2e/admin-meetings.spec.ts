import { expect, test, type Browser, type Page } from "@playwright/test";
import { revertChange } from "../../lib/mutations/revert-change";
import {
  createMeeting,
  createOfficial,
  createStaff,
  db,
  reindex,
  removeRows,
  removeStaff,
  signIn,
  type Staff,
} from "./admin-helpers";

let admin: Staff;
let editor: Staff;
const officialIds: number[] = [];
const articleIds: number[] = [];

test.beforeAll(async () => {
  admin = await createStaff("admin");
  editor = await createStaff("editor");
});
test.afterAll(async () => {
  await removeRows({ articleIds, officialIds });
  await removeStaff(admin, editor);
  await db.$disconnect();
});

async function signedInPage(browser: Browser, staff: Staff) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, staff);
  return { context, page };
}

test("two editors save the same meeting: the second gets a conflict showing what changed, and nothing is lost", async ({
  browser,
}) => {
  const a = await createOfficial("مضيف التزامن");
  const b = await createOfficial("ضيف التزامن");
  officialIds.push(a.id, b.id);
  const { meeting, article } = await createMeeting([a.id, b.id], "مكناس");
  articleIds.push(article.id);

  const first = await signedInPage(browser, admin);
  const second = await signedInPage(browser, editor);
  await first.page.goto(`/admin/meetings/${meeting.id}`);
  await second.page.goto(`/admin/meetings/${meeting.id}`);

  await first.page.getByLabel("المكان").fill("فاس");
  await first.page.getByRole("button", { name: "حفظ اللقاء" }).click();
  await expect(first.page.getByText("حُفظت التعديلات.")).toBeVisible();

  await second.page.getByLabel("المواضيع (واحد في كل سطر)").fill("التعاون الأمني");
  await second.page.getByRole("button", { name: "حفظ اللقاء" }).click();
  await expect(
    second.page.getByRole("main").getByRole("alert").filter({ hasText: "عدّل محرر آخر هذا اللقاء" }),
  ).toBeVisible();
  const conflict = second.page.getByTestId("conflict");
  await expect(conflict).toContainText("المكان: كان «مكناس» وصار «فاس»");
  // The other admin's place is taken in, this editor's topics are kept.
  await expect(second.page.getByLabel("المكان")).toHaveValue("فاس");
  await expect(second.page.getByLabel("المواضيع (واحد في كل سطر)")).toHaveValue("التعاون الأمني");
  expect(JSON.parse((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).topics)).toEqual([]);

  await second.page.getByRole("button", { name: "حفظ اللقاء" }).click();
  await expect(second.page.getByText("حُفظت التعديلات.")).toBeVisible();
  const saved = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
  expect(saved).toMatchObject({ place: "فاس", version: 3 });
  expect(JSON.parse(saved.topics)).toEqual(["التعاون الأمني"]);
  await first.context.close();
  await second.context.close();
});

test("participants: change a side, remove one, add one from existing officials", async ({ page }) => {
  const a = await createOfficial("مشارك أول");
  const b = await createOfficial("مشارك ثان");
  const c = await createOfficial("مشارك مضاف");
  officialIds.push(a.id, b.id, c.id);
  const { meeting, article } = await createMeeting([a.id, b.id]);
  articleIds.push(article.id);
  await signIn(page, admin);
  await page.goto(`/admin/meetings/${meeting.id}`);
  await page.getByLabel("إزالة مشارك ثان").check();
  await page.getByLabel("صفة مشارك أول").selectOption({ label: "مشارك" });
  await page.getByLabel("إضافة مشارك").selectOption({ label: "مشارك مضاف (MA)" });
  await page.getByLabel("صفة المشارك المضاف").selectOption({ label: "مضيف" });
  await page.getByRole("button", { name: "حفظ اللقاء" }).click();
  await expect(page.getByText("حُفظت التعديلات.")).toBeVisible();
  const rows = await db.meetingParticipant.findMany({
    where: { meetingId: meeting.id },
    orderBy: { position: "asc" },
    select: { officialId: true, side: true },
  });
  expect(rows).toEqual([
    { officialId: c.id, side: "host" },
    { officialId: a.id, side: "other" },
  ]);
});

/** A machine-made meeting of two new officials, newest in the review queue, with the queue open. */
async function queuedMeeting(page: Page, first: string, second: string) {
  const a = await createOfficial(first);
  const b = await createOfficial(second);
  officialIds.push(a.id, b.id);
  const { meeting, article } = await createMeeting([a.id, b.id]);
  articleIds.push(article.id);
  await db.meeting.update({
    where: { id: meeting.id },
    data: { reviewStatus: "machine", createdAt: new Date(Date.now() + 60_000) },
  });
  await signIn(page, admin);
  await page.goto("/admin/review");
  return meeting;
}

test("approve from the review queue in one click", async ({ page }) => {
  const meeting = await queuedMeeting(page, "مراجَع أول", "مراجَع ثان");
  const item = page.getByRole("listitem", { name: `اللقاء ${meeting.id}` });
  await expect(item).toContainText("مراجَع أول");
  await item.getByRole("button", { name: `اعتماد اللقاء ${meeting.id}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "سُجّل القرار" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: `اللقاء ${meeting.id}` })).toHaveCount(0);
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).reviewStatus).toBe("reviewed");
});

test("a tampered review decision records nothing and says so", async ({ page }) => {
  const meeting = await queuedMeeting(page, "مراجَع ثالث", "مراجَع رابع");
  const item = page.getByRole("listitem", { name: `اللقاء ${meeting.id}` });
  const approve = item.getByRole("button", { name: `اعتماد اللقاء ${meeting.id}` });
  await approve.evaluate((b) => {
    const input = b.closest("form")?.querySelector<HTMLInputElement>('input[name="decision"]');
    if (input) input.value = "delete-everything";
  });
  await approve.click();
  await expect(page.getByRole("alert").filter({ hasText: "لم يُفهم الطلب" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: `اللقاء ${meeting.id}` })).toHaveCount(1);
  expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).reviewStatus).toBe("machine");
});

test("seed 004: setting the publication date previews and then dates the Haines meeting 19 September 2022", async ({
  page,
}) => {
  const article = await db.article.findFirstOrThrow({ where: { file: { startsWith: "004_" } } });
  const source = await db.meetingSource.findFirstOrThrow({ where: { articleId: article.id, dateText: "الاثنين" } });
  const auditBefore = await db.auditLog.aggregate({ _max: { id: true } });
  try {
    await signIn(page, admin);
    await page.goto(`/admin/articles/${article.id}`);
    await page.getByLabel("تاريخ النشر").fill("2022-09-20");
    await page.getByRole("button", { name: "حفظ المقال" }).click();
    const preview = page.getByTestId("date-preview");
    await expect(preview).toContainText(`اللقاء ${source.meetingId}`);
    await expect(preview).toContainText("الاثنين 19 سبتمبر 2022");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).published).toBeNull();

    await page.getByRole("button", { name: "تأكيد الحفظ" }).click();
    await expect(page.getByText("حُفظت التعديلات.")).toBeVisible();
    await page.goto(`/meetings/${source.meetingId}`);
    await expect(page.getByRole("main")).toContainText("19 سبتمبر 2022");
    await expect(page.getByRole("main")).toContainText("هاينز");
  } finally {
    // Put seed 004 back as the other specs expect it.
    const edit = await db.auditLog.findFirst({
      where: {
        entity: "Article",
        entityId: String(article.id),
        action: "update",
        id: { gt: auditBefore._max.id ?? 0 },
      },
    });
    if (edit) {
      const r = await revertChange(db, admin.id, edit.id);
      expect(r.ok).toBe(true);
      await db.article.update({ where: { id: article.id }, data: { corrected: article.corrected } });
      await reindex({ articleIds: [article.id], meetingIds: [source.meetingId] });
    }
    expect(await db.meeting.findUniqueOrThrow({ where: { id: source.meetingId } })).toMatchObject({ dateStart: null });
  }
});
