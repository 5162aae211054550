#!/usr/bin/env bash
# Prints the path of a Chromium for the e2e tests. Installs Debian's package when it is missing and we may.
# Playwright cannot download its own browser on these machines, so we use the system one.
set -euo pipefail
cd "$(dirname "$0")"

bash find-debian-tool.sh Chromium chromium /usr/bin/chromium "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /snap/bin/chromium && exit 0

cat >&2 <<'MSG'
Chromium was not found, and it could not be installed automatically.
The end-to-end tests need Debian's Chromium. Install it with
    sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.
MSG
exit 1
