"""A small synthetic partnership imported through the real importers, for the dashboards."""

from __future__ import annotations

import pytest

from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write

# The browser tests' fixtures (Debian's Chromium, a fresh page per test, screenshots),
# for test_dashboards_in_browser.py.
from tests.browser.conftest import browser, new_page, playwright_instance  # noqa: F401

YEAR = 2018


def import_partnership(out) -> None:
    """Two years of every kind of return the dashboards read, as a user imports them."""
    synth_write(children=300, years=2, seed=11, out=out, last_year=YEAR)
    paths = [
        ("cin", out / "cin_2017.xml", None),
        ("cin", out / "cin_2018.xml", None),
        ("ssda903", out / "ssda903_2017", 2017),
        ("ssda903", out / "ssda903_2018", 2018),
        ("contacts", out / "contacts_2017.csv", 2017),
        ("contacts", out / "contacts_2018.csv", 2018),
        ("characteristics", out / "characteristics.csv", None),
        ("population", out / "population.csv", None),
        ("baseline", out / "baseline.csv", None),
    ]
    for kind, path, year in paths:
        result = return_import(kind=kind, paths=[path], collection_year=year)
        assert result.status is Status.IMPORTED, (kind, result.status)


@pytest.fixture
def imported(db, tmp_path):
    import_partnership(tmp_path)
