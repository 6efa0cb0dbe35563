// Knowledge in the database: seeded from prisma/knowledge.json, read back for the extractor,
// admin corrections kept when the file is seeded again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle, loadKnowledgeFile } from "@/lib/extract";
import { loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { createTestDb, type TestDb } from "./helpers/test-db";

let t: TestDb;
const file = loadKnowledgeFile("prisma/knowledge.json");

beforeAll(async () => {
  t = await createTestDb();
  await seedKnowledge(t.db, file);
});
afterAll(async () => t?.cleanup());

describe("dated events in the knowledge base", () => {
  it("are stored by the seed and read back for the extractor", async () => {
    const k = await loadKnowledge(t.db);
    expect(k.events?.length).toBe(file.events?.length);
    const first = file.events?.[0];
    expect(k.events?.find((e) => e.slug === first?.slug)).toEqual(first);
  });

  it("an event an admin adds dates the next extraction", async () => {
    const text =
      "استقبل وزير الداخلية الكندي نظيره الإيطالي في أوتاوا، يومين بعد افتتاح المؤتمر الدولي للشرطة البحرية.";
    expect(
      extractArticle({ text, published: null }, await loadKnowledge(t.db)).meetings[0]?.date.start ?? null,
    ).toBeNull();
    await t.db.knowledgeEvent.create({
      data: {
        slug: "maritime-police-conference",
        nameAr: "افتتاح المؤتمر الدولي للشرطة البحرية",
        start: "2017-05-02",
        origin: "admin",
        aliases: "[]",
      },
    });
    expect(extractArticle({ text, published: null }, await loadKnowledge(t.db)).meetings[0]?.date).toMatchObject({
      start: "2017-05-04",
      precision: "day",
    });
  });

  it("seeding again refreshes untouched rows and keeps an admin's correction", async () => {
    const [a, b] = file.events ?? [];
    if (!a || !b) throw new Error("the knowledge file needs two events");
    await t.db.knowledgeEvent.update({
      where: { slug: a.slug },
      data: { start: "1999-01-01", correctedAt: new Date() },
    });
    await t.db.knowledgeEvent.update({ where: { slug: b.slug }, data: { start: "1999-01-01" } });
    await seedKnowledge(t.db, file);
    expect((await t.db.knowledgeEvent.findUniqueOrThrow({ where: { slug: a.slug } })).start).toBe("1999-01-01");
    expect((await t.db.knowledgeEvent.findUniqueOrThrow({ where: { slug: b.slug } })).start).toBe(b.start);
    expect(await t.db.knowledgeEvent.count({ where: { origin: "admin" } })).toBe(1);
  });
});
