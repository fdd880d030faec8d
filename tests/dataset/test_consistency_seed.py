"""The source report's Appendix A, as published, flagged exactly where it disagrees with itself.

Every finding below was checked by hand against the printed tables:

- one-value: children on a plan at 31 March 2017 are 439 in table 3.1 and 443 in 4.2;
- ratio-value: table 2.4 Q2, family referrals 468/5409 is 8.7%, printed 8.6%;
- named-count: table 2.1 Q3 prints 3366/8035 = 41.9% beside 8033 referrals;
- cumulative-falls: table 2.4, referrals from school nurses 86 by Q3, 12 by Q4;
- ratio-value: table 3.3, 19/58 looked-after CSE children printed 32.7% (32.8%);
- stock-flow: table 3.2, private fostering 13 + 14 - 16 = 11, not 13, at 31 March 2015;
  13 + 17 - 24 = 6, not 10, in 2016; 10 + 15 - 17 = 8, not 7, in 2017.

Everything else (the 2.1 history, 2.2 rates, 2.3 and 4.2 breakdowns, 3.1, 3.5, 3.6, and
the narrative's "increased by 28.5% rising from 439 to 564") is consistent.
"""

from __future__ import annotations

from safeboard.dataset.consistency import FigureKey, NarrativeFact, check
from tests.dataset.test_consistency_support import (
    Q1,
    Q2,
    Q3,
    Q4,
    WITH_PRIVATE_FOSTERING,
    YEAR_ENDS,
    fig,
    only,
    ratio_row,
    row,
    seed_figures,
)

PF_ENDS = YEAR_ENDS[1:]  # 2013/14 .. 2016/17


def table_3_2():
    t = {"table": "3.2"}
    return [
        *row("pf_begun", PF_ENDS, [20, 14, 17, 15], **t),
        *row("pf_ended", PF_ENDS, [11, 16, 24, 17], **t),
        *row("pf_children", PF_ENDS, [13, 13, 10, 7], **t),
    ]


def table_3_3():
    ends = ("2016-03-31", "2017-03-31", Q1, Q2, Q3, Q4)
    return [
        *row("cse_open", ends, [58, 65, 81, 85, 67, 68], table="3.3"),
        *ratio_row(
            "cse_open_looked_after",
            ends,
            [(19, 58), (23, 65), (29, 81), (30, 85), (21, 67), (18, 68)],
            [32.7, 35.4, 35.8, 35.3, 31.3, 26.5],
            table="3.3",
        ),
    ]


NARRATIVE = NarrativeFact(
    text="The number of children subject to Child Protection Plans increased in this year "
    "by 28.5% rising from 439 to 564.",
    cites=(FigureKey("cp_open", "2017-03-31", table="3.1"), FigureKey("cp_open", Q4, table="3.1")),
)


def test_appendix_a_is_flagged_exactly_where_it_disagrees_with_itself():
    figures = [*seed_figures(), *table_3_2(), *table_3_3()]
    findings = check(figures, [NARRATIVE], declarations=WITH_PRIVATE_FOSTERING)

    def pf(indicator, end):
        return only(figures, indicator, end)

    assert [(f.rule, f.figures, f.difference) for f in findings] == [
        (
            "one-value",
            (
                only(figures, "cp_open", "2017-03-31", table="3.1"),
                only(figures, "cp_open", "2017-03-31", table="4.2"),
            ),
            4.0,
        ),
        ("ratio-value", (only(figures, "cse_open_looked_after", "2016-03-31"),), -0.1),
        (
            "ratio-value",
            (only(figures, "referrals_by_source", Q2, breakdown_value="1A"),),
            -0.1,
        ),
        (
            "named-count",
            (only(figures, "referrals_to_assessment", Q3), only(figures, "referrals", Q3)),
            2.0,
        ),
        (
            "cumulative-falls",
            (
                only(figures, "referrals_by_source", Q3, breakdown_value="3C"),
                only(figures, "referrals_by_source", Q4, breakdown_value="3C"),
            ),
            -74.0,
        ),
        *[
            (
                "stock-flow",
                (
                    pf("pf_children", before),
                    pf("pf_begun", end),
                    pf("pf_ended", end),
                    pf("pf_children", end),
                ),
                gap,
            )
            for before, end, gap in (
                ("2014-03-31", "2015-03-31", -2.0),
                ("2015-03-31", "2016-03-31", -4.0),
                ("2016-03-31", "2017-03-31", 1.0),
            )
        ],
    ]
    named = findings[3]
    assert named.message == (
        "The denominator of referrals_to_assessment (total, 2017-12-31) is 8035 but "
        "referrals, the count it names, is 8033."
    )
    assert all(f.severity == "error" for f in findings)


def test_the_narrative_agrees_with_table_3_1_but_not_with_4_2():
    figures = seed_figures()
    assert [f for f in check(figures, [NARRATIVE]) if f.rule == "narrative"] == []

    against_4_2 = NarrativeFact(
        text=NARRATIVE.text,
        cites=(
            FigureKey("cp_open", "2017-03-31", table="4.2"),
            FigureKey("cp_open", Q4, table="4.2"),
        ),
    )
    [finding] = [f for f in check(figures, [against_4_2]) if f.rule == "narrative"]
    assert finding.message == (
        f'"{NARRATIVE.text}": it says from 439, the figure is 443; '
        "it says 28.5%, the figures give 27.3%."
    )
    assert finding.difference == 1.2
    assert finding.fact == NARRATIVE.text


def test_a_figure_names_its_table_and_reference():
    figure = fig("referrals_to_assessment", Q3, 41.9, num=3366, den=8035, table="2.1")
    assert figure.describe() == (
        "referrals_to_assessment 2017-04-01 to 2017-12-31, total: 41.9 (3366/8035) "
        "[published, table 2.1, Annual Report 2017-18]"
    )
