"""Shared fixtures: the test partnership and its users, on the real database."""

from __future__ import annotations

import os

import pytest

from safeboard.access.roles import Role
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write
from tests.factories import make_partnership, make_user

# Fixtures through which a test reaches Django's database.
DATABASE_FIXTURES = frozenset(
    {
        "db",
        "transactional_db",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
        "live_server",
    }
)


def _reaches_database(item) -> bool:
    if item.get_closest_marker("django_db") or item.get_closest_marker("database"):
        return True
    return bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, run only the tests that reach the database.

    A test that never touches Django's database (rules over DuckDB, parsers, text helpers)
    gives the same result whatever DATABASE_URL says; running it again in the PostgreSQL
    stage only spends the time budget. pytest-django refuses database access to a test
    without a database fixture, so in-process tests cannot reach it unnoticed; a test that
    reaches it from a subprocess says so with the ``database`` marker.
    SAFEBOARD_PG_ALL_TESTS=1 runs everything.
    """
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres") or os.environ.get("SAFEBOARD_PG_ALL_TESTS") == "1":
        return
    kept = [item for item in items if _reaches_database(item)]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if not _reaches_database(i)])
        items[:] = kept


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
