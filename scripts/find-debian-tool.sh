#!/usr/bin/env bash
# Shared by scripts/find-chromium.sh and scripts/find-nginx.sh: prints the first candidate that is an executable
# file, or installs the Debian package (when apt-get exists and we are root) and prints where it put the binary.
# Usage: find-debian-tool.sh <label> <package> <installed binary> <candidate>...   Exits 1 when there is none.
set -euo pipefail
label="$1" package="$2" installed="$3"
shift 3

for candidate in "$@"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "$label mangler: installerer Debians pakke '$package' (apt-get) ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >&2
  if [ -x "$installed" ]; then
    echo "$installed"
    exit 0
  fi
fi
exit 1
