import { expect, test } from "@playwright/test";
import {
  createMeeting,
  createOfficial,
  createStaff,
  db,
  removeRows,
  removeStaff,
  signIn,
  type Staff,
} from "./admin-helpers";

let admin: Staff;
const officialIds: number[] = [];
const articleIds: number[] = [];

test.beforeAll(async () => {
  admin = await createStaff("admin");
});
test.afterAll(async () => {
  await removeRows({ articleIds, officialIds });
  await removeStaff(admin);
  await db.$disconnect();
});

test("correct an official's name, see it on the public page, then revert it from the audit log", async ({ page }) => {
  const host = await createOfficial("سعيد المختبر");
  const guest = await createOfficial("ضيف المختبر");
  officialIds.push(host.id, guest.id);
  const { article } = await createMeeting([host.id, guest.id]);
  articleIds.push(article.id);

  await signIn(page, admin);
  await page.goto(`/admin/officials/${host.id}`);
  await page.getByLabel("الاسم بالعربية").fill("سعيد المختبر الأول");
  await page.getByRole("button", { name: "حفظ المسؤول" }).click();
  await expect(page.getByRole("status").filter({ hasText: "حُفظت التعديلات." })).toBeVisible();

  await page.goto(`/officials/${host.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("سعيد المختبر الأول");

  await page.goto(`/admin/audit?entity=Official&entityId=${host.id}`);
  const row = page.getByTestId("audit-row").first();
  await expect(row).toContainText("سعيد المختبر");
  await expect(row).toContainText("سعيد المختبر الأول");
  await expect(row).toContainText(admin.email);
  await row.getByRole("button", { name: /التراجع عن التغيير/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم التراجع" })).toBeVisible();
  await expect(page.getByTestId("audit-row").first()).toContainText("تراجع");

  await page.goto(`/officials/${host.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("سعيد المختبر");
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("الأول");
});

test("a rejected save shows Arabic errors beside the fields and keeps what was typed", async ({ page }) => {
  const o = await createOfficial("مسؤول النموذج");
  officialIds.push(o.id);
  await signIn(page, admin);
  await page.goto(`/admin/officials/${o.id}`);
  await page.getByLabel("الاسم بالعربية").fill("");
  await page.getByLabel("الاسم باللاتينية").fill("Kept Value");
  await page.getByLabel("من (المنصب الجديد)").fill("2020-13");
  await page.getByRole("button", { name: "حفظ المسؤول" }).click();
  const name = page.getByLabel("الاسم بالعربية");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-nameAr-error")).toHaveText("الاسم بالعربية مطلوب");
  await expect(page.locator("#f-newTenure-from-error")).toContainText("اكتب السنة");
  await expect(page.getByLabel("الاسم باللاتينية")).toHaveValue("Kept Value");
  await expect(page.getByLabel("من (المنصب الجديد)")).toHaveValue("2020-13");
  expect((await db.official.findUniqueOrThrow({ where: { id: o.id } })).nameEn).toBeNull();
});

test("an alias added by an admin is used when the next article is ingested", async ({ page }) => {
  const o = await createOfficial("سليم الورداني");
  officialIds.push(o.id);
  const text = "استقبل وزير الخارجية ناصر بوريطة، يوم الخميس 16 يونيو 2022 بالرباط، زروال بن حمو في إطار زيارة عمل.";
  await signIn(page, admin);

  await page.goto(`/admin/officials/${o.id}`);
  await page.getByLabel("أسماء بديلة جديدة (واحد في كل سطر)").fill("زروال بن حمو");
  await page.getByRole("button", { name: "حفظ المسؤول" }).click();
  await expect(page.getByText("زروال بن حمو", { exact: true })).toBeVisible();

  await page.goto("/admin/articles/new");
  await page.getByLabel("نص المقال").fill(text);
  await page.getByLabel("المصدر").fill("اختبار");
  await page.getByLabel("تاريخ النشر").fill("2022-06-17");
  await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  const preview = page.getByTestId("extract-preview");
  await expect(preview).toContainText("سليم الورداني");
  await expect(preview).toContainText("ناصر بوريطة");
  await expect(preview.locator("mark.evidence").first()).toContainText("زروال بن حمو");
  expect(await db.article.count({ where: { text: { contains: "زروال بن حمو" } } })).toBe(0);

  await page.getByRole("button", { name: "تأكيد وإضافة المقال" }).click();
  await expect(page.getByText("أُضيف المقال واستُخرجت لقاءاته.")).toBeVisible();
  const articleId = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
  articleIds.push(articleId);
  const participants = await db.meetingParticipant.findMany({
    where: { meeting: { sources: { some: { articleId } } } },
    select: { officialId: true },
  });
  expect(participants.map((p) => p.officialId)).toContain(o.id);
});

test("bad article input is refused with a clear message and stores nothing", async ({ page }) => {
  await signIn(page, admin);
  const before = await db.article.count();
  await page.goto("/admin/articles/new");
  await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  await expect(page.locator("#f-text-error")).toHaveText("الصق نص المقال أو ارفع ملفًا نصيًا");
  await page.getByLabel("أو ارفع ملفًا نصيًا (.txt)").setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
  });
  await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  await expect(page.locator("#f-file-error")).toHaveText("الملف ليس نصًا (يبدو ملفًا ثنائيًا)");
  await page
    .getByLabel("أو ارفع ملفًا نصيًا (.txt)")
    .setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await page.getByLabel("نص المقال").fill("   ");
  await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  await expect(page.locator("#f-text-error")).toHaveText("الصق نص المقال أو ارفع ملفًا نصيًا");
  expect(await db.article.count()).toBe(before);
});

test("merge two officials: the other's public page redirects to the survivor; the merge can be reverted", async ({
  page,
}) => {
  const survivor = await createOfficial("كمال الدمج");
  const other = await createOfficial("كمال الدمجي");
  const third = await createOfficial("طرف ثالث");
  officialIds.push(survivor.id, other.id, third.id);
  const { article, meeting } = await createMeeting([other.id, third.id]);
  articleIds.push(article.id);

  await signIn(page, admin);
  await page.goto(`/admin/officials/${survivor.id}`);
  await page.getByLabel("المسؤول المكرر").selectOption({ label: `كمال الدمجي (MA) #${other.id}` });
  await page.getByRole("button", { name: "دمج" }).click();
  await expect(page.getByText("تم الدمج.")).toBeVisible();
  expect(await db.meetingParticipant.count({ where: { meetingId: meeting.id, officialId: survivor.id } })).toBe(1);

  await page.goto(`/officials/${other.slug}`);
  await expect(page).toHaveURL(new RegExp(`/officials/${survivor.slug}$`));

  await page.goto(`/admin/audit?entity=Official&entityId=${other.id}`);
  const row = page.getByTestId("audit-row").first();
  await expect(row).toContainText("دمج");
  await row.getByRole("button", { name: /التراجع عن التغيير/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "تم التراجع" })).toBeVisible();
  expect((await db.official.findUniqueOrThrow({ where: { id: other.id } })).mergedIntoId).toBeNull();
  expect(await db.meetingParticipant.count({ where: { meetingId: meeting.id, officialId: other.id } })).toBe(1);
});
