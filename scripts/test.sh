#!/usr/bin/env bash
# The one test command (npm test): static checks, unit tests, production build, browser tests.
# Installs Debian's Chromium when it is missing and we are allowed to (root).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [[ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    echo "== installing Debian chromium"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi

step() { echo; echo "== $*"; }
step "prisma generate";  npm run --silent db:generate >/dev/null
step "lint";             npm run --silent lint
step "typecheck";        npm run --silent typecheck
step "db:check (schema vs migrations)"
DATABASE_URL="file:./data/check.db" npm run --silent db:check
step "unit tests";       npm run --silent test:unit
step "build";            npm run --silent build
step "e2e (Playwright, Chromium)"; npm run --silent test:e2e
echo; echo "== all tests passed"
