#!/usr/bin/env bash
# npm run bench: installs the bench's own tools (scripts/bench/package.json) on first use and whenever their lockfile
# changed, then runs the bench from the project root with the arguments given.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
stamp="$bench/node_modules/.installed-from-lockfile"
lock_hash="$(sha256sum "$bench/package-lock.json" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "Installerer benchmarkens egne værktøjer (autocannon, Lighthouse) i scripts/bench/node_modules …"
  npm ci --prefix "$bench" --no-audit --no-fund
  echo "$lock_hash" > "$stamp"
fi
cd "$bench/../.."
exec npx tsx scripts/bench/index.ts "$@"
