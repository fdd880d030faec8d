"""The deployment files and docs stay true: deploy/ parses, docs/deploy.md names every setting.

nginx and systemd-analyze are used when the machine has them (Debian's nginx,
systemd); without them those two tests are skipped, saying why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"

# Names that look like environment variables but are Django settings only, or
# are read by the tests alone.
NOT_DEPLOYMENT = {
    "SAFEBOARD_AGENCY_RETURN_DUE_MONTHS": "a Django setting, not read from the environment",
    "SAFEBOARD_BUILD_REPORTS_IN_BACKGROUND": "a Django setting (the tests turn it off)",
    "SAFEBOARD_DATASET_THRESHOLDS": "a Django setting",
    "SAFEBOARD_RETENTION": "the Django setting the SAFEBOARD_RETAIN_* variables fill",
    "SAFEBOARD_FAULT_POINT": "fault injection for the import tests only",
}


def environment_variables() -> set[str]:
    found = set()
    for path in (ROOT / "safeboard").rglob("*.py"):
        found.update(re.findall(r'"(SAFEBOARD_[A-Z_]+)"', path.read_text()))
    return found - set(NOT_DEPLOYMENT)


def test_deploy_md_names_every_setting_safeboard_reads():
    text = (ROOT / "docs" / "deploy.md").read_text()
    variables = environment_variables()
    assert len(variables) > 20  # the walk found them
    missing = sorted(name for name in variables if f"`{name}`" not in text)
    assert missing == []


def test_the_example_environment_sets_only_real_settings():
    known = environment_variables() | {"DATABASE_URL"}
    for name in ("safeboard.env.example", "backup.env.example"):
        for line in (DEPLOY / name).read_text().splitlines():
            line = line.lstrip("# ").strip()
            if re.match(r"^[A-Z_]+=", line):
                assert line.split("=")[0] in known, (name, line)


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed")
def test_the_nginx_site_passes_nginx_t(tmp_path):
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=safeboard.example.gov.uk", "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    proxy = tmp_path / "proxy.conf"
    shutil.copy(DEPLOY / "nginx-safeboard-proxy.conf", proxy)
    site = (DEPLOY / "nginx-safeboard.conf").read_text()
    site = site.replace("/etc/nginx/safeboard-proxy.conf", str(proxy))
    site = re.sub(r"/etc/letsencrypt/live/[^;]+/fullchain.pem", str(certificate), site)
    site = re.sub(r"/etc/letsencrypt/live/[^;]+/privkey.pem", str(key), site)
    (tmp_path / "site.conf").write_text(site)
    temp_paths = (
        " ".join(
            f"{kind}_temp_path {tmp_path / kind};" for kind in ("client_body", "proxy", "fastcgi")
        )
        + f" uwsgi_temp_path {tmp_path / 'uwsgi'}; scgi_temp_path {tmp_path / 'scgi'};"
    )
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path / 'nginx.pid'};\nerror_log {tmp_path / 'error.log'};\nevents {{}}\n"
        f"http {{ access_log off; {temp_paths} include {tmp_path / 'site.conf'}; }}\n"
    )
    result = subprocess.run(  # noqa: S603
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    """On copies whose commands point at this checkout (verify checks they exist)."""
    safeboard = ROOT / ".venv" / "bin" / "safeboard"
    if not safeboard.exists():
        pytest.skip("no .venv/bin/safeboard: run scripts/setup.sh")
    units = sorted(DEPLOY.glob("*.service")) + sorted(DEPLOY.glob("*.timer"))
    assert len(units) == 7  # the site, and backup, remind and purge with their timers
    for unit in units:
        text = unit.read_text().replace("/opt/safeboard/.venv/bin/safeboard", str(safeboard))
        text = text.replace("/etc/safeboard/", f"{tmp_path}/")
        (tmp_path / unit.name).write_text(text)
    for name in ("safeboard.env", "backup.env"):
        (tmp_path / name).write_text("")
    result = subprocess.run(  # noqa: S603
        ["systemd-analyze", "verify", "--man=no", *(str(tmp_path / u.name) for u in units)],
        capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Unknown key" not in result.stderr
