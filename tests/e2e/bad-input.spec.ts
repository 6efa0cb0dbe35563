// Bad input end to end: an article with <script>, <img onerror>, <iframe> and javascript: links in
// its title and text — added through the admin form and through the ingest library with the
// corpus file — is shown as text on every page, and no script runs (no dialog, no global set).
// Bad uploads (windows-1256, punctuation only, binary) get their Arabic messages in the form.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ingestArticle, loadKnowledge } from "../../lib/ingest";
import { createStaff, db, removeStaff, signIn, unique, type Staff } from "./admin-helpers";

const CORPUS = path.resolve(import.meta.dirname, "../bad-input");
let admin: Staff;
const articleIds: number[] = [];

test.beforeAll(async () => {
  admin = await createStaff("admin");
});
test.afterAll(async () => {
  for (const id of articleIds) {
    const meetings = (await db.meetingSource.findMany({ where: { articleId: id }, select: { meetingId: true } })).map(
      (s) => s.meetingId,
    );
    await db.evidence.deleteMany({ where: { articleId: id } });
    await db.meetingSource.deleteMany({ where: { articleId: id } });
    await db.articleMention.deleteMany({ where: { articleId: id } });
    for (const m of meetings) {
      if ((await db.meetingSource.count({ where: { meetingId: m } })) === 0) {
        await db.meetingParticipant.deleteMany({ where: { meetingId: m } });
        await db.meeting.delete({ where: { id: m } });
      }
    }
    await db.auditLog.deleteMany({ where: { entity: "Article", entityId: String(id) } });
    await db.article.delete({ where: { id } });
  }
  await removeStaff(admin);
});

/** Fails the test on any dialog; reports scripts that ran (a global they would set) and CSP violations. */
function guard(page: Page) {
  const dialogs: string[] = [];
  const violations: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return {
    async check() {
      expect(dialogs, "a dialog fired").toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null),
        "an injected script ran",
      ).toBeNull();
      // No element the text tried to create exists in the document.
      expect(
        await page
          .locator("main img[src='x'], main iframe, main script:not([src]):not([nonce]), main b:text('التعاون الأمني')")
          .count(),
      ).toBe(0);
      return violations;
    },
  };
}

const HOSTILE_TITLE = `<script>window.__pwned=1;alert("t")</script><img src=x onerror="window.__pwned=2;alert('i')"> عنوان ${unique()}`;

test("an article with markup in its title and text, added in the admin form, is shown as text everywhere", async ({
  page,
}) => {
  const g = guard(page);
  const text =
    fs.readFileSync(path.join(CORPUS, "html-script.txt"), "utf8").replace("14 مارس 2024", "14 مارس 2019") +
    `\n${unique()}`;
  await signIn(page, admin);
  await page.goto("/admin/articles/new");
  await page.getByLabel("نص المقال").fill(text);
  await page.getByLabel("العنوان").fill(HOSTILE_TITLE);
  await page.getByLabel("المصدر").fill("<b>مصدر</b>");
  await page.getByLabel("تاريخ النشر").fill("2019-03-15");
  await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  await expect(page.getByTestId("extract-preview")).toContainText("ناصر بوريطة");
  await g.check();
  await page.getByRole("button", { name: "تأكيد وإضافة المقال" }).click();
  await expect(page.getByText("أُضيف المقال واستُخرجت لقاءاته.")).toBeVisible();
  const articleId = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
  articleIds.push(articleId);
  await expect(page.getByText(HOSTILE_TITLE).first()).toBeVisible();
  await g.check();

  // Public article page: title and text as literal text.
  await page.goto(`/articles/${articleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE);
  await expect(
    page.getByText('<script>window.__pwned = 1; alert("xss-text")</script>', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText("<b>مصدر</b>").first()).toBeVisible();
  expect(await g.check()).toEqual([]);

  // The meeting it reported, and the timeline.
  const source = await db.meetingSource.findFirstOrThrow({ where: { articleId }, select: { meetingId: true } });
  await page.goto(`/meetings/${source.meetingId}`);
  await expect(page.getByText(HOSTILE_TITLE).first()).toBeVisible();
  expect(await g.check()).toEqual([]);
  await page.goto("/?from=2019-03-01&to=2019-03-31");
  expect(await g.check()).toEqual([]);
});

test("the corpus file ingested with a hostile manifest title renders as text, with its bidi overrides removed", async ({
  page,
}) => {
  const g = guard(page);
  const knowledge = await loadKnowledge(db);
  const html = await ingestArticle(
    db,
    {
      text: fs.readFileSync(path.join(CORPUS, "html-script.txt"), "utf8") + unique(),
      file: "html-script.txt",
      title: HOSTILE_TITLE + " 2",
      published: "2024-03-15",
    },
    knowledge,
  );
  const rlo = await ingestArticle(
    db,
    {
      text: fs.readFileSync(path.join(CORPUS, "rlo.txt"), "utf8") + unique(),
      file: "rlo.txt",
      title: `عنوان \u202Egnp.exe\u202C ${unique()}`,
      published: "2024-03-16",
    },
    knowledge,
  );
  articleIds.push(html.articleId, rlo.articleId);

  await page.goto(`/articles/${html.articleId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(HOSTILE_TITLE + " 2");
  expect(await g.check()).toEqual([]);

  await page.goto(`/articles/${rlo.articleId}`);
  const h1 = await page.getByRole("heading", { level: 1 }).textContent();
  expect(h1).toMatch(/^عنوان gnp\.exe /);
  const body = await page.locator("main").textContent();
  expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(await g.check()).toEqual([]);
});

test("bad uploads get their Arabic message in the form and store nothing", async ({ page }) => {
  await signIn(page, admin);
  const before = await db.article.count();
  await page.goto("/admin/articles/new");
  const upload = async (name: string, buffer: Buffer) => {
    await page.getByLabel("أو ارفع ملفًا نصيًا (.txt)").setInputFiles({ name, mimeType: "text/plain", buffer });
    await page.getByRole("button", { name: "معاينة الاستخراج" }).click();
  };
  await upload("windows-1256.txt", fs.readFileSync(path.join(CORPUS, "windows-1256.txt")));
  await expect(page.locator("#f-file-error")).toHaveText("الملف ليس نصًا بترميز UTF-8");
  await upload("punctuation.txt", fs.readFileSync(path.join(CORPUS, "punctuation.txt")));
  await expect(page.locator("#f-file-error")).toHaveText("الملف لا يحتوي حروفًا");
  await upload("big.txt", Buffer.alloc(600 * 1024, "ب"));
  await expect(page.locator("#f-file-error")).toContainText("الملف أكبر من");
  expect(await db.article.count()).toBe(before);
});
