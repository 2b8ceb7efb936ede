#!/usr/bin/env bash
# HTTP figures for `make bench`, measured in one run on loopback: the seed's import time, and wrk
# throughput of the plan-evaluation endpoint beside a trivial route of the same server (a ratio,
# never a pass/fail threshold). Usage: scripts/bench-http.sh BINARY SEED
set -euo pipefail
binary=${1:-.build/release/vedich}
seed=${2:-Tests/VeDichImportTests/Fixtures/lang-son-2025.txt}
port=${BENCH_PORT:-8181}
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT

export VEDICH_DATA=$data
start=$(date +%s.%N)
"$binary" import "$seed" --province "Lạng Sơn" >/dev/null 2>&1
end=$(date +%s.%N)
printf 'http: nhập báo cáo mẫu vào SQLite mới: %.2f s (gồm khởi động và tạo bảng)\n' "$(echo "$end - $start" | bc)"

VEDICH_COUNT_QUERIES=1 "$binary" serve --port "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
plan=$(curl -fs "http://127.0.0.1:$port/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

rate() { wrk -t2 -c16 -d5s "$1" | awk '/Requests\/sec/ {print $2}'; }
queries() { curl -fs -o /dev/null -D - "$1" | awk -F': ' 'tolower($1) == "x-vedich-queries" {print $2+0}'; }
trivial=$(rate "http://127.0.0.1:$port/api/v1/health")
printf 'http: %-34s %10.0f yêu cầu/s\n' "/api/v1/health (route tầm thường)" "$trivial"
for path in "/api/v1/plans/$plan/evaluation" "/plans/$plan" "/plans/$plan/table" "/plans/$plan/entry"; do
  url="http://127.0.0.1:$port$path"
  label=${path/$plan/ID}
  r=$(rate "$url")
  printf 'http: %-34s %10.0f yêu cầu/s  tỷ lệ %.3f  %s truy vấn SQL\n' "$label" "$r" "$(echo "$r / $trivial" | bc -l)" "$(queries "$url")"
done
