"""Shared fixtures: the test partnership and its users, on the real database."""

from __future__ import annotations

import pytest

from safeboard.access.roles import Role
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write
from tests.factories import make_partnership, make_user


@pytest.fixture
def partnership(db):
    return make_partnership()


@pytest.fixture
def users(partnership):
    """One user per role, plus a signed-in user with no role at all."""
    made = {role: make_user(role) for role in Role}
    made[None] = make_user(None)
    return made


@pytest.fixture
def imported(db, tmp_path):
    """A small synthetic partnership imported through the real importers."""
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
