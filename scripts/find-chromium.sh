#!/usr/bin/env bash
# Prints the path of a Chromium for the e2e tests. Installs Debian's package when it is missing and we may.
# Playwright cannot download its own browser on these machines, so we use the system one.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Chromium mangler: installerer Debians pakke 'chromium' (apt-get) ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  if [ -x /usr/bin/chromium ]; then
    echo /usr/bin/chromium
    exit 0
  fi
fi

cat >&2 <<'MSG'
Chromium was not found, and it could not be installed automatically.
The end-to-end tests need Debian's Chromium. Install it with
    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.
MSG
exit 1
