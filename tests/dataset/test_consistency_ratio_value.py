"""A ratio against its printed value: numerator/denominator to one decimal place."""

from __future__ import annotations

import pytest

from safeboard.dataset.consistency import check
from tests.dataset.test_consistency_support import Q1, Q2, Q3, Q4, fig, table_2_1, table_3_6


def test_the_report_ratios_of_2_1_and_3_6_reproduce_their_printed_values():
    assert [f for f in check([*table_2_1(), *table_3_6()]) if f.rule == "ratio-value"] == []


def test_a_percent_printed_one_tenth_off_is_one_finding():
    figure = fig("referrals_to_assessment", Q1, 42.3, num=1247, den=2943, table="2.1")
    [finding] = check([figure])
    assert finding.rule == "ratio-value"
    assert finding.figures == (figure,)
    assert finding.difference == pytest.approx(-0.1)
    assert finding.message == (
        "referrals_to_assessment (total, 2017-06-30): 1247/2943 gives 42.4 (%, 1 dp), "
        "not the 42.3 shown."
    )


def test_the_report_s_cse_share_19_of_58_is_32_8_not_32_7():
    printed = fig("cse_open_looked_after", "2016-03-31", 32.7, num=19, den=58, table="3.3")
    [finding] = check([printed])
    assert finding.difference == pytest.approx(-0.1)


@pytest.mark.parametrize(
    ("value", "flagged"),
    [(6.3, False), (6.2, True), (6.25, False)],
)
def test_half_rounds_away_from_zero(value, flagged):
    # 1/16 = 6.25% exactly: printed to one place it is 6.3.
    figure = fig("cp_disabled", Q4, value, num=1, den=16)
    assert bool(check([figure])) is flagged


def test_rates_per_10000_are_checked_to_one_place():
    good = fig("cp_rate", Q4, 49.8, num=564, den=113_253, table="4.1")
    bad = fig("cp_rate", Q3, 49.0, num=554, den=113_253, table="4.1")
    findings = check([good, bad])
    assert [(f.figures, f.difference) for f in findings] == [((bad,), pytest.approx(0.1))]


def test_a_count_shows_its_numerator():
    assert check([fig("referrals", Q2, 5409, num=5409)]) == []
    shown = fig("referrals", Q2, 5490, num=5409)
    [finding] = check([shown])
    assert finding.difference == 81.0


def test_a_share_cannot_exceed_its_whole_nor_divide_by_zero():
    over = fig("lac_residential", Q3, 110.0, num=11, den=10)
    zero = fig("lac_residential", Q4, 0.0, num=0, den=0)
    findings = check([over, zero])
    assert [(f.figures, f.difference) for f in findings] == [((over,), 1.0), ((zero,), None)]
    assert "exceeds" in findings[0].message
    assert "denominator of 0" in findings[1].message


def test_figures_without_integers_or_values_are_not_checked():
    assert check([fig("cp_disabled", Q4, 4.6), fig("cp_disabled", Q3, None, num=3, den=0)]) == []
