#!/usr/bin/env bash
# Fails when a locked Python package has a known vulnerability (the `audit` stage of
# scripts/test.sh, so `make test` fails too).
#
# What it checks: every package pinned in uv.lock (all groups, every platform), with
# pip-audit against the OSV advisory database (PyPA's advisories and GitHub's), one
# query per name==version, no dependency resolution.
#
# Offline: each complete audit is recorded in $CACHE/last-audit.json (per name==version,
# with the date). When the advisory database cannot be reached, or answers for only some
# packages, the record stands in for it if it covers every locked package and is at
# most SAFEBOARD_AUDIT_MAX_AGE_DAYS old (default 7): the stage then passes with a
# warning, or fails on the vulnerabilities recorded. With no such record the stage warns
# that nothing was audited and passes, unless SAFEBOARD_AUDIT_REQUIRED=1 (release builds),
# where it fails. It never hangs: each connection times out (SAFEBOARD_AUDIT_TIMEOUT,
# default 10 s) and the whole run is cut off (SAFEBOARD_AUDIT_DEADLINE, default 300 s).
#
# Settings (environment, all optional):
#   SAFEBOARD_AUDIT_CACHE         the record and pip-audit's HTTP cache (default .tools/pip-audit)
#   SAFEBOARD_AUDIT_SERVICE       osv (default) or pypi
#   SAFEBOARD_AUDIT_OSV_URL       another OSV query URL (a mirror; the tests use a fake)
#   SAFEBOARD_AUDIT_MAX_AGE_DAYS  how old a record may be and still stand in (default 7)
#   SAFEBOARD_AUDIT_REQUIRED      1: fail when nothing could be audited (default 0)
#   SAFEBOARD_AUDIT_LOCK          the lock file to read (default uv.lock)
#   SAFEBOARD_AUDIT_IGNORE        space-separated advisory ids judged not to apply (say why
#                                 in docs/security.md next to each)
#
# Exit: 0 no known vulnerability (or not audited, with a warning), 1 vulnerable,
# 2 not audited and SAFEBOARD_AUDIT_REQUIRED=1, 3 the script itself could not run.
set -euo pipefail

cd "$(dirname "$0")/.."

CACHE="${SAFEBOARD_AUDIT_CACHE:-.tools/pip-audit}"
SERVICE="${SAFEBOARD_AUDIT_SERVICE:-osv}"
OSV_URL="${SAFEBOARD_AUDIT_OSV_URL:-}"
TIMEOUT="${SAFEBOARD_AUDIT_TIMEOUT:-10}"
DEADLINE="${SAFEBOARD_AUDIT_DEADLINE:-300}"
LOCK="${SAFEBOARD_AUDIT_LOCK:-uv.lock}"
PYTHON=.venv/bin/python
PIP_AUDIT=.venv/bin/pip-audit

for tool in "$PYTHON" "$PIP_AUDIT"; do
    [ -x "$tool" ] || {
        echo "audit_dependencies.sh: $tool missing: run scripts/setup.sh (or make setup) first" >&2
        exit 3
    }
done
[ -f "$LOCK" ] || {
    echo "audit_dependencies.sh: no lock file $LOCK" >&2
    exit 3
}

mkdir -p "$CACHE/http"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/safeboard-audit.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# The pins straight from the lock file (no uv needed): every registry package, every group.
"$PYTHON" - "$LOCK" >"$WORK/requirements.txt" <<'PY'
import sys
import tomllib

with open(sys.argv[1], "rb") as lock:
    packages = tomllib.load(lock).get("package", [])
for package in sorted(packages, key=lambda p: p["name"]):
    # The project itself (editable or virtual source) is not on any index.
    if "registry" in package.get("source", {}):
        print(f"{package['name']}=={package['version']}")
PY

args=(-r "$WORK/requirements.txt" --no-deps --disable-pip --progress-spinner off
    -s "$SERVICE" --cache-dir "$CACHE/http" --timeout "$TIMEOUT" -f json -o "$WORK/result.json")
[ -n "$OSV_URL" ] && args+=(--osv-url "$OSV_URL")
for id in ${SAFEBOARD_AUDIT_IGNORE:-}; do
    args+=(--ignore-vuln "$id")
done

echo "+ pip-audit on $(wc -l <"$WORK/requirements.txt") packages pinned in $LOCK ($SERVICE)"
# pip-audit exits 1 both for "vulnerable" and for a crash (network down); the JSON result
# is written only when it finished, so the decision below reads that, not the exit code.
timeout --kill-after=10 "$DEADLINE" "$PIP_AUDIT" "${args[@]}" 2>"$WORK/stderr" || true

"$PYTHON" - "$WORK" "$CACHE/last-audit.json" <<'PY'
"""Decides from pip-audit's result, or from the last recorded audit when offline."""

import datetime as dt
import json
import os
import sys
from pathlib import Path

work, record_path = Path(sys.argv[1]), Path(sys.argv[2])
max_age = dt.timedelta(days=int(os.environ.get("SAFEBOARD_AUDIT_MAX_AGE_DAYS", "7")))
required = os.environ.get("SAFEBOARD_AUDIT_REQUIRED", "0") == "1"
ignored = set(os.environ.get("SAFEBOARD_AUDIT_IGNORE", "").split())
pins = (work / "requirements.txt").read_text().split()
now = dt.datetime.now(dt.UTC)


def report(found: dict[str, list[dict]], source: str) -> int:
    """Prints each vulnerable package and returns the exit code."""
    vulnerable = {pin: vulns for pin, vulns in sorted(found.items()) if vulns}
    if not vulnerable:
        print(f"audit: no known vulnerabilities in {len(pins)} locked packages ({source})")
        return 0
    print(f"audit: FAILED: known vulnerabilities ({source}):", file=sys.stderr)
    for pin, vulns in vulnerable.items():
        name, version = pin.split("==")
        for vuln in vulns:
            ids = ", ".join([vuln["id"], *vuln.get("aliases", [])])
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            print(f"  {name} {version}: {ids}; fixed in {fixed}", file=sys.stderr)
            description = " ".join(vuln.get("description", "").split())
            if description:
                print(f"      {description[:200]}", file=sys.stderr)
    print(
        "  To fix: uv lock --upgrade-package NAME (to a fixed version), uv sync, run the tests"
        " and commit uv.lock; if an advisory cannot apply to Safeboard, add its id to"
        " SAFEBOARD_AUDIT_IGNORE and say why in docs/security.md.",
        file=sys.stderr,
    )
    return 1


result_path = work / "result.json"
result = json.loads(result_path.read_text()) if result_path.exists() else None
skipped = [d["name"] for d in (result or {}).get("dependencies", []) if d.get("skip_reason")]

if result is not None and not skipped:
    found = {
        f"{d['name']}=={d['version']}": [v for v in d.get("vulns", []) if v["id"] not in ignored]
        for d in result["dependencies"]
    }
    record = {"audited_at": now.isoformat(timespec="seconds"), "packages": found}
    record_path.parent.mkdir(parents=True, exist_ok=True)
    temporary = record_path.with_suffix(".tmp")
    temporary.write_text(json.dumps(record, indent=1, sort_keys=True))
    temporary.replace(record_path)
    sys.exit(report(found, "advisory database checked now"))

# Offline, or only part answered: say why, then fall back on the record.
if result is None:
    lines = [line for line in (work / "stderr").read_text().splitlines() if line.strip()]
    why = lines[-1][:300] if lines else "pip-audit gave no result (timed out?)"
else:
    why = f"{len(skipped)} of {len(pins)} packages could not be looked up ({', '.join(skipped[:5])}...)"
print(f"audit: WARNING: the advisory database could not be reached: {why}", file=sys.stderr)

record = json.loads(record_path.read_text()) if record_path.exists() else None
if record is not None:
    audited_at = dt.datetime.fromisoformat(record["audited_at"])
    age = now - audited_at
    missing = [pin for pin in pins if pin not in record["packages"]]
    if age <= max_age and not missing:
        found = {
            pin: [v for v in record["packages"][pin] if v["id"] not in ignored] for pin in pins
        }
        print(
            f"audit: WARNING: using the audit recorded on {audited_at:%Y-%m-%d %H:%M} UTC "
            f"({age.days} days old) in {record_path}",
            file=sys.stderr,
        )
        sys.exit(report(found, f"offline, from the audit of {audited_at:%Y-%m-%d}"))
    if missing:
        why_not = f"it does not cover {len(missing)} locked packages ({', '.join(missing[:5])})"
    else:
        why_not = f"it is {age.days} days old (more than {max_age.days})"
    print(f"audit: the recorded audit cannot stand in: {why_not}", file=sys.stderr)

print(
    "audit: WARNING: dependencies NOT audited: no reachable advisory database and no "
    f"audit of these locked packages from the last {max_age.days} days in {record_path}. "
    "Run scripts/audit_dependencies.sh where https://api.osv.dev can be reached.",
    file=sys.stderr,
)
sys.exit(2 if required else 0)
PY
