"""A ratio's denominator equals the count it names (declarations.WHOLE_OF)."""

from __future__ import annotations

import re

import pytest

from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.declarations import WHOLE_OF
from safeboard.dataset.registry import indicators
from tests.dataset.test_consistency_support import (
    Q1,
    Q2,
    Q3,
    Q4,
    SPEC,
    fig,
    only,
    table_2_1,
)


def test_the_source_report_s_2_1_q3_share_over_8035_beside_8033_referrals_is_flagged():
    figures = table_2_1()
    [finding] = check(figures)
    share = only(figures, "referrals_to_assessment", Q3)
    referrals = only(figures, "referrals", Q3)
    assert (share.numerator, share.denominator, share.value) == (3366, 8035, 41.9)
    assert finding.rule == "named-count"
    assert finding.figures == (share, referrals)
    assert finding.difference == 2.0
    assert finding.message == (
        "The denominator of referrals_to_assessment (total, 2017-12-31) is 8035 but "
        "referrals, the count it names, is 8033."
    )


def test_every_declared_share_over_its_count_is_consistent():
    counts = sorted(set(WHOLE_OF.values()))
    figures = []
    for count in counts:
        end = Q4 if SPEC[count][1] == "snapshot" else Q2
        figures.append(fig(count, end, 500 + counts.index(count), table="T"))
    for share, count in sorted(WHOLE_OF.items()):
        end = Q4 if SPEC[share][1] == "snapshot" else Q2
        whole = 500 + counts.index(count)
        if SPEC[share][0] == "percent":
            figures.append(fig(share, end, num=7, den=whole, table="T"))
        else:
            figures.append(fig(share, end, whole, table="T"))
    assert check(figures) == []


@pytest.mark.parametrize(
    ("share", "count", "end"),
    [
        ("referrals_by_ethnicity", "referrals", Q1),
        ("cp_by_language", "cp_open", Q4),
        ("lac_residential", "lac_open", Q4),
        ("cp_long_plans", "cp_ceased", Q4),
        ("cp_short_plans", "cp_ceased", Q3),
        ("cp_repeat", "cp_started", Q2),
        ("cp_repeat_2y", "cp_started", Q1),
        ("icpc_within_15wd", "icpc", Q4),
        ("referrals_disabled", "referrals", Q4),
    ],
)
def test_a_denominator_off_by_one_is_flagged(share, count, end):
    whole = fig(count, end, 100)
    ratio = fig(share, end, num=10, den=101)
    [finding] = check([whole, ratio])
    assert (finding.rule, finding.figures, finding.difference) == (
        "named-count",
        (ratio, whole),
        1.0,
    )


def test_the_count_printed_in_the_same_table_comes_first():
    # 4.2's shares are over 4.2's 443, not 3.1's 439 (that clash is one-value's).
    figures = [
        fig("cp_open", "2017-03-31", 439, table="3.1"),
        fig("cp_open", "2017-03-31", 443, table="4.2"),
        fig("cp_disabled", "2017-03-31", num=4, den=443, table="4.2"),
    ]
    assert [f.rule for f in check(figures)] == ["one-value"]


def test_a_count_from_another_source_is_used_only_when_its_own_has_none():
    share = fig("referrals_to_assessment", Q3, num=3366, den=8035, table="2.1")
    computed = fig("referrals", Q3, num=8033, source="computed")
    [finding] = check([share, computed])
    assert finding.figures == (share, computed)
    assert check([share, computed, fig("referrals", Q3, 8035, table="2.1")]) != []
    assert [f.rule for f in check([share, computed, fig("referrals", Q3, 8035, table="2.1")])] == [
        "one-value"
    ]


def test_a_count_breakdown_s_total_row_is_its_named_count():
    total = fig("cp_by_gender", Q4, 566, table="4.2")
    cp_open = fig("cp_open", Q4, 564, table="4.2")
    [finding] = check([total, cp_open])
    assert finding.figures == (total, cp_open)
    assert finding.difference == 2.0
    assert finding.message.startswith("The total of cp_by_gender (total, 2018-03-31) is 566")


def test_every_declared_id_is_an_indicator_and_every_share_of_an_indicator_is_declared():
    known = indicators()
    assert set(WHOLE_OF) | set(WHOLE_OF.values()) <= set(known)
    for ind in known.values():
        named = re.search(r"\bshare of `?([a-z0-9_]+)", ind.definition)
        if named and named.group(1) in known:
            assert WHOLE_OF.get(ind.id) == named.group(1), ind.id
