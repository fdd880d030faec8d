"""An import is atomic: a process killed at any point leaves the workspace as it was.

Each test runs real ``safeboard`` processes on a workspace of its own (SQLite,
or a fresh PostgreSQL database when the suite runs on PostgreSQL) and kills
the importing process: at named points inside the commit, and at arbitrary
moments while a large file is read.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
PYTHON = sys.executable
STATE = """
import json, django
django.setup()
from django.conf import settings
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import snapshots_reconcile
snapshots_reconcile()
root = settings.WORKSPACE.snapshots_dir
print(json.dumps({
    "rows": sorted(str(s.pk) + ":" + s.folder for s in Snapshot.objects.all()),
    "folders": sorted(p.name for p in root.iterdir() if not p.name.startswith(".")),
    "files": sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")),
    "staging": sorted(p.name for p in (root / ".staging").iterdir()) if (root / ".staging").exists() else [],
}))
"""


def _population(path: Path, rows: int, year: int = 2017) -> Path:
    with path.open("w") as handle:
        handle.write("area_code,area_name,mid_year,population_0_17\n")
        for i in range(rows):
            handle.write(f"E07{i:06d},Area {i},{year},{1000 + i}\n")
    return path


def _run(args, env, **kwargs):
    return subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=300, check=False, **kwargs
    )  # noqa: S603


def _state(env) -> dict:
    result = _run([PYTHON, "-c", STATE], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.django_db
@pytest.mark.parametrize("point", ["staged", "before-commit", "renamed"])
def test_killed_before_the_commit_changes_nothing(tmp_path, workspace_env, point):
    first = _population(tmp_path / "first.csv", 3)
    assert _run([SAFEBOARD, "import", "population", str(first)], workspace_env).returncode == 0
    before = _state(workspace_env)
    assert len(before["rows"]) == 1

    second = _population(tmp_path / "second.csv", 5, year=2018)
    killed = _run(
        [SAFEBOARD, "import", "population", str(second)],
        {**workspace_env, "SAFEBOARD_FAULT_POINT": point},
    )
    assert killed.returncode == -signal.SIGKILL
    after = _state(workspace_env)
    assert after == before
    assert after["staging"] == []

    # Nothing was left locked or half-done: the same file now imports.
    assert _run([SAFEBOARD, "import", "population", str(second)], workspace_env).returncode == 0
    assert len(_state(workspace_env)["rows"]) == 2


@pytest.mark.django_db
def test_killed_just_after_the_commit_keeps_the_whole_snapshot(tmp_path, workspace_env):
    data = _population(tmp_path / "data.csv", 4)
    killed = _run(
        [SAFEBOARD, "import", "population", str(data)],
        {**workspace_env, "SAFEBOARD_FAULT_POINT": "committed"},
    )
    assert killed.returncode == -signal.SIGKILL
    after = _state(workspace_env)
    assert len(after["rows"]) == 1
    folder = after["rows"][0].split(":")[1]
    assert after["folders"] == [folder]
    assert sorted(f.split("/")[1] for f in after["files"]) == [
        "findings.json",
        "population.parquet",
        "provenance.json",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("delay", [0.3, 0.8, 1.5])
def test_killed_while_reading_a_large_file(tmp_path, workspace_env, delay):
    first = _population(tmp_path / "first.csv", 3)
    assert _run([SAFEBOARD, "import", "population", str(first)], workspace_env).returncode == 0
    before = _state(workspace_env)

    large = _population(tmp_path / "large.csv", 400_000, year=2018)
    process = subprocess.Popen(  # noqa: S603
        [SAFEBOARD, "import", "population", str(large)],
        env=workspace_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert _state(workspace_env) == before


@pytest.mark.django_db
def test_two_imports_at_once_both_land_whole(tmp_path, workspace_env):
    files = [_population(tmp_path / f"file{i}.csv", 50_000, year=2010 + i) for i in range(2)]
    processes = [
        subprocess.Popen(  # noqa: S603
            [SAFEBOARD, "import", "population", str(path)],
            env=workspace_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    for process in processes:
        _, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
    state = _state(workspace_env)
    assert len(state["rows"]) == 2
    assert len(state["folders"]) == 2
    assert len(state["files"]) == 6
