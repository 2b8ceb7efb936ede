#!/usr/bin/env bash
# HTTP figures for `make bench`, measured in one run on loopback: the seed's import time, and wrk
# throughput of the plan-evaluation endpoint and the plan pages beside a trivial route of the same
# server (a ratio, never a pass/fail threshold), with the SQL queries each request ran. Pages are
# served from a kept plan snapshot while the data does not change; what a request costs right after
# a write is measured in-process by `vedich-bench evaluation`, printed last beside the same trivial
# route: the plan read afresh (an import), and the kept snapshot brought forward after a saved value. Usage: scripts/bench-http.sh BINARY SEED
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

# Every data route wants a signed-in caller: an API key of an administrator made for this run.
auth=()
if "$binary" user --help >/dev/null 2>&1; then
  echo "bench-$RANDOM-$RANDOM-password" | "$binary" user add bench --role admin --name "Đo hiệu năng" --password-stdin >/dev/null
  token=$("$binary" user token bench --label bench --days 1 | tail -n 1)
  auth=(-H "Authorization: Bearer $token")
fi

VEDICH_COUNT_QUERIES=1 "$binary" serve --port "$port" >/dev/null 2>&1 &
server=$!
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.1; done
plan=$(curl -fs "${auth[@]}" "http://127.0.0.1:$port/api/v1/plans" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')

# The trivial route is asked as a load balancer would, without the key; every other with it.
rate() { wrk -t2 -c16 -d5s "$@" | awk '/Requests\/sec/ {print $2}'; }
queries() { curl -fs "${auth[@]}" -o /dev/null -D - "$1" | awk -F': ' 'tolower($1) == "x-vedich-queries" {print $2+0}'; }
evaluation="http://127.0.0.1:$port/api/v1/plans/$plan/evaluation"
cold_queries=$(queries "$evaluation")
trivial=$(rate "http://127.0.0.1:$port/api/v1/health")
printf 'http: %-34s %10.0f yêu cầu/s\n' "/api/v1/health (route tầm thường)" "$trivial"
# The same route with the key: what finding who asks costs every request, pages or not.
if [ ${#auth[@]} -gt 0 ]; then
  signed=$(rate "${auth[@]}" "http://127.0.0.1:$port/api/v1/health")
  printf 'http: %-34s %10.0f yêu cầu/s  tỷ lệ %.3f  %s truy vấn SQL\n' "/api/v1/health có khóa API" "$signed" "$(echo "$signed / $trivial" | bc -l)" "$(queries "http://127.0.0.1:$port/api/v1/health")"
fi
for path in "/api/v1/plans/$plan/evaluation" "/plans/$plan" "/plans/$plan/table" "/plans/$plan/entry"; do
  url="http://127.0.0.1:$port$path"
  label=${path/$plan/ID}
  r=$(rate "${auth[@]}" "$url")
  printf 'http: %-34s %10.0f yêu cầu/s  tỷ lệ %.3f  %s truy vấn SQL\n' "$label" "$r" "$(echo "$r / $trivial" | bc -l)" "$(queries "$url")"
done
printf 'http: %-34s %10s            %s truy vấn SQL (lần đọc đầu, chưa có bản chụp)\n' "/api/v1/plans/ID/evaluation" "" "$cold_queries"
# A page right after a write, over HTTP: one connection saves a value then reads the dashboard;
# wrk cannot time only the read, so the trivial route is timed the same way beside it.
if [ -n "${token:-}" ]; then
  read -r _ page_ms trivial_ms ratio < <(python3 "$(dirname "$0")/bench-after-write.py" "$port" "$plan" "$token" 300)
  printf 'http: %-34s %10.0f yêu cầu/s  tỷ lệ %.3f  (một kết nối, đọc ngay sau mỗi lần lưu; /api/v1/health đo cùng cách: %.0f yêu cầu/s)\n' \
    "/plans/ID ngay sau một lần ghi" "$(echo "1000 / $page_ms" | bc -l)" "$ratio" "$(echo "1000 / $trivial_ms" | bc -l)"
fi
bench=$(dirname "$binary")/vedich-bench
if [ -x "$bench" ]; then
  figures=$("$bench" evaluation "$seed")
  cold=$(echo "$figures" | awk '/^  đọc mới/ {print $(NF-3)}')
  after=$(echo "$figures" | awk '/^  ngay sau một lần ghi/ {print $(NF-3)}')
  printf 'http: %-34s %10.0f lần/s     tỷ lệ %.3f  (trong tiến trình, không HTTP: vedich-bench evaluation)\n' "đánh giá đọc lại toàn bộ" "$cold" "$(echo "$cold / $trivial" | bc -l)"
  printf 'http: %-34s %10.0f lần/s     tỷ lệ %.3f  (chỉ đọc lại chỉ tiêu vừa ghi; trong tiến trình)\n' "đánh giá ngay sau một lần ghi" "$after" "$(echo "$after / $trivial" | bc -l)"
fi
