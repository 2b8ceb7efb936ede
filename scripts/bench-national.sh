#!/usr/bin/env bash
# The ministry's figures for `make bench`, on a generated PostgreSQL database of 10 million values
# (`vedich generate`, made only when absent: it takes minutes): the national summary in-process
# beside a bare SELECT … GROUP BY over the same rows (first read, kept, right after a write), then
# wrk throughput of the national pages and API beside the trivial route of the same server.
# Ratios of one run, never a pass/fail threshold.
# Usage: scripts/bench-national.sh VEDICH_BINARY BENCH_BINARY
set -euo pipefail
binary=${1:-.build/release/vedich}
bench=${2:-$(dirname "$binary")/vedich-bench}
observations=${BENCH_OBSERVATIONS:-10000000}
provinces=${BENCH_PROVINCES:-34}
year=${BENCH_YEAR:-2024}
port=${BENCH_NATIONAL_PORT:-8182}

# The machine's cluster, with a database of its own for the benchmark (kept between runs).
bash "$(dirname "$0")/postgres.sh" >/dev/null
q() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }
q -c "SELECT 1 FROM pg_database WHERE datname='vedich_bench'" | grep -q 1 || q -c "CREATE DATABASE vedich_bench OWNER vedich"
url=${BENCH_POSTGRES_URL:-postgres://vedich:vedich@127.0.0.1:5432/vedich_bench}

have=$(psql "$url" -qAt -c "SELECT count(*) FROM observations" 2>/dev/null || echo 0)
if [ "${have:-0}" -lt "$observations" ]; then
  if [ "${have:-0}" -gt 0 ]; then
    echo "national: cơ sở dữ liệu đo có $have giá trị, cần $observations: tạo lại" >&2
    q -c "DROP DATABASE vedich_bench" && q -c "CREATE DATABASE vedich_bench OWNER vedich"
  fi
  start=$(date +%s)
  DATABASE_URL=$url "$binary" generate --provinces "$provinces" --observations "$observations" --seed 2024
  echo "national: sinh $observations giá trị cho $provinces tỉnh: $(( $(date +%s) - start )) s"
  psql "$url" -qAt -c "ANALYZE" >/dev/null
fi

# BENCH_NATIONAL_HTTP_ONLY=1: the HTTP figures alone (the in-process ones read every plan afresh seven times).
[ "${BENCH_NATIONAL_HTTP_ONLY:-}" = 1 ] || "$bench" national "$url" "$year"

# Over HTTP: a ministry viewer's API key, made once per run.
login="bench-bo-$RANDOM$RANDOM"
echo "bench-$RANDOM-$RANDOM-password" | DATABASE_URL=$url "$binary" user add "$login" --role viewer --name "Đo hiệu năng (Bộ)" --password-stdin >/dev/null
token=$(DATABASE_URL=$url "$binary" user token "$login" --label bench --days 1 | tail -n 1)
auth=(-H "Authorization: Bearer $token")
DATABASE_URL=$url "$binary" serve --hostname 127.0.0.1 --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
# The first request of the server: every province's plan read and judged.
ms() { echo "$1 * 1000" | bc -l; }
first=$(curl -fs "${auth[@]}" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/api/v1/national/summary?year=$year&version=uoc_ca_nam")
printf 'national http: %-58s %8.0f ms (lần đầu sau khi khởi động máy chủ)\n' "/api/v1/national/summary" "$(ms "$first")"
summary_page=$(curl -fs "${auth[@]}" "http://127.0.0.1:$port/national?year=$year")
code=$(grep -o 'href="/national/indicators/[^"?]*' <<<"$summary_page" | sed -n 1p | sed 's#.*/##')
province=$(grep -o 'href="/national/provinces/[^"?]*' <<<"$summary_page" | sed -n 1p | sed 's#.*/##')
agency=""
[ -z "$province" ] || agency=$(curl -fs "${auth[@]}" "http://127.0.0.1:$port/national/provinces/$province?year=$year" \
  | grep -o "href=\"/national/provinces/$province/agencies/[^\"?]*" | sed -n 1p | sed 's#.*/##')
# The drill-down's last step: the indicator's own page (a province page, linked from the agency's).
indicator=""
[ -z "$agency" ] || indicator=$(curl -fs "${auth[@]}" "http://127.0.0.1:$port/national/provinces/$province/agencies/$agency?year=$year" \
  | grep -o 'href="/indicators/[^"?]*' | sed -n 1p | sed 's#.*/##')

# Each ministry route: its first request (made and kept), then wrk beside the trivial route. wrk
# asks as browsers and HTTP libraries do (Accept-Encoding: gzip); the largest answer, the reporting
# status in JSON, is also measured plain.
rate() { wrk -t2 -c16 -d5s "$@" | awk '/Requests\/sec/ {print $2}'; }
gzip=(-H "Accept-Encoding: gzip")
trivial=$(rate "http://127.0.0.1:$port/api/v1/health")
printf 'national http: %-58s %8.0f yêu cầu/s\n' "/api/v1/health (route tầm thường)" "$trivial"
for path in "/api/v1/national/summary?year=$year&version=uoc_ca_nam" "/national?year=$year" \
            ${code:+"/api/v1/national/indicators/$code?year=$year" "/national/indicators/$code?year=$year"} \
            "/api/v1/national/status?year=$year" "/national/status?year=$year" \
            ${province:+"/national/provinces/$province?year=$year"} \
            ${agency:+"/national/provinces/$province/agencies/$agency?year=$year"} ${indicator:+"/indicators/$indicator"}; do
  first=$(curl -fs "${auth[@]}" -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$path" || echo 0)
  r=$(rate "${auth[@]}" "${gzip[@]}" "http://127.0.0.1:$port$path")
  label=$(sed -E 's#[0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}#{id}#g' <<<"$path")
  printf 'national http: %-58s %8.0f yêu cầu/s  tỷ lệ %.3f (mục tiêu ≥ 0,30)  lần đầu %6.0f ms\n' \
    "$label" "${r:-0}" "$(echo "${r:-0} / $trivial" | bc -l)" "$(ms "$first")"
done
path="/api/v1/national/status?year=$year"
bytes=$(curl -fs "${auth[@]}" -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port$path")
r=$(rate "${auth[@]}" "http://127.0.0.1:$port$path")
printf 'national http: %-58s %8.0f yêu cầu/s  tỷ lệ %.3f (không nén: %s byte mỗi câu trả lời)\n' \
  "$path" "${r:-0}" "$(echo "${r:-0} / $trivial" | bc -l)" "$bytes"
