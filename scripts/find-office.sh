#!/usr/bin/env bash
# Prints the path of LibreOffice (soffice) for the tests that open every generated file in real clients, after making
# sure poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and qpdf are there too. Each tool is found, or installed from
# Debian when we may (root with apt-get), by scripts/find-debian-tool.sh as for Chromium and nginx; otherwise says how.
set -euo pipefail

PACKAGES="libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils qpdf"
finder="$(dirname "$0")/find-debian-tool.sh"
# Without recommends: LibreOffice's would bring more than the headless conversions need.
find_tool() { bash "$finder" --no-install-recommends "$@"; }
on_path() { command -v "$1" 2>/dev/null || true; }

missing=0
soffice="$(find_tool LibreOffice "libreoffice-writer-nogui libreoffice-calc-nogui" /usr/bin/soffice \
  "${SOFFICE_PATH:-}" /usr/bin/soffice /usr/lib/libreoffice/program/soffice /opt/libreoffice/program/soffice)" || missing=1
# The tests call poppler's and qpdf's programs by name, so they must be on PATH.
for tool in pdfinfo pdffonts pdftotext pdftoppm; do
  find_tool poppler poppler-utils "/usr/bin/$tool" "$(on_path "$tool")" >/dev/null || { missing=1; break; }
done
find_tool qpdf qpdf /usr/bin/qpdf "$(on_path qpdf)" >/dev/null || missing=1

if [ "$missing" = 0 ]; then
  echo "$soffice"
  exit 0
fi

cat >&2 <<MSG
LibreOffice (writer and calc), poppler or qpdf was not found, and could not be installed automatically.
The tests open every generated document in these real clients. Install them with
    sudo apt-get update && sudo apt-get install -y --no-install-recommends $PACKAGES
or point SOFFICE_PATH at a LibreOffice soffice binary, then run the tests again.
MSG
exit 1
