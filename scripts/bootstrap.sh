#!/usr/bin/env bash
# Installs what VeDich needs on a fresh Debian machine. Idempotent: a second run checks and exits.
set -euo pipefail

# Debian packages the build, the tests and `make run` meet. Add to this list, never install by hand.
APT_PACKAGES=(
  libreoffice-writer-nogui   # tests open DOCX made by another producer, as offices send them
  fonts-liberation2          # metric-compatible Times New Roman for LibreOffice
  poppler-utils              # pdftotext / pdftoppm: read what LibreOffice rendered
  zip unzip
  libxlsxwriter-dev          # the XLSX annex of `vedich report` (system-library target CXLSXWriter)
  libreoffice-calc-nogui     # tests read the XLSX annex back as CSV
  pandoc                     # `make bench`: the DOCX writer beside pandoc on the same text
  postgresql                 # the second engine: every persistence test runs on SQLite and PostgreSQL
  sqlite3 libsqlite3-dev     # the embedded engine's tools (`vedich backup`, inspection)
  wrk                        # `make bench`: HTTP throughput on loopback
  nginx openssl              # the tests run `nginx -t` on deploy/nginx/vedich.conf with a self-signed certificate
  curl bc
  chromium chromium-driver   # the browser tests drive Debian's chromium headless
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "bootstrap: cài đặt gói Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Python tools the tests call: the OpenAPI document is checked by openapi-spec-validator.
if ! python3 -c "import openapi_spec_validator" >/dev/null 2>&1; then
  echo "bootstrap: cài đặt openapi-spec-validator (PyPI)"
  python3 -m pip install --quiet "openapi-spec-validator>=0.7"
fi

# Selenium for the browser tests (openpyxl fills in the downloaded workbook as an office would)
# and schemathesis for the API, in a virtual environment of the project (.venv, not committed).
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c "import selenium, pytest, schemathesis, openpyxl" >/dev/null 2>&1; then
  echo "bootstrap: cài đặt selenium, pytest, schemathesis và openpyxl vào .venv (PyPI)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet "selenium==4.*" "pytest==8.*" "schemathesis==4.*" "openpyxl==3.*"
fi
# aiosmtpd: the local SMTP sink the reminder tests send their e-mail digests to and read back.
if ! .venv/bin/python -c "import aiosmtpd" >/dev/null 2>&1; then
  echo "bootstrap: cài đặt aiosmtpd vào .venv (PyPI)"
  .venv/bin/pip install --quiet "aiosmtpd==1.*"
fi

if ! command -v swift >/dev/null 2>&1; then
  if [ -x /opt/swift/usr/bin/swift ]; then
    echo "bootstrap: swift có ở /opt/swift/usr/bin nhưng chưa nằm trong PATH" >&2
  else
    echo "bootstrap: không tìm thấy Swift 6 (cần swift trong PATH)" >&2
  fi
  exit 1
fi
