"""Breakdowns add up to their total: counts exactly, percents to 100 +/- 0.2."""

from __future__ import annotations

import pytest

from safeboard.dataset.breakdowns import BREAKDOWNS
from safeboard.dataset.consistency import check
from tests.dataset.test_consistency_support import (
    Q4,
    fig,
    only,
    table_2_3,
    table_2_4,
    table_4_2,
)

ETHNICITY_Q4 = {"White British/Irish/Other": 87.9, "BME": 9.2, "Not recorded": 0.0, "Unborn": 2.8}


def breakdown(indicator, dim, cells, end=Q4, **common):
    return [fig(indicator, end, value, dim=dim, val=key, **common) for key, value in cells.items()]


def test_the_report_s_4_2_and_2_3_breakdowns_add_up():
    assert [f for f in check([*table_4_2(), *table_2_3()]) if f.rule == "breakdown-total"] == []


def test_the_report_s_2_4_sources_add_up_to_their_total_row():
    assert [f for f in check(table_2_4()) if f.rule == "breakdown-total"] == []


def test_a_count_cell_off_by_two_is_one_finding_naming_every_cell_and_the_total():
    figures = table_4_2()
    male = only(figures, "cp_by_gender", Q4, breakdown_value="Male")
    planted = [f if f is not male else fig(**{**_args(male), "value": 300}) for f in figures]
    [finding] = check(planted)
    assert finding.rule == "breakdown-total"
    assert finding.difference == 2.0
    cells = [f for f in finding.figures if f.indicator == "cp_by_gender"]
    assert {f.breakdown_value for f in cells} == set(BREAKDOWNS["gender"])
    assert finding.figures[-1] == only(figures, "cp_open", Q4, table="4.2")
    assert finding.message == (
        "The gender cells of cp_by_gender (2018-03-31) add up to 566, not the total 564 (cp_open)."
    )


def _args(figure):
    return {
        "indicator": figure.indicator,
        "end": figure.period_end,
        "dim": figure.breakdown_dim,
        "val": figure.breakdown_value,
        "table": figure.table,
    }


def test_a_count_breakdown_uses_its_own_total_row_when_it_has_one():
    cells = breakdown("cp_by_category", "cp_category", dict(NEG=1, PHY=2, SAB=3, EMO=4, MUL=5))
    own_total = fig("cp_by_category", Q4, 15)
    assert check([*cells, own_total]) == []
    wrong_total = fig("cp_by_category", Q4, 16)
    [finding] = check([*cells, wrong_total])
    assert (finding.figures[-1], finding.difference) == (wrong_total, -1.0)


def test_percents_within_0_2_of_100_are_consistent_and_beyond_are_not():
    assert check(breakdown("cp_by_ethnicity", "ethnicity", ETHNICITY_Q4)) == []  # 99.9
    planted = breakdown("cp_by_ethnicity", "ethnicity", {**ETHNICITY_Q4, "BME": 9.6})
    [finding] = check(planted)
    assert finding.rule == "breakdown-total"
    assert finding.figures == tuple(sorted(planted, key=lambda f: f.sort_key()))
    assert finding.difference == pytest.approx(0.3)
    assert "add up to 100.3%, not 100% +/- 0.2" in finding.message


def test_many_cells_are_allowed_their_rounding():
    # 23 referral sources, each printed to 0.1: rounding alone can move the sum by 1.15.
    cells = {code: 4.35 if n < 12 else 4.4 for n, code in enumerate(BREAKDOWNS["referral_source"])}
    total = sum(cells.values())
    assert 100.4 < total < 101.15
    assert check(breakdown("referrals_by_source", "referral_source", cells)) == []


def test_percents_with_integers_over_one_denominator_add_up_exactly():
    counts = {"English": 60, "Non English speaking": 3, "Not recorded": 30, "Unborn": 7}
    cells = [
        fig("referrals_by_language", Q4, num=n, den=100, dim="language", val=key)
        for key, n in counts.items()
    ]
    assert check(cells) == []
    short = [
        *cells[:-1],
        fig("referrals_by_language", Q4, num=6, den=100, dim="language", val="Unborn"),
    ]
    [finding] = check(short)
    assert finding.difference == -1.0
    assert "add up to 99, not their denominator 100" in finding.message


def test_a_breakdown_with_values_missing_may_fall_short_but_not_exceed():
    assert check([fig("cp_by_ethnicity", Q4, 9.2, dim="ethnicity", val="BME")]) == []
    two = breakdown("cp_by_gender", "gender", {"Male": 300, "Female": 270})
    cp_open = fig("cp_open", Q4, 564)
    [finding] = check([*two, cp_open])
    assert finding.difference == 6.0
    assert "more than the total 564" in finding.message
    assert check([*two[:1], cp_open]) == []


def test_districts_are_not_a_partition():
    # A child with no district counts in the county total only.
    figures = [
        fig("referral_rate", Q4, num=10, den=1000, dim="district", val="Rugby"),
        fig("referral_rate", Q4, num=25, den=3000),
        fig("cp_rate", Q4, 50.0, dim="district", val="Rugby"),
    ]
    assert check(figures) == []
