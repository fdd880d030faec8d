"""A CIN census read by worker processes stages and finds exactly what one process does.

The file is a generated partnership's census (about 290 children), read with chunks
of 25 children so that it is shared among the workers in a dozen pieces each. Each
test reads the same file twice, in one process and in workers, through the real
pipeline, and compares every staged row and every finding.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from safeboard.returns import parallel_read, pipeline
from safeboard.returns.kinds import get_kind
from safeboard.returns.kinds.base import InputFile
from safeboard.synth import synth_write

YEAR = 2024
CHUNK = 25


@pytest.fixture(scope="module")
def census(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parallel-census")
    synth_write(children=300, years=1, seed=3, out=out, last_year=YEAR)
    return out / f"cin_{YEAR}.xml"


@pytest.fixture
def shared(settings, monkeypatch):
    """Workers for any file, in chunks of CHUNK children; the results of each read kept."""
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel_read, "CHUNK_RECORDS", CHUNK)
    reads: list = []
    real = parallel_read.read_in_workers

    def recorded(*args, **kwargs):
        staged = real(*args, **kwargs)
        reads.append(staged)
        return staged

    monkeypatch.setattr(pipeline, "read_in_workers", recorded)
    return reads


def read(path: Path, staging: Path, workers: int, settings, progress=None):
    """The pipeline's read and check of ``path``: (result, every staged table's rows)."""
    settings.SAFEBOARD_IMPORT_WORKERS = workers
    staging.mkdir()
    result = pipeline._read_and_check(
        get_kind("cin"), [InputFile(path)], staging, YEAR, None, progress
    )
    tables = {
        file.stem: pq.read_table(file).to_pylist() for file in sorted(staging.glob("*.parquet"))
    }
    return result, tables


def comparable(tables: dict) -> dict:
    """The tables with each UPN's key (a fresh secret per import) replaced by the rows
    that share it: equal UPNs must still be found equal."""
    out = {name: rows for name, rows in tables.items() if name != "child"}
    children = tables.get("child", [])
    sharing: dict[str, list[str]] = {}
    for row in children:
        if row["UPN_key"] is not None:
            sharing.setdefault(row["UPN_key"], []).append(row["_position"])
    out["child"] = [{**row, "UPN_key": None} for row in children]
    out["upn_groups"] = sorted(sharing.values())
    return out


def findings(result) -> list[dict]:
    return [finding.as_dict() for finding in result.findings]


@pytest.mark.django_db
@pytest.mark.parametrize("workers", [2, 3])
def test_a_clean_file_read_by_workers_is_what_one_process_reads(
    census, tmp_path, settings, shared, workers
):
    alone, alone_tables = read(census, tmp_path / "one", 1, settings)
    assert shared == []  # one worker: never forked
    together, together_tables = read(census, tmp_path / "many", workers, settings)
    assert len(shared) == 1
    assert shared[0] is not None  # the workers did read it
    assert alone_tables["child"]  # something was read: ~290 children, a dozen chunks
    assert len(alone_tables["child"]) > 8 * CHUNK
    assert comparable(together_tables) == comparable(alone_tables)
    assert findings(together) == findings(alone)
    assert together.row_counts == alone.row_counts
    assert (together.collection_year, together.as_at) == (alone.collection_year, alone.as_at)


@pytest.mark.django_db
def test_values_that_do_not_parse_in_many_chunks_are_found_in_the_files_order(
    census, tmp_path, settings, shared
):
    # Every 7th referral date of the file is no date: each worker's chunks have some.
    text = census.read_text(encoding="utf-8")
    dates = iter(range(10_000))
    broken = re.sub(
        r"<CINreferralDate>[^<]*</CINreferralDate>",
        lambda m: (
            "<CINreferralDate>2024-02-30</CINreferralDate>" if next(dates) % 7 == 0 else m.group(0)
        ),
        text,
    )
    path = tmp_path / "cin_broken.xml"
    path.write_text(broken, encoding="utf-8")
    alone, alone_tables = read(path, tmp_path / "one", 1, settings)
    together, together_tables = read(path, tmp_path / "many", 2, settings)
    assert shared[0] is not None  # merged, not read again in one process
    unparsed = [f for f in together.findings if f.rule == "SB-TYPE"]
    assert len(unparsed) > 10
    children = [int(f.position.split()[1]) for f in unparsed]
    assert children == sorted(children)  # the file's order, across the workers
    assert findings(together) == findings(alone)
    assert comparable(together_tables) == comparable(alone_tables)


@pytest.mark.django_db
def test_a_file_with_an_unknown_element_is_read_again_in_one_process(
    census, tmp_path, settings, shared
):
    # One child far into the file (in a later chunk) has an element DfE's schema lacks.
    text = census.read_text(encoding="utf-8")
    at = [m.start() for m in re.finditer("<CINdetails>", text)][150]
    path = tmp_path / "cin_unknown.xml"
    path.write_text(text[:at] + "<Mystery>1</Mystery>" + text[at:], encoding="utf-8")
    alone, alone_tables = read(path, tmp_path / "one", 1, settings)
    together, together_tables = read(path, tmp_path / "many", 2, settings)
    assert shared == [None]  # the workers stopped: one process read it
    assert any(f.rule == "SB-XML-UNKNOWN" for f in together.findings)
    assert findings(together) == findings(alone)
    assert comparable(together_tables) == comparable(alone_tables)


@pytest.mark.django_db
def test_a_file_cut_short_is_refused_as_one_process_refuses_it(census, tmp_path, settings, shared):
    data = census.read_bytes()
    path = tmp_path / "cin_cut.xml"
    path.write_bytes(data[: len(data) * 2 // 3])
    alone, _ = read(path, tmp_path / "one", 1, settings)
    together, _ = read(path, tmp_path / "many", 2, settings)
    assert shared == [None]
    assert together.status == pipeline.Status.REFUSED
    assert "ends before its XML is complete" in together.findings[0].message
    assert findings(together) == findings(alone)


@pytest.mark.django_db
def test_a_worker_that_dies_leaves_nothing_and_the_file_is_read_in_one_process(
    census, tmp_path, settings, shared, monkeypatch
):
    real = parallel_read._read_share

    def dies_as_second(pipe, share, *args):
        if share.index == 1:
            os._exit(9)  # as if killed: no message, the pipe just closes
        real(pipe, share, *args)

    monkeypatch.setattr(parallel_read, "_read_share", dies_as_second)
    alone, alone_tables = read(census, tmp_path / "one", 1, settings)
    together, together_tables = read(census, tmp_path / "many", 2, settings)
    assert shared == [None]
    assert findings(together) == findings(alone)
    assert comparable(together_tables) == comparable(alone_tables)


@pytest.mark.django_db
def test_progress_is_reported_as_the_workers_read(census, tmp_path, settings, shared):
    seen: list[tuple[int, int]] = []
    read(
        census,
        tmp_path / "many",
        2,
        settings,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert shared[0] is not None
    total = census.stat().st_size
    assert len(seen) > 5  # one report per chunk
    assert all(t == total and 0 < done <= total for done, t in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_when_workers_are_used(census, tmp_path, settings, monkeypatch):
    cin, ssda903 = get_kind("cin"), get_kind("ssda903")
    size = os.path.getsize
    item = InputFile(census)

    def count(kind=cin, inputs=(item,), workers=0):
        settings.SAFEBOARD_IMPORT_WORKERS = workers
        return parallel_read.worker_count(kind, list(inputs), lambda i: size(i.path))

    monkeypatch.setattr(parallel_read, "MIN_BYTES", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert count() == 2  # one core each
    assert count(workers=3) == 3  # as configured
    assert count(workers=1) == 1  # configured off
    assert count(kind=ssda903) == 1  # its files are read one by one
    assert count(inputs=(item, item)) == 1  # several files: one process
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert count() == 1  # one core: nothing to share
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel_read, "MIN_BYTES", size(census) + 1)
    assert count() == 1  # too small to gain
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 1)
    monkeypatch.setattr(parallel_read.threading, "active_count", lambda: 2)
    assert count() == 1  # another thread runs: never fork
