import { expect, test } from "@playwright/test";
import { createStaff, db, removeStaff, signIn, type Staff } from "./admin-helpers";

let admin: Staff;
let locked: Staff;

test.beforeAll(async () => {
  admin = await createStaff("admin");
  locked = await createStaff("admin");
});
test.afterAll(async () => {
  await removeStaff(admin, locked);
  await db.$disconnect();
});

test("admin pages send a visitor without a session to the Arabic sign-in page", async ({ page }) => {
  await page.goto("/admin/review");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Freview$/);
  await expect(page.getByRole("heading", { level: 1, name: "دخول المحررين" })).toBeVisible();
});

test("sign in, the session cookie is httpOnly and SameSite=Lax, sign out ends it", async ({ page, context }) => {
  await signIn(page, admin);
  const cookie = (await context.cookies()).find((c) => c.name === "liqaat_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(cookie!.expires).toBeGreaterThan(Date.now() / 1000);
  await page.getByRole("button", { name: "خروج" }).click();
  await expect(page).toHaveURL(/\/admin\/login/);
  // The old cookie value no longer opens anything.
  await context.addCookies([{ ...cookie!, expires: cookie!.expires }]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login/);
});

test("a wrong password gets one generic message, keeps the email, and marks nothing as the wrong part", async ({
  page,
}) => {
  await page.goto("/admin/login");
  await page.getByLabel("البريد الإلكتروني").fill(admin.email);
  await page.getByLabel("كلمة المرور").fill("not the password");
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين");
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue(admin.email);
  await expect(page.getByLabel("كلمة المرور")).toHaveValue("");
  await db.loginAttempt.deleteMany({ where: { key: `email:${admin.email}` } });
});

test("an empty form gets Arabic errors next to each field", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByRole("button", { name: "دخول" }).click();
  const email = page.getByLabel("البريد الإلكتروني");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  const describedBy = (await email.getAttribute("aria-describedby"))!.split(" ")[0]!;
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveText("البريد الإلكتروني مطلوب");
  await expect(page.locator(`[id="${describedBy}"]`)).toHaveAttribute("aria-live", "polite");
});

test("five wrong passwords lock the account, even against the right password", async ({ page }) => {
  const failures = () => db.loginAttempt.count({ where: { key: `email:${locked.email}` } });
  await page.goto("/admin/login");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("البريد الإلكتروني").fill(locked.email);
    await page.getByLabel("كلمة المرور").fill(`wrong ${i}`);
    await page.getByRole("button", { name: "دخول" }).click();
    // Each attempt must have reached the server before the next one.
    await expect.poll(failures).toBe(i + 1);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("البريد الإلكتروني أو كلمة المرور غير صحيحين");
  }
  await page.getByLabel("البريد الإلكتروني").fill(locked.email);
  await page.getByLabel("كلمة المرور").fill(locked.password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("محاولات دخول فاشلة كثيرة");
  await expect(page).toHaveURL(/\/admin\/login/);
  expect(await db.session.count({ where: { user: { email: locked.email } } })).toBe(0);
  // The per-address count this test added must not lock out the other specs run from the same address.
  await db.loginAttempt.deleteMany({ where: { key: { startsWith: "ip:" } } });
});
