#!/usr/bin/env bash
# Every check and test, in the order that fails fastest: the README's test command calls this.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "Lockfile"
# An install that rewrote package-lock.json means the committed lockfile is incomplete for some platform or out of date.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --exit-code --stat -- package-lock.json; then
  echo "package-lock.json differs from the committed file: an install changed it. Run npm install, commit the lockfile, and run again." >&2
  exit 1
fi

step "Typecheck"
npx tsc --noEmit
step "Lint"
npx eslint . --max-warnings=0
step "Content check"
npx tsx scripts/content-check.ts
step "Unit tests"
npx vitest run
step "Production build"
npm run build
step "End-to-end and accessibility tests"
bash scripts/e2e.sh
