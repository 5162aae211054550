#!/usr/bin/env bash
# Runs the unit tests and a production build on Node.js 24, the LTS line, beside the machine's own Node.js. The node@24
# binary comes from the npm registry through npx, so it is never a dependency of the project; the build goes to its own
# folder so it cannot replace the build the end-to-end tests ran against.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
LTS="${NODE_LTS:-24}"
if ! npx --yes -p "node@$LTS" node --version >/dev/null 2>&1; then
  echo "Node.js $LTS kunne ikke hentes fra npm-registret (npx -p node@$LTS). Tjek netværket til registry.npmjs.org, eller sæt NODE_LTS." >&2
  exit 1
fi
npx --yes -p "node@$LTS" -c '
  set -e
  echo "Node.js $(node --version)"
  node node_modules/vitest/vitest.mjs run
  NEXT_DIST_DIR=.next-node-lts npm run build
'
