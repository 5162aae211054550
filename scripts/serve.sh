#!/usr/bin/env bash
# Builds the site and serves it on http://localhost:3000 (PORT overrides the port) with the standalone server
# behind its guard, the same artifact and command docs/deploy.md deploys.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/local-site.sh
local_site_url localhost "${PORT:-3000}"
npx tsx scripts/content-check.ts
npm run build
bash scripts/standalone.sh
cd .next/standalone
PORT="${PORT:-3000}" HOSTNAME="${HOSTNAME_BIND:-0.0.0.0}" exec node guard.mjs
