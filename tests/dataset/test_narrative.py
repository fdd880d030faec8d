"""Narrative facts are built from figures and re-checked by the consistency engine."""

from __future__ import annotations

from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.model import SourcedFigure
from safeboard.dataset.narrative import change_fact, year_on_year_facts


def _cp_open(end: str, count: int) -> SourcedFigure:
    return SourcedFigure(
        indicator="cp_open", period_kind="snapshot", period_start=end, period_end=end,
        breakdown_dim="", breakdown_value="", numerator=count, denominator=None,
        value=float(count), unit="count",
    )  # fmt: skip


def test_the_source_reports_sentence():
    # Section 4 of the source report: plans rose 28.5% from 439 to 564 (125/439 = 28.47%).
    fact = change_fact(
        _cp_open("2017-03-31", 439),
        _cp_open("2018-03-31", 564),
        subject="The number of children subject to a child protection plan",
    )
    assert fact.text == (
        "The number of children subject to a child protection plan rose by 28.5%, from 439 to 564."
    )
    figures = [_cp_open("2017-03-31", 439), _cp_open("2018-03-31", 564)]
    assert check(figures, facts=[fact]) == []


def test_a_sentence_whose_figure_changed_is_flagged():
    fact = change_fact(_cp_open("2017-03-31", 439), _cp_open("2018-03-31", 564), subject="Plans")
    # The 2018 figure is recomputed after a corrected import: 560, not 564.
    findings = check([_cp_open("2017-03-31", 439), _cp_open("2018-03-31", 560)], facts=[fact])
    assert [f.rule for f in findings] == ["narrative"]


def test_falls_and_no_change():
    fall = change_fact(_cp_open("2017-03-31", 100), _cp_open("2018-03-31", 97), subject="Plans")
    assert fall.text == "Plans fell by 3.0%, from 100 to 97."
    assert (
        change_fact(_cp_open("2017-03-31", 97), _cp_open("2018-03-31", 97), subject="Plans") is None
    )


def test_year_on_year_facts_pick_year_end_totals():
    facts = year_on_year_facts([_cp_open("2017-03-31", 439), _cp_open("2018-03-31", 564)], 2018)
    assert [f.text for f in facts] == [
        "The number of children subject to a child protection plan rose by 28.5%, from 439 to 564."
    ]
