"""Stock and flow: the stock at the start + begun - ended = the stock at the end."""

from __future__ import annotations

from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.declarations import DECLARATIONS, StockFlow
from tests.dataset.test_consistency_support import (
    PRIVATE_FOSTERING,
    Q1,
    Q2,
    WITH_PRIVATE_FOSTERING,
    fig,
)

OPENING = fig("pf_children", "2017-03-31", 7, source="return")


def quarter(begun, ended, closing, end=Q1, **common):
    common = {"source": "return", **common}
    return [
        fig("pf_begun", end, begun, **common),
        fig("pf_ended", end, ended, **common),
        fig("pf_children", end, closing, **common),
    ]


def test_declarations_are_data_and_every_stock_flow_names_three_indicators():
    assert all(isinstance(s, StockFlow) for s in DECLARATIONS.stock_flows)
    assert WITH_PRIVATE_FOSTERING.stock_flows == (PRIVATE_FOSTERING,)


def test_a_balanced_quarter_and_year_to_date_have_no_finding():
    # 7 + 4 - 2 = 9 by 30 June; 7 + 6 - 5 = 8 by 30 September (cumulative from 1 April).
    figures = [OPENING, *quarter(4, 2, 9), *quarter(6, 5, 8, end=Q2)]
    assert check(figures, declarations=WITH_PRIVATE_FOSTERING) == []


def test_an_unbalanced_quarter_is_one_finding_naming_all_four_figures():
    begun, ended, closing = quarter(4, 2, 10)
    [finding] = check([OPENING, begun, ended, closing], declarations=WITH_PRIVATE_FOSTERING)
    assert finding.rule == "stock-flow"
    assert finding.figures == (OPENING, begun, ended, closing)
    assert finding.difference == -1.0
    assert finding.message == (
        "pf_children at 2017-03-31 (7) + pf_begun (4) - pf_ended (2) from 2017-04-01 to "
        "2017-06-30 is 9, but pf_children at 2017-06-30 is 10."
    )


def test_a_flow_not_declared_or_missing_a_figure_is_not_checked():
    figures = [OPENING, *quarter(4, 2, 10)]
    assert check(figures) == []  # nothing declared by default for these ids
    without_closing = [OPENING, *quarter(4, 2, 10)[:2]]
    assert check(without_closing, declarations=WITH_PRIVATE_FOSTERING) == []


def test_breakdowns_balance_separately():
    rugby = {"dim": "district", "val": "Rugby"}
    figures = [
        fig("pf_children", "2017-03-31", 2, source="return", **rugby),
        *quarter(1, 0, 3, **rugby),
        OPENING,
        *quarter(4, 2, 9),
    ]
    assert check(figures, declarations=WITH_PRIVATE_FOSTERING) == []
