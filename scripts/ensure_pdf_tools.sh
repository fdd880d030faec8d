#!/usr/bin/env bash
# Makes sure the operating system's parts of the PDF report are installed:
#   Pango (WeasyPrint lays out text with it), fonts (Liberation: the CSS's arial
#   fallback; DejaVu for symbols) and poppler-utils (pdftoppm and pdftotext, with
#   which the tests look at the PDF's pages). Quiet when they are.
set -euo pipefail

needed=(libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-liberation fonts-dejavu-core poppler-utils)
missing=()
for package in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
        missing+=("$package")
done

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure_pdf_tools: missing ${missing[*]}; install them as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "==> installing ${missing[*]} (apt-get)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
