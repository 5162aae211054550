# Sourced by serve.sh, verify.sh and e2e.sh. A build made to run on this machine (a preview, the tests) gets
# SITE_URL=http://HOST:PORT unless SITE_URL is set, and is allowed a loopback address. A deployment sets SITE_URL to
# the public address instead (docs/deploy.md): next.config.mjs refuses a production build without one.
local_site_url() { # usage: local_site_url HOST PORT
  if [ -z "${SITE_URL:-}" ]; then
    export SITE_URL="http://$1:$2"
    echo "SITE_URL is not set: building for this machine, so pages and documents link to $SITE_URL." >&2
  fi
  case "$SITE_URL" in
    http://localhost* | http://127.* | "http://[::1]"*) export ALLOW_LOCAL_SITE_URL=1 ;;
  esac
}
