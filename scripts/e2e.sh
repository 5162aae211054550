#!/usr/bin/env bash
# Runs the Playwright tests against the standalone server behind its guard, and through nginx with the
# production recipe, on a finished production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
NGINX_PATH="$(bash scripts/find-nginx.sh)"
export CHROMIUM_PATH NGINX_PATH
if [ ! -f .next/BUILD_ID ] || [ ! -f .next/csp-hashes.json ] || [ ! -f .next/standalone/server.js ]; then
  echo "No production build found: building first." >&2
  source scripts/local-site.sh
  local_site_url 127.0.0.1 "${E2E_PORT:-3100}"
  npm run build
fi
exec npx playwright test "$@"
