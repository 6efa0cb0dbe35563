#!/usr/bin/env bash
# Rebuilds the database named by DATABASE_URL from scratch: migrations, knowledge, seed articles.
# Used by the e2e web server so every run starts from the same data.
set -euo pipefail
cd "$(dirname "$0")/.."
url="${DATABASE_URL:-file:./data/liqaat.db}"
if [[ "$url" == file:* ]]; then
  rm -f "${url#file:}" "${url#file:}-journal" "${url#file:}-wal" "${url#file:}-shm"
  node scripts/db-migrate.mjs deploy >/dev/null
else
  node scripts/db-migrate.mjs reset >/dev/null
fi
npx tsx scripts/seed-knowledge.ts
# The ingest also builds the search index (lib/ingest syncs it as articles land), so the database
# is searchable as soon as this returns.
npx tsx scripts/ingest.ts seeds/ </dev/null
