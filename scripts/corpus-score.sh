#!/usr/bin/env bash
# Scores the reader on the public corpus of real reports (Tests/VeDichImportTests/Fixtures/wild):
# builds the tests, audits every document (text; DOCX and PDF made with LibreOffice where a layout
# exists) and prints, per document and per set (dev, heldout), numbered rows read right, prose claims
# extracted and false errors. The dev set also fails the run if it falls below its recorded floor.
# Usage: scripts/corpus-score.sh   (extra arguments go to `swift test`)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! log=$(swift build --build-tests 2>&1); then
  echo "$log" | grep -E "error" >&2
  exit 1
fi
swift test --skip-build --filter WildCorpusTests "$@" 2>&1 \
  | grep -vE "^(\[[0-9]+/[0-9]+\]|Building|Build complete|Test Suite|Test Case|Executed)"
