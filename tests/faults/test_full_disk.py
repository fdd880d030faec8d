"""A full disk during an import refuses the import cleanly.

The disk is filled portably, without mount or root: the importing process runs
with a small file-size limit (RLIMIT_FSIZE) and SIGXFSZ ignored, so every write
past the limit fails with EFBIG, as a write to a full disk fails with ENOSPC.
The limit is set after the workspace exists, so only the import's own files
(the staged snapshot) reach it.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.returns.test_atomic_import import PYTHON, STATE, _population

SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
LIMIT = 128 * 1024  # bytes: the staged Parquet of 40,000 rows is about 400 KB


def _small_disk() -> None:
    # Runs in the child before exec: the limit and the ignored signal carry over.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _run(args, env, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603
        args, env=env, capture_output=True, text=True, timeout=300, check=False, **kwargs
    )


def _state(env) -> dict:
    result = _run([PYTHON, "-c", STATE], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.django_db
def test_a_full_disk_refuses_the_import_and_stores_nothing(tmp_path, workspace_env):
    # The workspace (and its database) exists before the disk fills.
    small = _population(tmp_path / "small.csv", 3)
    assert _run([SAFEBOARD, "import", "population", str(small)], workspace_env).returncode == 0

    large = _population(tmp_path / "large.csv", 40_000, year=2018)
    result = _run(
        [SAFEBOARD, "import", "population", str(large)],
        workspace_env,
        preexec_fn=_small_disk,  # noqa: PLW1509 (no threads are started before it)
    )
    output = result.stdout + result.stderr
    assert result.returncode == 2, output
    assert "Traceback" not in output
    # The problem, and what to do about it.
    assert "SB-DISK" in output
    assert "ran out of space" in output
    assert "File too large" in output  # EFBIG's own words, as the system gave them
    assert "Free space on the disk" in output
    assert "Refused: nothing was stored." in output

    # Nothing stored: only the first snapshot's row and folder, no staging left behind.
    state = _state(workspace_env)
    assert len(state["rows"]) == 1
    assert state["folders"] == [state["rows"][0].split(":")[1]]
    assert len(state["files"]) == 3
    assert state["staging"] == []

    # Once there is space again the same file imports.
    again = _run([SAFEBOARD, "import", "population", str(large)], workspace_env)
    assert again.returncode == 0, again.stderr
    assert "Imported 40,000 rows" in again.stderr
