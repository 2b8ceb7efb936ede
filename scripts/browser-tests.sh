#!/usr/bin/env bash
# The browser tests: a real VeDich server on a fresh SQLite database with the Lạng Sơn demo, and
# Debian's chromium driven by Selenium (pytest in .venv). Screenshots: test-output/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/debug/vedich
port=${VEDICH_BROWSER_PORT:-18080}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

export VEDICH_DATA=$data
"$binary" import Tests/VeDichImportTests/Fixtures/lang-son-2025.txt --province "Lạng Sơn" >/dev/null 2>&1
# One account per role; the tests read their passwords from the file the demo writes.
"$binary" demo --province "Lạng Sơn" >/dev/null
export VEDICH_DEMO_ACCOUNTS=$data/demo-accounts.txt
"$binary" serve --port "$port" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
rm -rf test-output/screenshots
VEDICH_BASE_URL="http://127.0.0.1:$port" .venv/bin/python -m pytest -q -p no:cacheprovider Tests/Browser "$@"
