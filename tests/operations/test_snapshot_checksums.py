"""Every stored snapshot file has its SHA-256 recorded at import and checked before
use: a flipped byte stops the dataset build, the command line and the pages, naming
the snapshot (kind, year, import id, file) and what to do."""

from __future__ import annotations

import hashlib
import time

import pytest
from click.testing import CliRunner
from django.apps import apps as django_apps

from safeboard.access.roles import Role
from safeboard.cli import main
from safeboard.dataset.history import dataset_figures
from safeboard.returns import integrity
from safeboard.returns.integrity import SnapshotDamagedError, snapshot_verify, stored_checksums
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write
from tests.factories import sign_in


@pytest.fixture
def cin_years(db, tmp_path):
    """Two small CIN censuses (2016-17 and 2017-18) imported for real."""
    synth_write(children=60, years=2, seed=11, out=tmp_path / "in", last_year=2018)
    for year in (2017, 2018):
        result = return_import(kind="cin", paths=[tmp_path / "in" / f"cin_{year}.xml"])
        assert result.status is Status.IMPORTED
    return {s.collection_year: s for s in Snapshot.objects.filter(kind="cin")}


def _flip_a_byte(snapshot: Snapshot, name: str = "child.parquet") -> None:
    path = snapshot.path / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    time.sleep(0.01)  # a different modification time, as any write gives
    path.write_bytes(bytes(data))


def test_an_import_records_the_sha256_of_every_stored_file(cin_years):
    snapshot = cin_years[2018]
    on_disk = sorted(p.name for p in snapshot.path.iterdir())
    assert sorted(snapshot.stored_sha256) == on_disk
    assert "child.parquet" in on_disk
    assert "provenance.json" in on_disk
    for name, digest in snapshot.stored_sha256.items():
        assert hashlib.sha256((snapshot.path / name).read_bytes()).hexdigest() == digest
    snapshot_verify(snapshot)  # intact: no error


def test_a_flipped_byte_stops_the_dataset_build_naming_the_snapshot(cin_years):
    assert dataset_figures(2018)  # intact, it builds (and the files are now cached as checked)
    damaged = cin_years[2017]
    _flip_a_byte(damaged)
    with pytest.raises(SnapshotDamagedError) as refused:
        dataset_figures(2018)
    message = str(refused.value)
    assert "cin snapshot for 2016/17" in message
    assert str(damaged.pk) in message
    assert "child.parquet" in message
    assert "safeboard restore" in message
    assert "import that return again" in message
    assert (refused.value.kind, refused.value.collection_year) == ("cin", 2017)


def test_a_missing_file_is_reported_too(cin_years):
    (cin_years[2018].path / "child.parquet").unlink()
    with pytest.raises(SnapshotDamagedError, match="child.parquet is missing"):
        dataset_figures(2018)


def test_an_import_validating_against_a_damaged_last_year_refuses(cin_years, tmp_path):
    _flip_a_byte(cin_years[2017])
    synth_write(children=60, years=1, seed=12, out=tmp_path / "again", last_year=2018)
    with pytest.raises(SnapshotDamagedError, match="2016/17"):
        return_import(kind="cin", paths=[tmp_path / "again" / "cin_2018.xml"])


def test_the_command_line_prints_it_and_fails(cin_years):
    _flip_a_byte(cin_years[2018])
    result = CliRunner().invoke(main, ["dataset", "--year", "2018"], prog_name="safeboard")
    assert result.exit_code == 1
    assert f"(import {cin_years[2018].pk}) is damaged" in result.output
    assert "Traceback" not in result.output


def test_a_page_tells_who_can_act_which_snapshot_and_everyone_else_only_whom_to_tell(
    cin_years, users, client
):
    _flip_a_byte(cin_years[2018])
    sign_in(client, users[Role.BUSINESS_UNIT])
    page = client.get("/dashboards/")
    assert page.status_code == 503
    assert str(cin_years[2018].pk) in page.content.decode()
    client.logout()
    sign_in(client, users[Role.BOARD_MEMBER])
    page = client.get("/dashboards/")
    assert page.status_code == 503
    text = page.content.decode()
    assert str(cin_years[2018].pk) not in text
    assert "child.parquet" not in text
    assert "business unit" in text


def test_a_file_is_read_whole_once_per_process_while_unchanged(cin_years, monkeypatch):
    snapshot = cin_years[2018]
    integrity._verified.clear()
    snapshot_verify(snapshot)
    reads = []
    monkeypatch.setattr(integrity, "file_sha256", lambda path: reads.append(path) or "")
    snapshot_verify(snapshot)  # every file unchanged: nothing re-read
    assert reads == []


def test_the_data_migration_gives_older_snapshots_their_checksums(cin_years):
    from importlib import import_module

    migration = import_module("safeboard.returns.migrations.0002_snapshot_stored_sha256")
    snapshot = cin_years[2018]
    older = Snapshot.objects.create(
        kind="population",
        sha256="0" * 64,
        folder=snapshot.folder,  # the same files, recorded without checksums
        imported_by_name="(test)",
    )
    assert older.stored_sha256 == {}
    migration.checksums_for_existing(django_apps, None)
    older = Snapshot.objects.get(pk=older.pk)
    assert older.stored_sha256 == stored_checksums(snapshot.path) == snapshot.stored_sha256
