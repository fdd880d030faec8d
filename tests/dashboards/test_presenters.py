"""Tables as in Appendix A: periods as columns, every figure a link to its page."""

from __future__ import annotations

import re

from django.urls import reverse

from safeboard.dashboards.presenters import data_table, figure_url
from safeboard.dashboards.sections import Breakdown, Row, Table
from tests.dashboards.helpers import held_figures


def _cells(html: str) -> list[list[str]]:
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", html, re.S):
        cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        rows.append([re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", c)).strip() for c in cells])
    return rows


def test_periods_are_columns_and_each_figure_links_to_its_page():
    held = held_figures(
        {
            ("referrals", "", ""): [6524, 8154, 5890, 5975, 2943, 5409, 8033, 10750],
            ("referrals_to_assessment", "", ""): [
                (3525, 6524),
                (4546, 8154),
                (3091, 5890),
                (3818, 5975),
                (1247, 2943),
                (2257, 5409),
                (3366, 8035),
                (4544, 10750),
            ],
        },
        uncovered=(("referrals", "2014-03-31"),),
    )
    html = data_table(
        Table("2.1", "Referrals", (Row("referrals"), Row("referrals_to_assessment"))), held
    )
    head, referrals, to_assessment = _cells(html)
    assert head == [
        "Measure",
        "2013/14",
        "2014/15",
        "2015/16",
        "2016/17",
        "Q1 2017/18",
        "Q2 2017/18",
        "Q3 2017/18",
        "Q4 2017/18",
    ]
    assert referrals[:3] == [
        "Referrals received",
        ":not available",
        "8,154 Referrals received, 2014/15",
    ]
    assert referrals[-1] == "10,750 Referrals received, Q4 2017/18"
    assert to_assessment[1].startswith("54.0%")
    assert to_assessment[-1].startswith("42.3%")
    q4 = held.get("referrals", "2018-03-31")
    assert f'href="{figure_url(q4)}"' in html
    assert figure_url(q4) == reverse("dashboards:figure", args=["referrals", "2018-03-31"])


def test_a_breakdown_lists_every_value_beside_the_baseline_and_counts_with_shares():
    held = held_figures(
        {
            ("referrals_by_ethnicity", "ethnicity", "BME"): [(1, 10)] * 8,
            ("referrals_by_ethnicity", "ethnicity", "White British/Irish/Other"): [(9, 10)] * 8,
            ("referrals_by_source", "referral_source", "6"): [(2061, 10750)] * 8,
        },
        baseline={"ethnicity": [("BME", 17.7), ("White British/Irish/Other", 81.5)]},
    )
    ethnicity = _cells(
        data_table(
            Table(
                "2.3",
                "By ethnicity",
                (Breakdown("referrals_by_ethnicity", "ethnicity"),),
                baseline_dim="ethnicity",
            ),
            held,
        )
    )
    assert ethnicity[0][0] == "Ethnicity"
    assert ethnicity[0][-1] == "Baseline"
    assert [r[0] for r in ethnicity[1:]] == [
        "White British/Irish/Other",
        "BME",
        "Not recorded",
        "Unborn",
    ]
    assert ethnicity[2][-1] == "17.7%"
    assert ethnicity[1][-1] == "81.5%"
    assert ethnicity[3][-1] == "n/a"
    # A value with no figure at all (none computed) is not available, never a zero.
    assert ethnicity[3][1] == ":not available"
    source = _cells(
        data_table(
            Table(
                "2.4",
                "By source",
                (Breakdown("referrals_by_source", "referral_source"),),
                counts_with_shares=True,
            ),
            held,
        )
    )
    police = next(r for r in source if r[0] == "Police")
    assert police[-1].startswith("2,061 (19.2%)")


def test_districts_come_from_the_figures_with_the_whole_area_last():
    held = held_figures(
        {
            ("cp_rate", "", ""): [(50, 10000)] * 8,
            ("cp_rate", "district", "Rugby"): [(36, 10000)] * 8,
            ("cp_rate", "district", "Warwick"): [(51, 10000)] * 8,
        }
    )
    rows = _cells(
        data_table(Table("4.1", "Rate", (Breakdown("cp_rate", "district", total="last"),)), held)
    )
    assert rows[0][:2] == ["District", "31 Mar 2014"]
    assert rows[0][-1] == "31 Mar 2018"
    assert [r[0] for r in rows[1:]] == ["Rugby", "Warwick", "Whole area"]
    assert rows[3][-1].startswith("50.0")


def test_a_share_with_nothing_to_divide_by_is_marked_z_and_still_links():
    held = held_figures({("cp_long_plans", "", ""): [(0, 0)] * 8})
    rows = _cells(data_table(Table("4.3", "Long", (Row("cp_long_plans"),)), held))
    assert rows[1][1].startswith("z ")
    assert "not applicable" in rows[1][1]
