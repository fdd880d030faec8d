"""Snapshots: immutable, deduplicated, and superseded by newer data for the same period."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.access.roles import Role
from safeboard.audit.append_only import AppendOnlyError
from safeboard.returns.models import Snapshot
from safeboard.returns.pipeline import Status, return_import
from safeboard.returns.selectors import current_snapshot_ids, snapshot_list

HEADER = "area_code,area_name,mid_year,population_0_17\n"


def _population(tmp_path, name: str, rows: str):
    path = tmp_path / name
    path.write_text(HEADER + rows)
    return path


def test_the_newer_import_for_the_same_period_is_used_and_the_older_kept(users, tmp_path):
    old = return_import(
        kind="population",
        paths=[_population(tmp_path, "a.csv", "E07000218,North,2017,100\n")],
        collection_year=2018,
        as_at=date(2018, 3, 31),
    )
    new = return_import(
        kind="population",
        paths=[_population(tmp_path, "b.csv", "E07000218,North,2017,120\n")],
        collection_year=2018,
        as_at=date(2018, 6, 30),
    )
    other_year = return_import(
        kind="population",
        paths=[_population(tmp_path, "c.csv", "E07000218,North,2016,90\n")],
        collection_year=2017,
        as_at=date(2017, 3, 31),
    )
    analyst = users[Role.PERFORMANCE_ANALYST]
    assert current_snapshot_ids(user=analyst) == {new.snapshot.pk, other_year.snapshot.pk}
    assert snapshot_list(user=analyst).count() == 3  # the older one stays, for audit
    assert old.snapshot.pk not in current_snapshot_ids(user=analyst)


def test_reimporting_the_same_file_changes_nothing_and_says_so(db, tmp_path):
    path = _population(tmp_path, "a.csv", "E07000218,North,2017,100\n")
    first = return_import(kind="population", paths=[path])
    again = return_import(kind="population", paths=[path])
    assert again.status is Status.DUPLICATE
    assert again.snapshot.pk == first.snapshot.pk
    assert (
        again.message
        == f"This file was imported before, as snapshot {first.snapshot.pk}: nothing was changed."
    )
    assert again.exit_code == 0
    assert Snapshot.objects.count() == 1


def test_a_snapshot_row_cannot_be_changed_or_deleted(db, tmp_path):
    result = return_import(
        kind="population", paths=[_population(tmp_path, "a.csv", "E07000218,N,2017,1\n")]
    )
    snapshot = result.snapshot
    snapshot.row_counts = {"population": 999}
    with pytest.raises(AppendOnlyError):
        snapshot.save()
    with pytest.raises(AppendOnlyError):
        snapshot.delete()
    assert Snapshot.objects.get().row_counts == {"population": 1}


@pytest.mark.parametrize(
    "role", [Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.CDOP_MEMBER]
)
def test_snapshots_are_child_level_material(users, tmp_path, role):
    return_import(kind="population", paths=[_population(tmp_path, "a.csv", "E07000218,N,2017,1\n")])
    assert snapshot_list(user=users[role]).count() == 0
    assert snapshot_list(user=users[Role.BUSINESS_UNIT]).count() == 1
