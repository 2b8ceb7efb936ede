#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 cluster and makes the `vedich` role and `vedich_test`
# database the tests use. Idempotent: a second run only checks. Prints the URL on stdout and
# nothing else there: pg_ctlcluster talks on stdout ("Removed stale pid file.") and the caller
# captures stdout with $(…), so every other command writes to stderr.
set -euo pipefail

version=15
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "postgres.sh: PostgreSQL chưa được cài (chạy scripts/bootstrap.sh trước)" >&2
  exit 1
fi
pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >&2
pg_ctlcluster "$version" main status >/dev/null 2>&1 || pg_ctlcluster "$version" main start >&2
for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
pg_isready -q -h 127.0.0.1 -p 5432 || { echo "postgres.sh: PostgreSQL không khởi động được" >&2; exit 1; }

q() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
# The suite runs its persistence tests in parallel, each with a pool of its own on both engines, and
# a server under test keeps its own pool too: Debian's 100 connections were used up (53300 "remaining
# connection slots are reserved") when the suite ran beside a benchmark. Raised once; a restart applies it.
if [ "$(q -c "SHOW max_connections")" -lt 300 ]; then
  q -c "ALTER SYSTEM SET max_connections = 300" >&2
  pg_ctlcluster "$version" main restart >&2
  for _ in $(seq 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  pg_isready -q -h 127.0.0.1 -p 5432 || { echo "postgres.sh: PostgreSQL không khởi động lại được" >&2; exit 1; }
fi
q -c "SELECT 1 FROM pg_roles WHERE rolname='vedich'" | grep -q 1 || q -c "CREATE ROLE vedich LOGIN PASSWORD 'vedich'"
q -c "SELECT 1 FROM pg_database WHERE datname='vedich_test'" | grep -q 1 || q -c "CREATE DATABASE vedich_test OWNER vedich"
echo "postgres://vedich:vedich@127.0.0.1:5432/vedich_test"
