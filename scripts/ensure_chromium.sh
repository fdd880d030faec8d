#!/usr/bin/env bash
# Makes sure Debian's Chromium (driven by Playwright in the browser tests) and the
# Liberation fonts (the CSS's fallback for arial) are installed. Quiet when they are.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-liberation 2>/dev/null | grep -q 'install ok installed' ||
    missing+=(fonts-liberation)

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure_chromium: missing ${missing[*]}; install them as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "==> installing ${missing[*]} (apt-get)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    chromium fonts-liberation >/dev/null
[ -x /usr/bin/chromium ] || {
    echo "ensure_chromium: /usr/bin/chromium still missing after apt-get install" >&2
    exit 1
}
echo "==> $(/usr/bin/chromium --version 2>/dev/null || echo chromium installed)"
