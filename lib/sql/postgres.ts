// The one home of raw SQL for PostgreSQL (besides migrations). Everything here is static SQL or
// parameterized; identifiers come from code, never from input.
import type { Db } from "../db";

/** Tables whose integer ids come from a sequence; after a bulk import with explicit ids they must move past the max. */
const SERIAL_TABLES = [
  "Article",
  "Place",
  "KnowledgeEvent",
  "Official",
  "OfficialAlias",
  "Agency",
  "AgencyAlias",
  "Position",
  "Tenure",
  "Meeting",
  "MeetingParticipant",
  "MeetingSource",
  "Evidence",
  "ArticleMention",
  "User",
  "LoginAttempt",
  "AuditLog",
] as const;

export async function resetSequences(db: Db): Promise<void> {
  for (const table of SERIAL_TABLES) {
    // Identifier from the constant list above; pg_get_serial_sequence takes it as a parameter.
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), COALESCE((SELECT MAX("id") FROM "${table}"), 0) + 1, false)`,
      `"${table}"`,
    );
  }
}
