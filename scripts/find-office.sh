#!/usr/bin/env bash
# Prints the path of LibreOffice (soffice) for the tests that open every generated file in real clients, after making
# sure poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and qpdf are there too. Installs Debian's packages when one is
# missing and we may (root with apt-get), as scripts/find-chromium.sh does for the browser; otherwise says how.
set -euo pipefail

PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils qpdf"

find_soffice() {
  for candidate in "${SOFFICE_PATH:-}" /usr/bin/soffice /usr/lib/libreoffice/program/soffice /opt/libreoffice/program/soffice; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

have_all() {
  find_soffice >/dev/null && command -v pdfinfo >/dev/null && command -v pdffonts >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v qpdf >/dev/null
}

if ! have_all && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "LibreOffice, poppler eller qpdf mangler: installerer Debians pakker ($PACKAGES) med apt-get ..." >&2
  apt-get update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >&2
fi

if have_all; then
  find_soffice
  exit 0
fi

cat >&2 <<MSG
LibreOffice (writer and calc), poppler or qpdf was not found, and could not be installed automatically.
The tests open every generated document in these real clients. Install them with
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $PACKAGES
or point SOFFICE_PATH at a LibreOffice soffice binary, then run the tests again.
MSG
exit 1
