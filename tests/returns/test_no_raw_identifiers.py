"""No raw identifier reaches the workspace: database, snapshots or logs.

Real ``safeboard import`` processes take the hand-made fixtures of every
child-level kind into a workspace of their own; then every file in it is
searched byte by byte, and every text value in every database table is
read back, for the fixtures' raw child ids and UPNs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.returns.test_cin_import import RAW_IDS, RAW_UPNS
from tests.returns.test_ssda903_import import FULL_CHILDREN

FIXTURES = Path(__file__).parent / "fixtures"
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
# Every text value of every table, as the application's own database sees it.
DUMP = """
import django
django.setup()
from django.apps import apps
for model in apps.get_models():
    if not model._meta.managed:
        continue
    for row in model._base_manager.all().values_list():
        print(row)
"""


def _import(env, kind, *paths, year=None):
    args = [SAFEBOARD, "import", kind, *map(str, paths)]
    if year:
        args += ["--year", str(year)]
    result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300, check=False)  # noqa: S603
    assert result.returncode in (0, 1), result.stderr
    return result


@pytest.mark.django_db
def test_no_raw_identifier_anywhere_in_the_workspace(workspace_env):
    outputs = [
        _import(workspace_env, "cin", FIXTURES / "cin" / "cin_2018_valid.xml"),
        _import(workspace_env, "cin", FIXTURES / "cin" / "cin_2025_valid.xml"),
        _import(workspace_env, "ssda903", FIXTURES / "ssda903" / "2027", year=2027),
        _import(workspace_env, "contacts", FIXTURES / "extracts" / "contacts.csv"),
        _import(workspace_env, "characteristics", FIXTURES / "extracts" / "characteristics.csv"),
    ]
    # A refused file's findings, printed, must not quote an identifier either.
    refused = subprocess.run(  # noqa: S603
        [
            SAFEBOARD,
            "validate",
            "cin",
            str(FIXTURES / "cin" / "missing_required.xml"),
            "--format",
            "json",
        ],
        env=workspace_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert refused.returncode == 2
    secrets = [*RAW_IDS, *RAW_UPNS, *FULL_CHILDREN]
    printed = "".join(r.stdout + r.stderr for r in [*outputs, refused])
    assert not [s for s in secrets if s in printed]

    root = Path(workspace_env["SAFEBOARD_WORKSPACE"])
    assert (root / "logs" / "safeboard.log").read_text().count("imported") == 5
    searched = 0
    for path in root.rglob("*"):
        if path.is_file() and path.parent.name != "secrets":
            content = path.read_bytes()
            found = [
                s for s in secrets if s.encode() in content or s.encode("utf-16-le") in content
            ]
            assert not found, f"{found} in {path}"
            searched += 1
    assert searched >= 15  # database, log, and each snapshot's Parquet and provenance

    dump = subprocess.run(  # noqa: S603
        [sys.executable, "-c", DUMP],
        env=workspace_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    assert len(dump.splitlines()) > 50  # the tables really were read
    assert not [s for s in secrets if s in dump]
