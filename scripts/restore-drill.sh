#!/usr/bin/env bash
# Restore drill: proves a backup of `vedich backup` restores, into a scratch database, never the
# live one. Prints what came back (row counts per table) and the plans; exit 0 only if both worked.
#   scripts/restore-drill.sh [BACKUP]       newest /var/backups/vedich/vedich-*.backup by default
# SQLite backups restore into a temporary folder. PostgreSQL backups need a scratch database the
# drill may overwrite: VEDICH_DRILL_DATABASE_URL=postgres://…/vedich_drill (never the live one).
# VEDICH_BIN: the vedich binary (default /opt/vedich/bin/vedich, else .build/release/vedich).
set -euo pipefail

backups=${VEDICH_BACKUPS:-/var/backups/vedich}
backup=${1:-$(ls -1t "$backups"/vedich-*.backup 2>/dev/null | head -1 || true)}
if [[ -z "$backup" || ! -f "$backup" ]]; then
  echo "restore-drill: không tìm thấy bản sao lưu (${1:-$backups/vedich-*.backup})" >&2
  exit 2
fi
vedich=${VEDICH_BIN:-/opt/vedich/bin/vedich}
[[ -x "$vedich" ]] || vedich=.build/release/vedich
[[ -x "$vedich" ]] || { echo "restore-drill: không có chương trình vedich (đặt VEDICH_BIN)" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if [[ "$(head -c 5 "$backup")" == "PGDMP" ]]; then
  url=${VEDICH_DRILL_DATABASE_URL:?"restore-drill: bản sao lưu PostgreSQL cần VEDICH_DRILL_DATABASE_URL (một cơ sở dữ liệu nháp, không phải cơ sở dữ liệu đang dùng)"}
  if [[ "$url" == "${DATABASE_URL:-}" ]]; then
    echo "restore-drill: VEDICH_DRILL_DATABASE_URL trùng DATABASE_URL; diễn tập chỉ khôi phục vào cơ sở dữ liệu nháp" >&2
    exit 2
  fi
  run() { env -u VEDICH_DATA DATABASE_URL="$url" VEDICH_DATA="$scratch" "$vedich" "$@"; }
else
  run() { env -u DATABASE_URL VEDICH_DATA="$scratch" "$vedich" "$@"; }
fi

started=$(date +%s)
run plans >/dev/null          # creates and migrates the scratch database the restore replaces
run restore "$backup"
run plans
echo "restore-drill: khôi phục $backup thành công trong $(( $(date +%s) - started )) giây."
