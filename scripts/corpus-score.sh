#!/usr/bin/env bash
# Scores the reader on the public corpus of real reports (Tests/VeDichImportTests/Fixtures/wild):
# builds the tests, audits every document (text; DOCX and PDF made with LibreOffice where a layout
# exists) and prints, per document and per set (dev, heldout), numbered rows read right, prose claims
# extracted and false errors. The dev set also fails the run if it falls below its recorded floor.
# Usage: scripts/corpus-score.sh   (extra arguments go to `swift test`)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-output
if ! log=$(swift build --build-tests 2>&1); then
  echo "$log" | grep -E "error" >&2
  exit 1
fi
rm -f test-output/wild-corpus/dev.txt test-output/wild-corpus/heldout.txt
status=0
swift test --skip-build --filter WildCorpusTests "$@" > test-output/wild-corpus.log 2>&1 || status=$?
# The tables the tests wrote, then the verdict of each test (and why a floor failed).
cat test-output/wild-corpus/dev.txt test-output/wild-corpus/heldout.txt 2>/dev/null || true
grep -E "^(✔|✘|↳ [^/])" test-output/wild-corpus.log | grep -v "Testing Library\|Target Platform" || true
exit "$status"
