"""Small numbers suppressed in the panel's figures, with secondary suppression in nested
groups; every expected set worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.cdop.disclosure import Group, suppress
from safeboard.cdop.figures import year_figures
from tests.cdop.helpers import make_death, make_panel_meeting, make_review, panel


def test_one_breakdown_hides_a_second_cell():
    # 65 = 34 + 28 + 3: 3 is hidden (1 to 5), and the smallest other non-zero
    # cell, 28, so that 3 cannot be had by subtraction.
    counts = {"all": 65, "A": 34, "B": 28, "C": 3}
    hidden = suppress(counts, [Group("all", ("A", "B", "C"))], threshold=5)
    assert hidden == {"C": "primary", "B": "secondary"}


def test_nested_groups_pass_suppression_down():
    # Authorities A 34 (20 + 6 + 3 + 5), B 28 (all in one category), C 3.
    # Primary: a3 (3), a4 (5), C (3), c1 (3). The authorities' group has one
    # hidden (C): hide B, the smallest shown. B's own group then has its total
    # hidden and one cell shown: hide b1. A's group already hides two.
    counts = {
        "all": 65,
        "A": 34,
        "B": 28,
        "C": 3,
        "a1": 20,
        "a2": 6,
        "a3": 3,
        "a4": 5,
        "b1": 28,
        "c1": 3,
    }
    groups = [
        Group("all", ("A", "B", "C")),
        Group("A", ("a1", "a2", "a3", "a4")),
        Group("B", ("b1",)),
        Group("C", ("c1",)),
    ]
    assert suppress(counts, groups, threshold=5) == {
        "a3": "primary",
        "a4": "primary",
        "C": "primary",
        "c1": "primary",
        "B": "secondary",
        "b1": "secondary",
    }


def test_zeros_are_never_hidden_so_the_total_goes():
    # One hidden cell and only a zero beside it: the total is hidden instead.
    counts = {"all": 7, "x": 3, "y": 0}
    assert suppress(counts, [Group("all", ("x", "y"))], threshold=5) == {
        "x": "primary",
        "all": "secondary",
    }


def test_ties_go_to_the_first_in_order():
    counts = {"all": 22, "p": 2, "q": 10, "r": 10}
    assert suppress(counts, [Group("all", ("p", "q", "r"))], threshold=5) == {
        "p": "primary",
        "q": "secondary",
    }


def test_threshold_zero_hides_nothing():
    counts = {"all": 4, "x": 1, "y": 3}
    assert suppress(counts, [Group("all", ("x", "y"))], threshold=0) == {}


@pytest.fixture
def small_year(partnership):
    meeting = make_panel_meeting(date(2017, 11, 15))
    for n in range(3):
        make_review(make_death(f"CDOP-17-10{n}", died=date(2017, 5, 10 + n)), meeting)
    make_review(make_death("CDOP-17-200", authority="Neighbourton"), meeting, category=7)
    return panel()


def test_everyone_else_sees_small_counts_as_c(small_year):
    published = year_figures(panel=small_year, year=2018, suppressed=True)
    # 3 and 1 reviewed, 4 in all: each from 1 to 5.
    assert published.shown(("reviewed", "Testshire")) == "c"
    assert published.shown(("reviewed", "Neighbourton")) == "c"
    assert published.shown(("reviewed", "")) == "c"
    assert published.share(("modifiable", "Testshire"), ("reviewed", "Testshire")) == "c"
    assert published.median() == "c"
    # A true zero stays: no Neighbourton death was perinatal.
    from safeboard.cdop.models import CaseReview

    assert published.shown(("category", "Neighbourton", CaseReview.Category.PERINATAL)) == "0"
    # Meetings are not children: shown.
    assert published.shown(("panels",)) == "1"


def test_the_panel_sees_them_in_full(small_year):
    full = year_figures(panel=small_year, year=2018, suppressed=False)
    assert full.shown(("reviewed", "Testshire")) == "3"
    assert full.shown(("reviewed", "")) == "4"
    assert full.share(("modifiable", "Testshire"), ("reviewed", "Testshire")) == "0.0"
    assert not full.any_hidden()


def test_published_rows_hold_no_case_number(small_year):
    rows = year_figures(panel=small_year, year=2018, suppressed=True).rows()
    text = " ".join(f"{r.figure} {r.breakdown} {r.shown}" for r in rows)
    assert "CDOP-17" not in text
    # Every figure of the report's section 5 is there.
    figures = {r.figure for r in rows}
    assert {"Panel meetings held", "Deaths reviewed", "Actions raised"} <= figures
    assert "Deaths reviewed, Testshire, by category" in figures
