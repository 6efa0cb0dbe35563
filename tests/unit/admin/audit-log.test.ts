// The audit log's "who" filter: the ingest CLI writes one row per stored article, which buries
// the admins' corrections after a big batch unless they can be set apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "@/lib/queries/admin-audit";
import { createTestDb, type TestDb } from "../helpers/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const admin = await t.db.user.create({ data: { email: "audit-filter@example.test", passwordHash: "x" } });
  await t.db.auditLog.createMany({
    data: [
      { actorId: null, action: "ingest", entity: "Article", entityId: "1" },
      { actorId: null, action: "ingest", entity: "Article", entityId: "2" },
      { actorId: admin.id, action: "ingest", entity: "Article", entityId: "3" },
      { actorId: admin.id, action: "update", entity: "Meeting", entityId: "7" },
    ],
  });
});
afterAll(async () => t?.cleanup());

const ids = async (by?: "people" | "system") =>
  (await listAudit({ page: 1, ...(by ? { by } : {}) }, t.db)).rows.map((r) => `${r.action}:${r.entityId}`);

describe("audit log filter by source", () => {
  it("shows everything by default, the ingest's rows alone, or the people's alone (an article an admin pasted is theirs)", async () => {
    expect(await ids()).toEqual(["update:7", "ingest:3", "ingest:2", "ingest:1"]);
    expect(await ids("system")).toEqual(["ingest:2", "ingest:1"]);
    expect(await ids("people")).toEqual(["update:7", "ingest:3"]);
    expect((await listAudit({ page: 1, by: "people" }, t.db)).total).toBe(2);
  });
});
