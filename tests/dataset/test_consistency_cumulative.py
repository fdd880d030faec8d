"""Cumulative figures never fall from one quarter to the next within a year."""

from __future__ import annotations

from safeboard.dataset.consistency import check
from tests.dataset.test_consistency_support import (
    Q1,
    Q2,
    Q3,
    Q4,
    QUARTERS,
    fig,
    only,
    row,
    table_2_1,
    table_2_2,
    table_2_4,
    table_3_5,
)


def test_the_report_s_cumulative_tables_rise_quarter_by_quarter():
    figures = [*table_2_1(), *table_2_2(), *table_3_5()]
    assert [f for f in check(figures) if f.rule == "cumulative-falls"] == []


def test_a_count_that_falls_is_one_finding_naming_both_quarters():
    figures = row("contacts", QUARTERS, [3539, 7133, 10509, 10400], table="2.1")
    [finding] = check(figures)
    assert finding.rule == "cumulative-falls"
    assert finding.figures == (figures[2], figures[3])
    assert finding.difference == -109.0
    assert finding.message == (
        "contacts (total) is cumulative from 2017-04-01 but falls from 2017-12-31 to "
        "2018-03-31: value 10509 to 10400."
    )


def test_the_report_s_school_nurse_referrals_fall_from_86_to_12():
    figures = table_2_4()
    [finding] = [f for f in check(figures) if f.rule == "cumulative-falls"]
    assert finding.figures == (
        only(figures, "referrals_by_source", Q3, breakdown_value="3C"),
        only(figures, "referrals_by_source", Q4, breakdown_value="3C"),
    )
    assert finding.difference == -74.0
    assert finding.message.endswith("numerator 86 to 12.")


def test_a_quarter_missing_compares_with_the_next_one_present():
    figures = [fig("icpc", Q1, 40), fig("icpc", Q3, 39)]
    [finding] = check(figures)
    assert finding.figures == tuple(figures)


def test_shares_may_fall_but_their_integers_may_not():
    falling_share = [
        fig("cp_repeat", Q1, num=30, den=100),
        fig("cp_repeat", Q2, num=35, den=190),
    ]
    assert check(falling_share) == []
    shrinking = [fig("cp_repeat", Q1, num=30, den=100), fig("cp_repeat", Q2, num=30, den=99)]
    [finding] = check(shrinking)
    assert finding.difference == -1.0
    assert "denominator 100 to 99" in finding.message


def test_snapshots_and_separate_years_and_sources_are_not_compared():
    figures = [
        fig("cp_open", Q3, 554),
        fig("cp_open", Q4, 500),
        fig("referrals", "2017-03-31", 10546),
        fig("referrals", Q1, 2943),
        fig("contacts", Q1, 3539, table="2.1"),
        fig("contacts", Q2, 3000, source="computed"),
    ]
    assert [f.rule for f in check(figures)] == []
