#!/usr/bin/env bash
# schemathesis (PyPI) against the server's own /api/openapi.json, as a logged-in planning officer
# (bearer token), on a fresh SQLite database holding the Lạng Sơn demo: no answer may be a 5xx or
# break the documented schema. Usage: scripts/api-fuzz.sh [EXAMPLES_PER_OPERATION] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
binary=.build/debug/vedich
examples=${1:-100}
seed=${2:-20261125}
port=${VEDICH_FUZZ_PORT:-18181}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

export VEDICH_DATA=$data
"$binary" import Tests/VeDichImportTests/Fixtures/lang-son-2025.txt --province "Lạng Sơn" >/dev/null 2>&1
"$binary" demo --province "Lạng Sơn" >/dev/null
token=$("$binary" user token bientap --label schemathesis --days 1)
"$binary" serve --port "$port" >"$data/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done

mkdir -p test-output
status=0
.venv/bin/schemathesis run "http://127.0.0.1:$port/api/openapi.json" --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,response_schema_conformance,content_type_conformance,status_code_conformance \
  --max-examples "$examples" --seed "$seed" --no-color \
  --report junit --report-junit-path test-output/schemathesis.xml || status=$?
if grep -q "internal_error" "$data/server.log"; then echo "api-fuzz: máy chủ ghi lỗi nội bộ:"; grep -m5 -B2 "internal_error\|error" "$data/server.log"; fi
exit $status
