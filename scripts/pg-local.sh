#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1 and makes a role + database for liqaat. Idempotent.
# Prints the DATABASE_URL to use. Needs root (CI, fresh machines); installs postgresql if missing.
set -euo pipefail
if [[ "$(id -u)" != 0 ]]; then echo "pg-local.sh needs root" >&2; exit 1; fi
if ! command -v pg_ctlcluster >/dev/null || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
ver=$(ls /etc/postgresql | sort -n | tail -1)
conf="/etc/postgresql/$ver/main/postgresql.conf"
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >> "$conf"
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || pg_ctlcluster "$ver" main status >/dev/null
for _ in $(seq 1 30); do su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
psql_() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
[[ "$(psql_ "SELECT 1 FROM pg_roles WHERE rolname='liqaat'")" == 1 ]] || psql_ "CREATE ROLE liqaat LOGIN PASSWORD 'liqaat' CREATEDB" >&2
[[ "$(psql_ "SELECT 1 FROM pg_database WHERE datname='liqaat'")" == 1 ]] || psql_ "CREATE DATABASE liqaat OWNER liqaat" >&2
echo "postgresql://liqaat:liqaat@127.0.0.1:5432/liqaat"
