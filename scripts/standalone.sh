#!/usr/bin/env bash
# Completes .next/standalone after `npm run build`: the static files, the content folder, the CSP manifest, the
# MDX cache and the guard, so `node .next/standalone/guard.mjs` serves the whole site from that one folder
# (docs/deploy.md).
set -euo pipefail
cd "$(dirname "$0")/.."
S=.next/standalone
test -f "$S/server.js" || { echo "No $S/server.js: run npm run build first (output: \"standalone\")." >&2; exit 1; }
if [ -d public ]; then rm -rf "$S/public" && cp -r public "$S/"; fi
rm -rf "$S/.next/static" "$S/content"
cp -r .next/static "$S/.next/"
cp .next/csp-hashes.json .next/csp-nginx.conf "$S/.next/"
cp -r content "$S/"
if [ -d node_modules/.cache/opi-guiden/mdx ]; then
  mkdir -p "$S/node_modules/.cache/opi-guiden"
  rm -rf "$S/node_modules/.cache/opi-guiden/mdx"
  cp -r node_modules/.cache/opi-guiden/mdx "$S/node_modules/.cache/opi-guiden/"
fi
# The guard in front of server.js (lib/guard), as one file, and the Danish pages nginx shows for its own errors.
npx esbuild lib/guard/main.ts --bundle --platform=node --target=node20 --format=esm --log-level=warning \
  --banner:js="import { createRequire } from 'node:module'; import { dirname as __guardDirname } from 'node:path'; import { fileURLToPath as __guardPath } from 'node:url'; const require = createRequire(import.meta.url); const __dirname = __guardDirname(__guardPath(import.meta.url));" \
  --outfile="$S/guard.mjs"
rm -rf "$S/error-pages"
node "$S/guard.mjs" --write-error-pages "$S/error-pages"
