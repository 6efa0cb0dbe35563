// Prisma CLI configuration (Prisma 7). Only `prisma generate` runs through the CLI here;
// migrations go through scripts/db-migrate.mjs (the schema engine compiled to Wasm), because
// the CLI's native engine cannot be downloaded on these machines.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma",
  migrations: { path: process.env.PRISMA_MIGRATIONS ?? "prisma/migrations" },
});
