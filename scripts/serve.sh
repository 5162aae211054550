#!/usr/bin/env bash
# Builds the site and serves it on http://localhost:3000 (PORT overrides the port).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx tsx scripts/content-check.ts
npm run build
exec node node_modules/next/dist/bin/next start -p "${PORT:-3000}"
