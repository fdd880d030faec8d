"""An import and a report build at the same time end consistent.

Real processes on a workspace of their own (SQLite with its WAL and busy
timeout, or a database of its own on the suite's PostgreSQL server): the
build runs in one process (``report_driver``), imports in others.

- An import during a build: the driver imports a newer CIN census for the
  same year when the build reaches its first section, and waits for it. The
  build still uses the snapshots current when it started: ``inputs.json``
  names them, and its HTML is byte-identical to a build on those snapshots
  made with nothing else running. The import landed whole.
- A build during an import: an import is started, then a build, with no
  hook; whichever snapshots the build started with, it names them and its HTML
  is that of a quiet build on them.

Two imports at once are ``tests/returns/test_atomic_import.py::
test_two_imports_at_once_both_land_whole``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safeboard.synth import synth_write

PYTHON = sys.executable
SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
REPO = Path(__file__).resolve().parents[2]


def _driver(env, *args) -> dict | None:
    done = subprocess.run(  # noqa: S603
        [PYTHON, "-m", "tests.concurrency.report_driver", *map(str, args)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout) if done.stdout.strip() else None


def _built(out: Path) -> tuple[bytes, list[str]]:
    """The build's HTML and the ids of the snapshots its inputs.json names."""
    inputs = json.loads((out / "inputs.json").read_text())
    return (out / "annual-report.html").read_bytes(), sorted(s["id"] for s in inputs["snapshots"])


@pytest.fixture
def census(tmp_path, workspace_env):
    """A workspace with the 2017-18 report and a small CIN census; two newer censuses."""
    files = {}
    for name, seed in [("first", 5), ("second", 6), ("third", 7)]:
        folder = tmp_path / name
        synth_write(children=120, years=1, seed=seed, out=folder, last_year=2018)
        files[name] = folder
    _driver(workspace_env, "setup", files["first"])
    return {name: folder / "cin_2018.xml" for name, folder in files.items()}


@pytest.mark.django_db
def test_an_import_during_a_build_and_a_build_during_an_import(tmp_path, workspace_env, census):
    env = workspace_env
    quiet = _driver(env, "build", tmp_path / "quiet")
    html_before, named_before = _built(tmp_path / "quiet")
    assert named_before == quiet["at_start"]

    # An import lands while the build is on its first section.
    during = _driver(
        env,
        "build",
        tmp_path / "during",
        "--import-at",
        "Section:",
        "--import-file",
        census["second"],
    )
    html_during, named_during = _built(tmp_path / "during")
    assert during["at_start"] == named_before
    assert named_during == named_before  # inputs.json names what the build used
    assert html_during == html_before  # and its figures are those snapshots' figures
    assert during["blockers"] == quiet["blockers"]

    # The import landed whole, and is what the dataset now uses.
    state = _driver(env, "state")
    assert len(state["rows"]) == len(named_before) + 1
    assert state["unrecorded"] == []
    assert all("provenance.json" in files for files in state["folders"].values())
    assert state["current"] != named_before

    after = _driver(env, "build", tmp_path / "after")
    html_after, named_after = _built(tmp_path / "after")
    assert named_after == after["at_start"] == state["current"]
    assert html_after != html_before  # the newer census changes the report: the test can fail

    # A build started while an import runs: consistent with whichever snapshots it began with.
    importing = subprocess.Popen(  # noqa: S603
        [SAFEBOARD, "import", "cin", str(census["third"])],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    racing = _driver(env, "build", tmp_path / "racing")
    _, err = importing.communicate(timeout=600)
    assert importing.returncode in (0, 1), err
    html_racing, named_racing = _built(tmp_path / "racing")
    assert named_racing == racing["at_start"]
    if named_racing == named_after:
        assert html_racing == html_after
    else:
        last = _driver(env, "build", tmp_path / "last")
        assert named_racing == last["at_start"]
        assert html_racing == _built(tmp_path / "last")[0]
    final = _driver(env, "state")
    assert len(final["rows"]) == len(state["rows"]) + 1
    assert final["unrecorded"] == []
