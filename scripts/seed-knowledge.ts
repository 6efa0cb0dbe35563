// npm run db:seed — loads prisma/knowledge.json into the database (idempotent; admin corrections win).
import { getDb } from "../lib/db";
import { loadKnowledgeFile } from "../lib/extract";
import { seedKnowledge } from "../lib/ingest";

const file = process.argv[2] ?? "prisma/knowledge.json";
const db = getDb();
const counts = await seedKnowledge(db, loadKnowledgeFile(file));
await db.$disconnect();
process.stderr.write(
  `knowledge: ${counts.officials} officials, ${counts.agencies} agencies, ${counts.positions} positions, ${counts.events} dated events\n`,
);
