#!/usr/bin/env bash
# Prints the path of an nginx for the end-to-end test of the production recipe (deploy/nginx.conf). Installs
# Debian's package when it is missing and we may, as scripts/find-chromium.sh does for Chromium.
set -euo pipefail
cd "$(dirname "$0")"

bash find-debian-tool.sh nginx nginx-light /usr/sbin/nginx "${NGINX_PATH:-}" /usr/sbin/nginx /usr/bin/nginx "$(command -v nginx 2>/dev/null || true)" && exit 0

cat >&2 <<'MSG'
nginx was not found, and it could not be installed automatically.
The end-to-end tests run the production recipe (deploy/nginx.conf) with Debian's nginx. Install it with
    sudo apt-get update && sudo apt-get install -y nginx-light
or point NGINX_PATH at an nginx binary, then run the tests again.
MSG
exit 1
