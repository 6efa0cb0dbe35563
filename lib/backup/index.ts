// Whole-database export and import as one JSON document, portable between SQLite and
// PostgreSQL (same models, same ids). Import runs in one transaction: all or nothing.
import { z } from "zod";
import type { Db, Tx } from "../db";
import { resetSequences } from "../sql/postgres";

export const BACKUP_FORMAT = "liqaat-backup/1";

/** Parents before children, so foreign keys hold at every insert. */
const ORDER = [
  "country",
  "place",
  "knowledgeEvent",
  "user",
  "article",
  "agency",
  "agencyAlias",
  "official",
  "officialAlias",
  "position",
  "tenure",
  "meeting",
  "meetingParticipant",
  "meetingSource",
  "evidence",
  "articleMention",
  "session",
  "loginAttempt",
  "auditLog",
] as const;
type ModelName = (typeof ORDER)[number];
const LATER_TABLES = new Set<ModelName>(["knowledgeEvent"]);

const DATE_FIELDS = new Set(["ingestedAt", "updatedAt", "createdAt", "expiresAt", "at", "deletedAt", "correctedAt"]);

type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: { orderBy?: Row }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  deleteMany(args?: object): Promise<{ count: number }>;
  count(): Promise<number>;
  update(args: { where: Row; data: Row }): Promise<unknown>;
};

function delegate(db: Db | Tx, name: ModelName): Delegate {
  return (db as unknown as Record<ModelName, Delegate>)[name];
}

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  // Tables added after the format was first written default to empty, so older backups still import.
  tables: z.object(
    Object.fromEntries(
      ORDER.map((n) => [
        n,
        LATER_TABLES.has(n)
          ? z.array(z.record(z.string(), z.unknown())).default([])
          : z.array(z.record(z.string(), z.unknown())),
      ]),
    ) as Record<ModelName, z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>,
  ),
});
export type Backup = z.infer<typeof backupSchema>;

export async function exportDatabase(db: Db): Promise<Backup> {
  const tables = {} as Record<ModelName, Row[]>;
  for (const name of ORDER) {
    tables[name] = await delegate(db, name).findMany({ orderBy: { [name === "country" ? "code" : "id"]: "asc" } });
  }
  return JSON.parse(JSON.stringify({ format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), tables })) as Backup;
}

export function parseBackup(raw: unknown): { ok: true; backup: Backup } | { ok: false; error: string } {
  const r = backupSchema.safeParse(raw);
  return r.success ? { ok: true, backup: r.data } : { ok: false, error: z.prettifyError(r.error) };
}

function revive(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = DATE_FIELDS.has(k) && typeof v === "string" ? new Date(v) : v;
  return out;
}

export async function importDatabase(
  db: Db,
  backup: Backup,
  opts: { provider: "sqlite" | "postgresql"; replace?: boolean },
): Promise<Record<ModelName, number>> {
  const counts = {} as Record<ModelName, number>;
  await db.$transaction(
    async (tx: Tx) => {
      const existing = (await Promise.all(ORDER.map((n) => delegate(tx, n).count()))).reduce((a, b) => a + b, 0);
      if (existing > 0 && !opts.replace)
        throw new Error("the target database is not empty (use --replace to overwrite it)");
      for (const name of [...ORDER].reverse()) await delegate(tx, name).deleteMany({});
      for (const name of ORDER) {
        let rows = backup.tables[name].map(revive);
        // Merge links point at rows of the same table: insert first, link after.
        const merges = name === "official" ? rows.filter((r) => r.mergedIntoId != null) : [];
        if (merges.length) rows = rows.map((r) => ({ ...r, mergedIntoId: null }));
        for (let i = 0; i < rows.length; i += 500)
          await delegate(tx, name).createMany({ data: rows.slice(i, i + 500) });
        for (const m of merges)
          await delegate(tx, "official").update({ where: { id: m.id }, data: { mergedIntoId: m.mergedIntoId } });
        counts[name] = rows.length;
      }
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  // SQLite's AUTOINCREMENT follows the max id by itself; PostgreSQL sequences do not.
  if (opts.provider === "postgresql") await resetSequences(db);
  return counts;
}
