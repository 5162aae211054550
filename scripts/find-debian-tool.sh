#!/usr/bin/env bash
# Shared by scripts/find-chromium.sh, scripts/find-nginx.sh and scripts/find-office.sh: prints the first candidate that
# is an executable file, or installs the Debian packages (when apt-get exists and we are root) and prints where they
# put the binary.
# Usage: find-debian-tool.sh [--no-install-recommends] <label> <packages> <installed binary> <candidate>...
# <packages> is one package, or several separated by spaces that make up one tool and are installed together.
# Exits 1 when there is none.
set -euo pipefail
apt_options=()
if [ "${1:-}" = "--no-install-recommends" ]; then
  apt_options+=(--no-install-recommends)
  shift
fi
label="$1" packages="$2" installed="$3"
shift 3

for candidate in "$@"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "$label mangler: installerer Debians pakke(r) $packages med apt-get ..." >&2
  apt-get update -qq >&2
  # shellcheck disable=SC2086 # several packages, separated by spaces
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_options[@]}" $packages >&2
  if [ -x "$installed" ]; then
    echo "$installed"
    exit 0
  fi
fi
exit 1
