#!/usr/bin/env bash
# `npm test`: unit, integration and browser tests. Integration tests also run against a
# PostgreSQL server when TEST_DATABASE_URL is set (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium not found: installing Debian's chromium package…"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "Chromium is missing: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then run npm test again." >&2
    exit 1
  fi
fi

npx prisma generate >/dev/null
rm -rf .next/types .next/dev/types  # stale route types from an older build would fail the check
npx tsc --noEmit
npx vitest run --project unit --project integration
npm run build
npx playwright test
