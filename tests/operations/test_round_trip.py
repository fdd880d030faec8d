"""The issue's test: a demo partnership backed up and restored into an empty
workspace on the other database engine gives the same dataset JSON and report
HTML, byte for byte.

The full demo takes minutes (12,000 children over five years, the PDF): this
builds the same demonstration with 400 children over two years, and without
the demo's own exports, charts and PDF, since the test builds the dataset
JSON and the report HTML itself on each side. Under the suite's SQLite stage
it goes SQLite -> PostgreSQL (a private cluster started here with
scripts/postgres.sh, or skipped, saying why, without PostgreSQL); under the
PostgreSQL stage, PostgreSQL (a new database on the suite's server) -> SQLite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
PASSPHRASE = "a synthetic passphrase for the test"  # noqa: S105
# The demo as `safeboard demo` builds it, smaller (see the module's docstring).
SMALL_DEMO = """
from safeboard.cli.options import django_setup
django_setup(migrate=True)
import safeboard.demo.dataset as dataset
import safeboard.demo.report as report
import safeboard.demo.returns as returns
returns.DEMO_CHILDREN = 400
returns.DEMO_YEARS = 2
dataset.demo_dataset_exports = lambda: []
dataset.demo_chart_files = lambda: []
# The report's sections are set up; the test builds the report itself on each side.
report.report_build = lambda **kw: type("Built", (), {"files": []})()
from safeboard.demo.build import demo_build
demo_build()
"""


def _env(workspace: Path, database_url: str | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        SAFEBOARD_ENV="development",
        DJANGO_SETTINGS_MODULE="safeboard.config.settings.development",
        SAFEBOARD_WORKSPACE=str(workspace),
        SAFEBOARD_BACKUP_PASSPHRASE=PASSPHRASE,
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _run(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600)  # noqa: S603
    assert done.returncode == 0, f"{args[1:3]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _outputs(env: dict[str, str], out: Path) -> tuple[bytes, bytes]:
    """The dataset JSON export and the report HTML built from ``env``'s workspace."""
    out.mkdir()
    _run([SAFEBOARD, "dataset", "--year", "2018", "--out", str(out / "dataset.json")], env)
    _run([SAFEBOARD, "report", "--year", "2018", "--no-pdf", "--out", str(out / "report")], env)
    return (out / "dataset.json").read_bytes(), (out / "report" / "annual-report.html").read_bytes()


def _pg_bin() -> bool:
    return any(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


@pytest.fixture
def postgres_database():
    """A new, empty PostgreSQL database: its URL."""
    import psycopg

    server = os.environ.get("DATABASE_URL", "")
    cluster = None
    if not server.startswith("postgres"):
        if not _pg_bin():
            pytest.skip("no PostgreSQL here (no DATABASE_URL and no pg_ctl): cannot cross engines")
        # Directly under /tmp: the server runs as another user, who cannot enter pytest's folders.
        cluster = Path("/tmp") / f"safeboard-pg-{uuid.uuid4().hex[:12]}"  # noqa: S108
        started = subprocess.run(  # noqa: S603
            ["bash", str(ROOT / "scripts" / "postgres.sh"), "start", str(cluster)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if started.returncode != 0:
            pytest.skip(f"could not start a private PostgreSQL: {started.stderr.strip()[-300:]}")
        server = started.stdout.strip()
    name = f"safeboard_restore_{uuid.uuid4().hex[:12]}"
    parts = urlsplit(server)
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if cluster is not None:
            subprocess.run(  # noqa: S603
                ["bash", str(ROOT / "scripts" / "postgres.sh"), "stop", str(cluster)],
                capture_output=True,
                timeout=120,
            )


@pytest.mark.database
def test_a_backup_restores_on_the_other_engine_with_identical_dataset_and_report(
    tmp_path, postgres_database
):
    # The SQLite stage goes SQLite -> PostgreSQL; the PostgreSQL stage the other way.
    on_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
    first, second = tmp_path / "first", tmp_path / "second"
    env_first = _env(first, postgres_database if on_postgres else None)
    env_second = _env(second, None if on_postgres else postgres_database)
    _run([sys.executable, "-c", SMALL_DEMO], env_first)

    _run([SAFEBOARD, "backup", str(tmp_path / "backup")], env_first)
    restored = _run([SAFEBOARD, "restore", str(tmp_path / "backup")], env_second)
    assert "Restored the backup" in restored

    dataset_first, html_first = _outputs(env_first, tmp_path / "out-first")
    dataset_second, html_second = _outputs(env_second, tmp_path / "out-second")
    assert b'"indicator": "referrals"' in dataset_first  # a real dataset, not an empty one
    assert b"Appendix A" in html_first
    assert dataset_second == dataset_first
    assert html_second == html_first
    # The secrets came across: the same pseudonymisation key, so later imports agree.
    key = "pseudonym_key"
    assert (second / "secrets" / key).read_bytes() == (first / "secrets" / key).read_bytes()
