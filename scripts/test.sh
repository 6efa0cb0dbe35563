#!/usr/bin/env bash
# The one test command (npm test): static checks, unit tests, production build, browser tests,
# on SQLite; then unit and browser tests again on PostgreSQL.
# Installs Debian's Chromium and PostgreSQL when missing and we are root (fresh machines, CI).
# LIQAAT_TEST_PG_URL=postgresql://… uses an existing server instead; LIQAAT_SKIP_PG=1 skips that pass.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { echo; echo "== $*"; }

if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    step "installing Debian chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi

pg_url="${LIQAAT_TEST_PG_URL:-}"
if [[ -z "$pg_url" && "${LIQAAT_SKIP_PG:-0}" != 1 ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    step "starting PostgreSQL on 127.0.0.1"
    pg_url=$(bash scripts/pg-local.sh)
  else
    echo "PostgreSQL pass needs root to start Debian's server, or LIQAAT_TEST_PG_URL; set LIQAAT_SKIP_PG=1 to skip it" >&2
    exit 1
  fi
fi

step "prisma generate";  npm run --silent db:generate >/dev/null
step "lint";             npm run --silent lint
step "typecheck";        npm run --silent typecheck
step "db:check (schemas vs migrations, SQLite)"
rm -f data/check.db
DATABASE_URL="file:./data/check.db" npm run --silent db:check
if [[ -n "$pg_url" ]]; then
  step "db:check (PostgreSQL)"
  DATABASE_URL="$pg_url" node scripts/db-migrate.mjs diff
fi
step "unit tests (SQLite)"; npm run --silent test:unit
step "build";               npm run --silent build
step "e2e (Playwright, Chromium, SQLite)"; npm run --silent test:e2e

if [[ -n "$pg_url" ]]; then
  step "unit tests (PostgreSQL)"
  TEST_DATABASE_URL="$pg_url" npm run --silent test:unit
  step "e2e (Playwright, Chromium, PostgreSQL)"
  E2E_DATABASE_URL="$pg_url" npm run --silent test:e2e
fi
echo; echo "== all tests passed"
