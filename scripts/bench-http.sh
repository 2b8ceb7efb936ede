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

"$binary" serve --port "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
plan=$(curl -fs "http://127.0.0.1:$port/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

rate() { wrk -t2 -c16 -d5s "$1" | awk '/Requests\/sec/ {print $2}'; }
trivial=$(rate "http://127.0.0.1:$port/api/v1/health")
evaluation=$(rate "http://127.0.0.1:$port/api/v1/plans/$plan/evaluation")
printf 'http: /api/v1/health            %10.0f yêu cầu/s\n' "$trivial"
printf 'http: /plans/{id}/evaluation    %10.0f yêu cầu/s\n' "$evaluation"
printf 'http: tỷ lệ đánh giá / route tầm thường: %.3f\n' "$(echo "$evaluation / $trivial" | bc -l)"
