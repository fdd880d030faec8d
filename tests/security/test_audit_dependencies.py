"""scripts/audit_dependencies.sh: vulnerable pins fail, offline it falls back on its record.

A fake OSV server on loopback stands in for the advisory database, so these run
without a network and in seconds; "unreachable" is a closed loopback port.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "audit_dependencies.sh"

LOCK = """
version = 1
requires-python = "==3.11.*"

[[package]]
name = "nh3"
version = "0.2.0"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "django"
version = "5.2.19"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "safeboard"
version = "0.1.0"
source = { editable = "." }
"""

# One advisory, for nh3 0.2.0 only, in OSV's answer format.
ADVISORY = {
    "id": "GHSA-test-0001",
    "aliases": ["CVE-2099-0001"],
    "summary": "Made-up advisory for the test",
    "affected": [
        {
            "package": {"name": "nh3", "ecosystem": "PyPI"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "0.2.1"}]}],
        }
    ],
}


class FakeOsv(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's name)
        query = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        vulnerable = query["package"]["name"] == "nh3" and query["version"] == "0.2.0"
        body = json.dumps({"vulns": [ADVISORY]} if vulnerable else {}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def osv_url():
    server = HTTPServer(("127.0.0.1", 0), FakeOsv)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1/query"
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_url():
    """A loopback port nobody listens on: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1/query"


def audit(tmp_path: Path, url: str, lock: str = LOCK, **env: str) -> subprocess.CompletedProcess:
    lock_path = tmp_path / "uv.lock"
    lock_path.write_text(lock)
    environment = {
        **os.environ,
        "SAFEBOARD_AUDIT_LOCK": str(lock_path),
        "SAFEBOARD_AUDIT_CACHE": str(tmp_path / "cache"),
        "SAFEBOARD_AUDIT_OSV_URL": url,
        "SAFEBOARD_AUDIT_TIMEOUT": "5",
        "SAFEBOARD_AUDIT_DEADLINE": "60",
        **env,
    }
    return subprocess.run(  # noqa: S603
        [str(SCRIPT)], env=environment, capture_output=True, text=True, timeout=120, check=False
    )


def safe_lock() -> str:
    return LOCK.replace('version = "0.2.0"', 'version = "0.2.1"')


def test_a_vulnerable_pin_fails_naming_package_version_advisory_and_fix(tmp_path, osv_url):
    result = audit(tmp_path, osv_url)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "nh3 0.2.0: CVE-2099-0001, GHSA-test-0001; fixed in 0.2.1" in result.stderr
    assert "uv lock --upgrade-package" in result.stderr
    assert "django" not in result.stderr.split("FAILED")[1]


def test_no_vulnerable_pin_passes_and_records_the_audit(tmp_path, osv_url):
    result = audit(tmp_path, osv_url, lock=safe_lock())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no known vulnerabilities in 2 locked packages" in result.stdout
    record = json.loads((tmp_path / "cache" / "last-audit.json").read_text())
    # The project itself is not on an index, so it is not audited.
    assert sorted(record["packages"]) == ["django==5.2.19", "nh3==0.2.1"]


def test_an_ignored_advisory_does_not_fail(tmp_path, osv_url):
    result = audit(tmp_path, osv_url, SAFEBOARD_AUDIT_IGNORE="GHSA-test-0001")
    assert result.returncode == 0, result.stdout + result.stderr


def test_offline_without_a_record_warns_and_passes_unless_required(tmp_path, closed_url):
    result = audit(tmp_path, closed_url)
    assert result.returncode == 0
    assert "advisory database could not be reached" in result.stderr
    assert "NOT audited" in result.stderr
    required = audit(tmp_path, closed_url, SAFEBOARD_AUDIT_REQUIRED="1")
    assert required.returncode == 2
    assert "NOT audited" in required.stderr


def test_offline_uses_a_recent_record_and_still_fails_on_what_it_found(
    tmp_path, osv_url, closed_url
):
    assert audit(tmp_path, osv_url).returncode == 1  # online: records nh3's advisory
    offline = audit(tmp_path, closed_url, SAFEBOARD_AUDIT_REQUIRED="1")
    assert offline.returncode == 1, offline.stdout + offline.stderr
    assert "using the audit recorded on" in offline.stderr
    assert "nh3 0.2.0: CVE-2099-0001, GHSA-test-0001" in offline.stderr


def test_offline_passes_with_a_warning_on_a_recent_clean_record(tmp_path, osv_url, closed_url):
    assert audit(tmp_path, osv_url, lock=safe_lock()).returncode == 0
    offline = audit(tmp_path, closed_url, lock=safe_lock(), SAFEBOARD_AUDIT_REQUIRED="1")
    assert offline.returncode == 0, offline.stdout + offline.stderr
    assert "using the audit recorded on" in offline.stderr
    assert "offline, from the audit of" in offline.stdout


def test_a_record_older_than_seven_days_or_of_other_pins_does_not_stand_in(
    tmp_path, osv_url, closed_url
):
    assert audit(tmp_path, osv_url, lock=safe_lock()).returncode == 0
    record_path = tmp_path / "cache" / "last-audit.json"
    record = json.loads(record_path.read_text())
    # An upgraded pin is not covered by the record.
    other = audit(tmp_path, closed_url, lock=LOCK, SAFEBOARD_AUDIT_REQUIRED="1")
    assert other.returncode == 2
    assert "does not cover 1 locked packages (nh3==0.2.0)" in other.stderr
    # Eight days old: too old (the limit is seven).
    eight_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    record["audited_at"] = eight_days_ago.isoformat(timespec="seconds")
    record_path.write_text(json.dumps(record))
    old = audit(tmp_path, closed_url, lock=safe_lock(), SAFEBOARD_AUDIT_REQUIRED="1")
    assert old.returncode == 2
    assert "it is 8 days old (more than 7)" in old.stderr
