"""A return read by worker processes stages and finds exactly what one process does.

The files are a generated partnership's returns (about 290 children). A CIN census
is shared two ways, and each test runs with both: cut into one piece per worker
(``xml_split``, "pieces"), or read whole by every worker in chunks of 25 children
taken in turn ("chunks"). Each test reads the same file twice, in one process and
in workers, through the real pipeline, and compares every staged row and finding.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from safeboard.returns import parallel_read, pipeline, xml_split
from safeboard.returns.kinds import get_kind
from safeboard.returns.kinds.base import InputFile
from safeboard.synth import synth_write

YEAR = 2024
CHUNK = 25


@pytest.fixture(scope="module")
def partnership(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("parallel-partnership")
    synth_write(children=300, years=1, seed=3, out=out, last_year=YEAR)
    return out


@pytest.fixture
def census(partnership) -> Path:
    return partnership / f"cin_{YEAR}.xml"


@pytest.fixture(params=["pieces", "chunks"])
def shared(request, settings, monkeypatch):
    """Workers for any file (cut in pieces, or in chunks of CHUNK children in turn);
    the results of each read in workers kept."""
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel_read, "MIN_FILES_BYTES", 0)
    monkeypatch.setattr(parallel_read, "CHUNK_RECORDS", CHUNK)
    if request.param == "chunks":
        monkeypatch.setattr(xml_split, "cut", lambda item, pieces: None)
    reads: list = []
    real = parallel_read.read_in_workers

    def recorded(*args, **kwargs):
        staged = real(*args, **kwargs)
        reads.append(staged)
        return staged

    monkeypatch.setattr(pipeline, "read_in_workers", recorded)
    return reads


def read(path, staging: Path, workers: int, settings, progress=None, kind="cin"):
    """The pipeline's read and check of ``path`` (or paths): (result, staged tables' rows)."""
    settings.SAFEBOARD_IMPORT_WORKERS = workers
    staging.mkdir()
    paths = path if isinstance(path, list) else [path]
    result = pipeline._read_and_check(
        get_kind(kind), [InputFile(p) for p in paths], staging, YEAR, None, progress
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
def test_chunks_that_wait_their_turn_on_disk_are_staged_alike(
    census, tmp_path, settings, shared, monkeypatch
):
    # Every chunk that arrives before its turn is kept on disk, not in memory.
    monkeypatch.setattr(parallel_read, "HELD_BYTES", 0)
    spilled: list[int] = []
    real_put = parallel_read._Waiting.put

    def put(self, key, message):
        real_put(self, key, message)
        spilled.append(len(self._spilled))

    monkeypatch.setattr(parallel_read._Waiting, "put", put)
    alone, alone_tables = read(census, tmp_path / "one", 1, settings)
    together, together_tables = read(census, tmp_path / "many", 2, settings)
    assert shared[0] is not None
    assert max(spilled) > 0  # some chunk did wait on disk
    assert comparable(together_tables) == comparable(alone_tables)
    assert findings(together) == findings(alone)


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
def test_a_fault_of_the_side_by_side_reading_itself_reads_in_one_process(
    census, tmp_path, settings, shared, monkeypatch, caplog
):
    def broken(self, key, message):
        raise RuntimeError("a bug in staging the workers' chunks")

    monkeypatch.setattr(parallel_read._Waiting, "put", broken)
    alone, alone_tables = read(census, tmp_path / "one", 1, settings)
    together, together_tables = read(census, tmp_path / "many", 2, settings)
    assert "read in one process" in caplog.text
    assert "RuntimeError" in caplog.text
    assert comparable(together_tables) == comparable(alone_tables)
    assert findings(together) == findings(alone)


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


@pytest.mark.django_db
def test_a_child_tag_inside_a_comment_is_not_counted_as_a_child(census, tmp_path, settings, shared):
    # Cut in pieces, the second piece's children are numbered from the start tags
    # before it, this commented one too: the first piece reads one child fewer, and
    # the file is read again in one process. In chunks, every worker parses it all.
    text = census.read_text(encoding="utf-8")
    at = [m.start() for m in re.finditer("<Child>", text)][20]
    path = tmp_path / "cin_comment.xml"
    path.write_text(text[:at] + "<!-- <Child> -->" + text[at:], encoding="utf-8")
    alone, alone_tables = read(path, tmp_path / "one", 1, settings)
    together, together_tables = read(path, tmp_path / "many", 2, settings)
    assert len(shared) == 1
    assert findings(together) == findings(alone)
    assert comparable(together_tables) == comparable(alone_tables)


@pytest.mark.django_db
def test_a_cut_inside_a_comment_reads_the_file_in_one_process(census, tmp_path, settings, shared):
    # A comment holding a <Child> tag just after the middle: the cut is made there,
    # so the first piece ends inside the comment and does not parse.
    text = census.read_bytes()
    middle = len(text) // 2
    at = text.index(b"<Child>", middle + 100)
    path = tmp_path / "cin_comment_at_cut.xml"
    path.write_bytes(text[:at] + b"<!-- <Child> -->" + text[at:])
    alone, alone_tables = read(path, tmp_path / "one", 1, settings)
    together, together_tables = read(path, tmp_path / "many", 2, settings)
    pieces = xml_split.cut(InputFile(path), 2)
    if pieces is not None:  # "pieces": cut in the comment, read again in one process
        assert path.read_bytes()[pieces[1].start - 5 : pieces[1].start] == b"<!-- "
        assert shared == [None]
    assert findings(together) == findings(alone)
    assert comparable(together_tables) == comparable(alone_tables)


@pytest.mark.django_db
def test_an_ssda903_return_read_by_workers_is_what_one_process_reads(
    partnership, tmp_path, settings, shared
):
    files = sorted((partnership / f"ssda903_{YEAR}").glob("*.csv"))
    assert len(files) > 5
    alone, alone_tables = read(files, tmp_path / "one", 1, settings, kind="ssda903")
    together, together_tables = read(files, tmp_path / "many", 2, settings, kind="ssda903")
    assert shared[0] is not None  # each worker read its own files
    assert sum(alone.row_counts.values()) > 100  # 168 rows in 11 files
    assert together_tables == alone_tables
    assert findings(together) == findings(alone)
    assert (together.collection_year, together.as_at) == (alone.collection_year, alone.as_at)


@pytest.mark.django_db
def test_an_ssda903_return_lacking_a_table_is_read_again_in_one_process(
    partnership, tmp_path, settings, shared
):
    files = [
        f for f in sorted((partnership / f"ssda903_{YEAR}").glob("*.csv")) if f.stem != "Header"
    ]
    alone, _ = read(files, tmp_path / "one", 1, settings, kind="ssda903")
    together, _ = read(files, tmp_path / "many", 2, settings, kind="ssda903")
    assert shared == [None]  # "no file holds the Header table": one process says so
    assert any("Header" in f.message for f in together.findings)
    assert findings(together) == findings(alone)


def test_when_workers_are_used(census, partnership, settings, monkeypatch):
    cin, ssda903 = get_kind("cin"), get_kind("ssda903")
    item = InputFile(census)
    csvs = [InputFile(p) for p in sorted((partnership / f"ssda903_{YEAR}").glob("*.csv"))]

    def count(kind=cin, inputs=(item,), workers=0):
        settings.SAFEBOARD_IMPORT_WORKERS = workers
        return parallel_read.worker_count(kind, list(inputs), lambda i: os.path.getsize(i.path))

    monkeypatch.setattr(parallel_read, "MIN_BYTES", 1)
    monkeypatch.setattr(parallel_read, "MIN_FILES_BYTES", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert count() == 2  # one core each
    assert count(workers=3) == 3  # as configured
    assert count(workers=1) == 1  # configured off
    assert count(inputs=(item, item)) == 1  # a census in several files: one process
    assert count(kind=ssda903, inputs=csvs) == 2  # its files shared out
    assert count(kind=ssda903, inputs=csvs[:1]) == 1  # one file: nothing to share
    assert count(kind=get_kind("population"), inputs=csvs) == 1  # other kinds: one process
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert count() == 1  # one core: nothing to share
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel_read, "MIN_BYTES", os.path.getsize(census) + 1)
    assert count() == 1  # too small to gain
    monkeypatch.setattr(parallel_read, "MIN_FILES_BYTES", 1 << 40)
    assert count(kind=ssda903, inputs=csvs) == 1
    monkeypatch.setattr(parallel_read, "MIN_BYTES", 1)
    monkeypatch.setattr(parallel_read.threading, "active_count", lambda: 2)
    assert count() == 1  # another thread runs: never fork


def test_ssda903_files_are_shared_by_size(partnership):
    csvs = [InputFile(p) for p in sorted((partnership / f"ssda903_{YEAR}").glob("*.csv"))]
    size = {c.path.name: c.path.stat().st_size for c in csvs}
    shares = parallel_read.plan_shares(get_kind("ssda903"), csvs, 2, lambda i: size[i.path.name])
    owners = shares[0][0].owners
    load = [
        sum(size[c.path.name] for c, o in zip(csvs, owners, strict=True) if o == w) for w in (0, 1)
    ]
    largest = max(size.values())
    assert abs(load[0] - load[1]) <= largest  # greedy: within one file of even
    assert all(share.owners == owners for share, _ in shares)
