// Shared by the admin-*.spec.ts files: each spec creates its own staff account and rows (unique
// names), signs in through the real form, and removes what it created, so the seed data other
// specs assert on is left as it was.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createDb } from "../../lib/db";
import { ensureSearchIndex, rebuildSearchIndex, syncSearchIndex } from "../../lib/search";

const databaseUrl = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
export const db = createDb(databaseUrl);

export const unique = () => randomBytes(4).toString("hex");

export interface Staff {
  id: number;
  email: string;
  password: string;
}

export async function createStaff(role: "admin" | "editor" = "admin"): Promise<Staff> {
  const email = `e2e-${role}-${unique()}@liqaat.test`;
  const password = `pw-${unique()}-${unique()}`;
  // Through the real admin:create command (password from the environment, never on the command line).
  execFileSync("npx", ["tsx", "scripts/admin-create.ts", "--email", email, "--role", role], {
    env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: password },
    stdio: "pipe",
  });
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { id, email, password };
}

export async function removeStaff(...staff: (Staff | undefined)[]) {
  const emails = staff.filter((s): s is Staff => !!s).map((s) => s.email);
  await db.user.deleteMany({ where: { email: { in: emails } } });
  await db.loginAttempt.deleteMany({ where: { key: { in: emails.map((e) => `email:${e}`) } } });
}

export async function signIn(page: Page, staff: Staff) {
  await page.goto("/admin/login");
  await page.getByLabel("البريد الإلكتروني").fill(staff.email);
  await page.getByLabel("كلمة المرور").fill(staff.password);
  await page.getByRole("button", { name: "دخول" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "لوحة الإدارة" })).toBeVisible();
}

/** An official only this test knows, with its name as an alias (as knowledge and extraction store them). */
export async function createOfficial(nameAr: string) {
  return db.official.create({
    data: {
      slug: `e2e-${unique()}`,
      nameAr,
      country: "MA",
      reviewStatus: "reviewed",
      aliases: { create: [{ alias: nameAr, normalized: nameAr, origin: "admin" }] },
    },
  });
}

/** A meeting between the given officials, reported by an article of its own. */
export async function createMeeting(officialIds: number[], place = "مكناس") {
  const article = await db.article.create({
    data: { text: `مقال اختبار ${unique()}`, contentHash: `e2e-${unique()}`, title: `مقال اختبار ${unique()}` },
  });
  const meeting = await db.meeting.create({
    data: {
      dateStart: "2019-03-05",
      precision: "day",
      sortKey: "2019-03-05",
      place,
      participants: {
        create: officialIds.map((officialId, i) => ({ officialId, side: i === 0 ? "host" : "guest", position: i })),
      },
      sources: { create: [{ articleId: article.id, dateStart: "2019-03-05", precision: "day" }] },
    },
  });
  await reindex({ meetingIds: [meeting.id], articleIds: [article.id], officialIds });
  return { meeting, article };
}

/** Deletes what a test created (articles cascade to their sources, evidence and mentions). */
export async function removeRows(rows: { articleIds?: number[]; meetingIds?: number[]; officialIds?: number[] }) {
  const articleIds = rows.articleIds ?? [];
  const fromArticles = await db.meetingSource.findMany({
    where: { articleId: { in: articleIds } },
    select: { meetingId: true },
  });
  const meetingIds = [...new Set([...(rows.meetingIds ?? []), ...fromArticles.map((s) => s.meetingId)])];
  await db.article.deleteMany({ where: { id: { in: articleIds } } });
  // Only meetings no other article reports.
  await db.meeting.deleteMany({ where: { id: { in: meetingIds }, sources: { none: {} } } });
  const officialIds = rows.officialIds ?? [];
  await db.official.updateMany({ where: { mergedIntoId: { in: officialIds } }, data: { mergedIntoId: null } });
  await db.official.deleteMany({ where: { id: { in: officialIds } } });
  await reindex({ articleIds, meetingIds, officialIds });
}

/** As the app does after an edit: a missing index is built whole, never from a few rows. */
export async function reindex(targets: { articleIds?: number[]; meetingIds?: number[]; officialIds?: number[] }) {
  if (await ensureSearchIndex(db)) await rebuildSearchIndex(db);
  else await syncSearchIndex(db, targets);
}
