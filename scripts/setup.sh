#!/usr/bin/env bash
# Installs everything Safeboard needs to run and be tested, from the lock files:
#   uv (into .tools/ when not on PATH) -> .venv (uv sync --frozen, dev group)
#   -> node_modules (npm ci) -> Pango, fonts and poppler (apt-get, when missing)
#   -> GOV.UK Frontend copied into static files.
# Safe to run again: each step is skipped or is a no-op when already done.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

step() { printf '==> %s\n' "$*"; }
die() {
    printf 'setup: %s\n' "$*" >&2
    exit 1
}

# --- uv ----------------------------------------------------------------------
find_python() {
    local candidate
    for candidate in python3.11 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

UV=""
# `command -v` can find a pyenv shim for a uv that the active Python lacks, so check it runs.
if command -v uv >/dev/null 2>&1 && uv --version >/dev/null 2>&1; then
    UV="$(command -v uv)"
elif [ -x .tools/bin/uv ] && .tools/bin/uv --version >/dev/null 2>&1; then
    UV="$ROOT/.tools/bin/uv"
else
    step "uv not found: installing it into .tools/"
    PYTHON="$(find_python)" || die "Python 3.11 is needed (python3.11 or python3 on PATH)"
    rm -rf .tools
    if ! "$PYTHON" -m venv .tools >/dev/null 2>&1; then
        # Debian splits venv/ensurepip out of its python3.11 package.
        [ "$(id -u)" -eq 0 ] || die "'$PYTHON -m venv' failed: install python3.11-venv"
        step "installing python3.11-venv (apt-get)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.11-venv >/dev/null
        rm -rf .tools
        "$PYTHON" -m venv .tools
    fi
    .tools/bin/python -m pip install --quiet --disable-pip-version-check uv
    UV="$ROOT/.tools/bin/uv"
fi
step "uv: $("$UV" --version)"

# --- Python environment --------------------------------------------------------
step "Python packages: uv sync --frozen (.venv)"
# Use the machine's Python 3.11: uv's own Python builds cannot be downloaded here.
export UV_PYTHON_DOWNLOADS="${UV_PYTHON_DOWNLOADS:-never}"
"$UV" sync --frozen --quiet

# --- front-end packages ----------------------------------------------------------
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ] ||
    [ ! -f node_modules/govuk-frontend/package.json ]; then
    if ! command -v npm >/dev/null 2>&1; then
        [ "$(id -u)" -eq 0 ] || die "npm is needed (Debian: apt-get install -y nodejs npm)"
        step "npm not found: installing nodejs and npm (apt-get)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    fi
    step "front-end packages: npm ci"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    touch node_modules
else
    step "front-end packages: node_modules is up to date"
fi

# --- the PDF report's system libraries ------------------------------------------------
step "PDF tools: Pango, fonts and poppler-utils"
scripts/ensure_pdf_tools.sh

# --- static files ----------------------------------------------------------------
step "GOV.UK Frontend: copying into static files"
.venv/bin/python scripts/copy_frontend.py

step "setup done"
