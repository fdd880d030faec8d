"""Disclosure control of published outputs, on breakdowns worked by hand.

Each case gives the raw figures and the strings a reader would see. ``c`` is
suppressed, ``z`` not applicable, ``:`` not available; the threshold is 5
unless a test says otherwise.
"""

from dataclasses import replace

import pytest

from safeboard.dataset.compute import Figure, figure_value
from safeboard.dataset.disclosure import publish

Q4 = ("cumulative", "2017-04-01", "2018-03-31")


def fig(indicator, dim, value, numerator, denominator=None, unit="count", period=Q4, **extra):
    return Figure(
        indicator=indicator,
        period_kind=period[0],
        period_start=period[1],
        period_end=period[2],
        breakdown_dim=dim,
        breakdown_value=value,
        numerator=numerator,
        denominator=denominator,
        value=extra.get("published", figure_value(unit, numerator, denominator)),
        unit=unit,
    )


def counts(indicator, total, dim, cells, period=Q4):
    """A count's total row and one breakdown: ``cells`` is value -> count."""
    return [fig(indicator, "", "", total, period=period)] + [
        fig(indicator, dim, value, n, period=period) for value, n in cells.items()
    ]


def shown(published):
    """(dim, value) -> (shown, reason); the total is ("", "")."""
    return {(p.breakdown_dim, p.breakdown_value): (p.shown, p.suppressed_reason) for p in published}


@pytest.fixture(autouse=True)
def _default_threshold(settings):
    if hasattr(settings, "SAFEBOARD_DISCLOSURE_THRESHOLD"):
        del settings.SAFEBOARD_DISCLOSURE_THRESHOLD


def test_one_small_cell_gets_a_secondary():
    # 40 + 12 + 3 + 0 = 55. "Not recorded" (3) is primary; with only it hidden,
    # 55 - 40 - 12 - 0 would give it back, so the smallest shown non-zero cell
    # (BME, 12) goes too. The zero stays.
    figures = counts(
        "cp_open",
        55,
        "ethnicity",
        {"White British/Irish/Other": 40, "BME": 12, "Not recorded": 3, "Unborn": 0},
    )
    assert shown(publish(figures)) == {
        ("", ""): ("55", ""),
        ("ethnicity", "White British/Irish/Other"): ("40", ""),
        ("ethnicity", "BME"): ("c", "secondary"),
        ("ethnicity", "Not recorded"): ("c", "primary"),
        ("ethnicity", "Unborn"): ("0", ""),
    }


def test_two_small_cells_need_no_secondary():
    # 40 + 12 + 3 + 2 = 57: two unknowns summing to 5, neither recoverable.
    figures = counts(
        "cp_open",
        57,
        "ethnicity",
        {"White British/Irish/Other": 40, "BME": 12, "Not recorded": 3, "Unborn": 2},
    )
    assert shown(publish(figures)) == {
        ("", ""): ("57", ""),
        ("ethnicity", "White British/Irish/Other"): ("40", ""),
        ("ethnicity", "BME"): ("12", ""),
        ("ethnicity", "Not recorded"): ("c", "primary"),
        ("ethnicity", "Unborn"): ("c", "primary"),
    }


def test_the_small_cell_is_the_smallest_so_the_secondary_is_the_next_smallest():
    # 0 + 4 + 9 + 9 + 20 + 7 + 0 = 49. Under 1 (4) is primary; the next smallest
    # non-zero is 16 to 17 (7), not the zeros.
    figures = counts(
        "cp_open",
        49,
        "age_band",
        {
            "Unborn": 0,
            "Under 1": 4,
            "1 to 4": 9,
            "5 to 9": 9,
            "10 to 15": 20,
            "16 to 17": 7,
            "No DOB": 0,
        },
    )
    result = shown(publish(figures))
    assert result[("age_band", "Under 1")] == ("c", "primary")
    assert result[("age_band", "16 to 17")] == ("c", "secondary")
    assert [result[("age_band", v)][0] for v in ("Unborn", "1 to 4", "5 to 9", "10 to 15")] == [
        "0",
        "9",
        "9",
        "20",
    ]
    assert result[("age_band", "No DOB")] == ("0", "")
    assert result[("", "")] == ("49", "")


def test_ties_go_to_the_earlier_breakdown_value():
    # 4 + 7 + 7 + 20 = 38. The two 7s tie; "1 to 4" comes before "16 to 17".
    figures = counts(
        "cp_open", 38, "age_band", {"16 to 17": 7, "Under 1": 4, "1 to 4": 7, "10 to 15": 20}
    )
    result = shown(publish(figures))
    assert result[("age_band", "1 to 4")] == ("c", "secondary")
    assert result[("age_band", "16 to 17")] == ("7", "")


def test_a_total_with_one_hidden_cell():
    # 27 + 3 = 30. The total is shown, Female (3) is hidden: 30 - 27 would give
    # it back, so Male goes too; the total stays.
    figures = counts(
        "cp_open", 30, "gender", {"Male": 27, "Female": 3, "Unborn": 0, "Not recorded": 0}
    )
    assert shown(publish(figures)) == {
        ("", ""): ("30", ""),
        ("gender", "Male"): ("c", "secondary"),
        ("gender", "Female"): ("c", "primary"),
        ("gender", "Unborn"): ("0", ""),
        ("gender", "Not recorded"): ("0", ""),
    }


def test_a_small_total_hides_with_its_cells():
    # Total 4, all in Male: both primary; the zeros stay.
    figures = counts(
        "cp_open", 4, "gender", {"Male": 4, "Female": 0, "Unborn": 0, "Not recorded": 0}
    )
    result = shown(publish(figures))
    assert result[("", "")] == ("c", "primary")
    assert result[("gender", "Male")] == ("c", "primary")
    assert result[("gender", "Female")] == ("0", "")


def test_a_hidden_cell_with_no_other_cell_to_hide_hides_the_total_and_that_spreads():
    # County total 8; districts Rugby 3, Warwick 0 (five children have no
    # district). Rugby is primary; no other non-zero district is left, so the
    # total goes (8 - 0 would bound Rugby). The same total's gender breakdown is
    # then Male 8 with the total hidden: Male would give the total back, so it goes.
    figures = counts("cp_open", 8, "district", {"Rugby": 3, "Warwick": 0}) + [
        fig("cp_open", "gender", v, n)
        for v, n in {"Male": 8, "Female": 0, "Unborn": 0, "Not recorded": 0}.items()
    ]
    assert shown(publish(figures)) == {
        ("", ""): ("c", "secondary"),
        ("district", "Rugby"): ("c", "primary"),
        ("district", "Warwick"): ("0", ""),
        ("gender", "Male"): ("c", "secondary"),
        ("gender", "Female"): ("0", ""),
        ("gender", "Unborn"): ("0", ""),
        ("gender", "Not recorded"): ("0", ""),
    }


def test_no_total_row_means_no_secondary():
    figures = [
        fig("cp_open", "gender", "Male", 27),
        fig("cp_open", "gender", "Female", 3),
    ]
    assert [p.shown for p in publish(figures)] == ["27", "c"]


def test_a_share_breakdown_follows_its_numerators():
    # referrals_to_assessment by district: 3 + 20 + 27 = 50 of 10 + 30 + 40 = 80.
    # Rugby's numerator 3 is primary; Nuneaton's 20 is the next smallest.
    figures = [
        fig("referrals_to_assessment", "", "", 50, 80, "percent"),
        fig("referrals_to_assessment", "district", "Rugby", 3, 10, "percent"),
        fig("referrals_to_assessment", "district", "Nuneaton", 20, 30, "percent"),
        fig("referrals_to_assessment", "district", "Warwick", 27, 40, "percent"),
    ]
    assert shown(publish(figures)) == {
        ("", ""): ("62.5", ""),
        ("district", "Rugby"): ("c", "primary"),
        ("district", "Nuneaton"): ("c", "secondary"),
        ("district", "Warwick"): ("67.5", ""),
    }


def test_a_share_with_a_suppressed_count_is_suppressed_with_it():
    # The count has a total, the share (no total row here) has not: alone the
    # share would show Nuneaton's 66.7 (20 of a shown 30), giving back the
    # count's secondary cell and so Rugby. Linked, it hides with the count.
    count = counts("assessed", 50, "district", {"Rugby": 3, "Nuneaton": 20, "Warwick": 27})
    share = [
        fig("assessed_share", "district", "Rugby", 3, 10, "percent"),
        fig("assessed_share", "district", "Nuneaton", 20, 30, "percent"),
        fig("assessed_share", "district", "Warwick", 27, 40, "percent"),
    ]
    alone = publish(count + share)
    assert [p.shown for p in alone[4:]] == ["c", "66.7", "67.5"]
    linked = publish(count + share, numerator_of={"assessed_share": "assessed"})
    assert [(p.shown, p.suppressed_reason) for p in linked] == [
        ("50", ""),
        ("c", "primary"),
        ("c", "secondary"),
        ("27", ""),
        ("c", "primary"),
        ("c", "secondary"),
        ("67.5", ""),
    ]


def test_rates_per_10000_with_small_numerators():
    # 45 per 100,000 = 4.5; Rugby 4 per 20,000 = 2.0 (primary); Nuneaton 15 per
    # 30,000 = 5.0 (secondary, the next smallest numerator); Warwick 26 per
    # 40,000 = 6.5; Stratford 0 per 10,000 = 0.0.
    unit = "rate_per_10000"
    figures = [
        fig("cp_rate", "", "", 45, 100_000, unit),
        fig("cp_rate", "district", "Rugby", 4, 20_000, unit),
        fig("cp_rate", "district", "Nuneaton", 15, 30_000, unit),
        fig("cp_rate", "district", "Warwick", 26, 40_000, unit),
        fig("cp_rate", "district", "Stratford", 0, 10_000, unit),
    ]
    assert [(p.shown, p.suppressed_reason) for p in publish(figures)] == [
        ("4.5", ""),
        ("c", "primary"),
        ("c", "secondary"),
        ("6.5", ""),
        ("0.0", ""),
    ]


def test_zero_stays_zero():
    figures = [
        fig("cp_open", "", "", 0),
        fig("referrals_to_assessment", "", "", 0, 12, "percent"),
    ]
    assert [(p.shown, p.suppressed_reason) for p in publish(figures)] == [("0", ""), ("0.0", "")]


def test_not_applicable_and_not_available():
    figures = [
        # 0 of 0: no share to give.
        fig("referrals_to_assessment", "", "", 0, 0, "percent"),
        # No figure at all.
        fig("cp_open", "", "", None),
        fig("cp_rate", "", "", None, None, "rate_per_10000"),
        # A count but no population to divide by.
        fig("cp_rate", "district", "Rugby", 12, None, "rate_per_10000"),
    ]
    assert [p.shown for p in publish(figures)] == ["z", ":", ":", ":"]


def test_z_and_colon_cells_do_not_protect_a_hidden_cell():
    # 3 + 17 = 20 with a third cell not available: Rugby would still be 20 - 17.
    figures = counts("cp_open", 20, "district", {"Rugby": 3, "Warwick": 17, "Nuneaton": None})
    assert [p.shown for p in publish(figures)] == ["20", "c", "c", ":"]


def test_the_threshold_is_a_setting(settings):
    figures = counts("cp_open", 57, "gender", {"Male": 50, "Female": 7})
    assert [p.shown for p in publish(figures)] == ["57", "50", "7"]
    settings.SAFEBOARD_DISCLOSURE_THRESHOLD = 10
    # Female (7) is now primary, and Male goes as its secondary.
    assert [p.shown for p in publish(figures)] == ["57", "c", "c"]
    # An explicit threshold wins over the setting.
    assert [p.shown for p in publish(figures, threshold=3)] == ["57", "50", "7"]
    settings.SAFEBOARD_DISCLOSURE_THRESHOLD = 2
    assert [p.shown for p in publish(counts("cp_open", 3, "gender", {"Male": 3}))] == ["3", "3"]


def test_periods_and_sources_are_groups_of_their_own():
    # Neither Q1's total nor a published Q4 total makes a group with Q4's
    # computed cells.
    q1 = ("cumulative", "2017-04-01", "2017-06-30")
    figures = [
        fig("cp_open", "", "", 30, period=q1),
        replace(fig("cp_open", "", "", 30), source="published"),
        fig("cp_open", "gender", "Male", 27),
        fig("cp_open", "gender", "Female", 3),
    ]
    assert [p.shown for p in publish(figures)] == ["30", "30", "27", "c"]


def test_published_counts_given_as_values_are_controlled_too():
    figures = [fig("cp_open", "", "", None, published=4.0)]
    assert publish(figures)[0].shown == "c"


def test_the_result_does_not_depend_on_the_input_order():
    figures = (
        counts(
            "cp_open",
            38,
            "age_band",
            {"16 to 17": 7, "Under 1": 4, "1 to 4": 7, "10 to 15": 20},
        )
        + counts("cp_open", 8, "district", {"Rugby": 3, "Warwick": 0}, period=Q4)[1:]
    )
    # age_band first (groups go by dim name): Under 1 primary, "1 to 4" its
    # secondary; then district: Rugby primary with no other non-zero cell, so
    # the total goes.
    assert [p.shown for p in publish(figures)] == ["c", "7", "c", "c", "20", "c", "0"]
    expected = sorted(publish(figures), key=repr)
    for turn in range(len(figures)):
        rotated = figures[turn:] + figures[:turn]
        assert sorted(publish(rotated), key=repr) == expected
        assert sorted(publish(rotated[::-1]), key=repr) == expected


def test_published_figures_carry_no_numbers_beyond_the_shown_string():
    [published] = publish([fig("cp_open", "", "", 3)])
    assert published.as_dict() == {
        "indicator": "cp_open",
        "period_kind": "cumulative",
        "period_start": "2017-04-01",
        "period_end": "2018-03-31",
        "breakdown_dim": "",
        "breakdown_value": "",
        "unit": "count",
        "source": "computed",
        "shown": "c",
        "suppressed_reason": "primary",
    }
