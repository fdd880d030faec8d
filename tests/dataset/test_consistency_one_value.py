"""One quantity, one value: the same indicator, period and breakdown agree everywhere."""

from __future__ import annotations

from safeboard.dataset.compute import Figure
from safeboard.dataset.consistency import SourcedFigure, check
from tests.dataset.test_consistency_support import Q3, Q4, fig


def test_the_same_count_in_two_tables_and_computed_is_consistent():
    figures = [
        fig("cp_open", Q4, 564, table="3.1"),
        fig("cp_open", Q4, 564, table="4.2"),
        fig("cp_open", Q4, num=564, source="computed"),
    ]
    assert check(figures) == []


def test_two_tables_that_disagree_are_one_finding_naming_both():
    in_3_1 = fig("cp_open", "2017-03-31", 439, table="3.1")
    in_4_2 = fig("cp_open", "2017-03-31", 443, table="4.2")
    [finding] = check([in_4_2, in_3_1, fig("cp_open", Q4, 564, table="3.1")])
    assert finding.rule == "one-value"
    assert finding.figures == (in_3_1, in_4_2)
    assert finding.difference == 4.0
    assert finding.severity == "error"
    assert finding.message == (
        "cp_open (total) for the period ending 2017-03-31 is given 2 times and they "
        "disagree: value differs by 4."
    )


def test_a_published_figure_against_the_computed_one():
    computed = Figure(
        indicator="referrals",
        period_kind="cumulative",
        period_start="2017-04-01",
        period_end=Q3,
        breakdown_dim="",
        breakdown_value="",
        numerator=8040,
        denominator=None,
        value=8040.0,
        unit="count",
    )
    published = fig("referrals", Q3, 8033, table="2.1")
    [finding] = check([computed, published])
    assert finding.figures == (SourcedFigure.of(computed, table="2.1"), published)
    assert finding.difference == 7.0
    assert finding.figures[0].source == "computed"


def test_percents_agree_to_the_printed_place_but_their_integers_must_match_too():
    printed = fig("referrals_to_assessment", Q3, 41.9, table="2.1")
    computed = fig("referrals_to_assessment", Q3, num=3366, den=8033, source="computed")
    assert check([printed, computed]) == []

    other = fig("referrals_to_assessment", Q3, num=3366, den=8035, table="2.3")
    findings = [f for f in check([printed, computed, other]) if f.rule == "one-value"]
    [finding] = findings
    assert finding.message.endswith("denominator differs by 2.")
    assert finding.difference == 2.0


def test_breakdowns_and_periods_are_different_quantities():
    figures = [
        fig("cp_by_gender", Q4, 298, dim="gender", val="Male", table="4.2"),
        fig("cp_by_gender", Q4, 248, dim="gender", val="Female", table="4.2"),
        fig("cp_open", Q3, 554, table="3.1"),
        fig("cp_open", Q4, 564, table="3.1"),
    ]
    assert [f for f in check(figures) if f.rule == "one-value"] == []
