#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: the README's test command calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "Lockfiles"
# An install that rewrote a lockfile means the committed one is incomplete for some platform or out of date. The bench's
# own lockfile is resolved without installing its tools (they are installed only by npm run bench).
npm install --package-lock-only --ignore-scripts --no-audit --no-fund --prefix scripts/bench >/dev/null
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --exit-code --stat -- package-lock.json scripts/bench/package-lock.json; then
  echo "A lockfile differs from the committed file: an install changed it. Run npm install (and npm install --prefix scripts/bench), commit the lockfiles, and run again." >&2
  exit 1
fi

step "Typecheck"
npx tsc --noEmit
step "Lint"
npx eslint . --max-warnings=0
step "Workflows (actionlint)"
npx tsx scripts/lint-workflows.ts
step "Content check"
npx tsx scripts/content-check.ts
step "Unit tests"
# Some tests open every generated file in LibreOffice and poppler: find them, or install Debian's packages.
SOFFICE_PATH="$(bash scripts/find-office.sh)"
export SOFFICE_PATH
npx vitest run
step "Production build"
source scripts/local-site.sh
local_site_url 127.0.0.1 "${E2E_PORT:-3100}"
npm run build
step "End-to-end and accessibility tests"
bash scripts/e2e.sh
step "Node.js 24 (LTS): unit tests and a production build"
bash scripts/node-lts.sh
