import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, importDatabase, parseBackup } from "@/lib/backup";
import { databaseProvider } from "@/lib/env";
import { loadKnowledgeFile } from "@/lib/extract";
import { ingestManifest, loadKnowledge, seedKnowledge } from "@/lib/ingest";
import { createTestDb, type TestDb } from "./helpers/test-db";

// Source is always SQLite; the target is PostgreSQL in the suite's PostgreSQL pass, so that pass
// proves the SQLite → PostgreSQL → export round trip.
let source: TestDb;
let target: TestDb;

beforeAll(async () => {
  source = await createTestDb({ sqlite: true });
  target = await createTestDb();
  await seedKnowledge(source.db, loadKnowledgeFile("prisma/knowledge.json"));
  const r = await ingestManifest(source.db, "seeds", await loadKnowledge(source.db));
  if ("fatal" in r) throw new Error(r.fatal);
  const official = await source.db.official.findFirstOrThrow({ select: { id: true } });
  const user = await source.db.user.create({ data: { email: "backup@example.test", passwordHash: "x" } });
  await source.db.auditLog.create({
    data: {
      actorId: user.id,
      action: "update",
      entity: "Official",
      entityId: String(official.id),
      before: "{}",
      after: "{}",
    },
  });
});
afterAll(async () => {
  await source?.cleanup();
  await target?.cleanup();
});

describe("export / import", () => {
  it("round-trips every table, ids and timestamps included", async () => {
    const first = await exportDatabase(source.db);
    expect(first.tables.article.length).toBe(5);
    expect(first.tables.meeting.length).toBeGreaterThan(0);
    expect(first.tables.evidence.length).toBeGreaterThan(0);
    expect(first.tables.knowledgeEvent.length).toBe(loadKnowledgeFile("prisma/knowledge.json").events?.length);
    // One "ingest" row per seed article (written with the article) and the admin's row above.
    expect(first.tables.auditLog.length).toBe(6);

    const parsed = parseBackup(JSON.parse(JSON.stringify(first)));
    if (!parsed.ok) throw new Error(parsed.error);
    await importDatabase(target.db, parsed.backup, { provider: databaseProvider(target.url) });
    const second = await exportDatabase(target.db);
    expect(second.tables).toEqual(first.tables);

    // Sequences moved past the imported ids: a new row does not collide.
    const created = await target.db.article.create({
      data: { text: "نص", contentHash: "new-hash" },
      select: { id: true },
    });
    expect(created.id).toBeGreaterThan(Math.max(...first.tables.article.map((a) => Number(a.id))));
    const event = await target.db.knowledgeEvent.create({
      data: { slug: "new-event", nameAr: "حدث", start: "2021-01-01" },
      select: { id: true },
    });
    expect(event.id).toBeGreaterThan(Math.max(...first.tables.knowledgeEvent.map((e) => Number(e.id))));
  });

  it("reads a backup written before the dated-events table existed", async () => {
    const doc = JSON.parse(JSON.stringify(await exportDatabase(source.db))) as { tables: Record<string, unknown> };
    delete doc.tables.knowledgeEvent;
    const parsed = parseBackup(doc);
    expect(parsed.ok && parsed.backup.tables.knowledgeEvent).toEqual([]);
    delete doc.tables.meeting;
    expect(parseBackup(doc).ok).toBe(false);
  });

  it("refuses to import over data unless asked, and leaves the data as it was", async () => {
    const before = await target.db.article.count();
    const backup = await exportDatabase(source.db);
    await expect(importDatabase(target.db, backup, { provider: databaseProvider(target.url) })).rejects.toThrow(
      /not empty/,
    );
    expect(await target.db.article.count()).toBe(before);
  });

  it("rejects a document that is not an export", () => {
    expect(parseBackup({ format: "other" }).ok).toBe(false);
    expect(parseBackup([]).ok).toBe(false);
  });
});
