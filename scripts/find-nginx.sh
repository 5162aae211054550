#!/usr/bin/env bash
# Prints the path of an nginx for the end-to-end test of the production recipe (deploy/nginx.conf). Installs
# Debian's package when it is missing and we may, as scripts/find-chromium.sh does for Chromium.
set -euo pipefail

for candidate in "${NGINX_PATH:-}" /usr/sbin/nginx /usr/bin/nginx "$(command -v nginx 2>/dev/null || true)"; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "nginx mangler: installerer Debians pakke 'nginx-light' (apt-get) ..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >&2
  if [ -x /usr/sbin/nginx ]; then
    echo /usr/sbin/nginx
    exit 0
  fi
fi

cat >&2 <<'MSG'
nginx was not found, and it could not be installed automatically.
The end-to-end tests run the production recipe (deploy/nginx.conf) with Debian's nginx. Install it with
    sudo apt-get update && sudo apt-get install -y nginx-light
or point NGINX_PATH at an nginx binary, then run the tests again.
MSG
exit 1
