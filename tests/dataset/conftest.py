"""A small synthetic partnership imported through the real importers."""

from __future__ import annotations

import pytest

from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write


@pytest.fixture
def imported(db, tmp_path):
    synth_write(children=400, years=2, seed=5, out=tmp_path, last_year=2018)
    paths = [
        ("cin", tmp_path / "cin_2017.xml", None),
        ("cin", tmp_path / "cin_2018.xml", None),
        ("ssda903", tmp_path / "ssda903_2018", 2018),
        ("contacts", tmp_path / "contacts_2018.csv", 2018),
        ("characteristics", tmp_path / "characteristics.csv", None),
        ("population", tmp_path / "population.csv", None),
    ]
    for kind, path, year in paths:
        assert (
            return_import(kind=kind, paths=[path], collection_year=year).status is Status.IMPORTED
        )
