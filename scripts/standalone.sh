#!/usr/bin/env bash
# Completes .next/standalone after `npm run build`: the static files, the content folder, the CSP manifest and the
# MDX cache, so `node .next/standalone/server.js` serves the whole site from that one folder (docs/deploy.md).
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
