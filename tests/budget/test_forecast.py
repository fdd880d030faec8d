"""The forecast and its warnings, against 2018/19 in progress worked out by hand.

budget_2019: agreed 100,000 (60,000 still to come); staffing 9,000 in each
of April, May and June 2018 and the chair's 3,000 quarter in June, so
30,000 over 3 months; training fees 600 in May and 400 in August; a review
cost 2,500 in May against a review budget of 6,000.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safeboard.budget import services, summaries
from safeboard.budget.summaries import (
    BALANCE_BELOW_ZERO,
    DEFICIT_FROM_RESERVES,
    RESERVES_SHORT,
)
from tests.budget.helpers import budget_2018, budget_2019

pytestmark = pytest.mark.django_db


def test_projection_from_the_latest_month_with_actuals(bu):
    budget_2019(bu)
    forecast = summaries.forecast(2019)
    assert forecast.through == date(2018, 6, 1)
    assert forecast.months_elapsed == 3
    assert forecast.expenditure_to_date == Decimal("30000")
    # Straight line: 30,000 x 12 / 3.
    assert forecast.projected_expenditure == Decimal("120000")
    # Reviews: the larger of 2,500 spent and the 6,000 budget.
    assert forecast.review_spending_to_date == Decimal("2500")
    assert forecast.projected_review_spending == Decimal("6000")
    # Income: all 100,000 agreed (council 30,000 and police 30,000 not yet received) + the May fee
    # (the August fee is after June, so not yet counted).
    assert forecast.contributions_outstanding == Decimal("60000")
    assert forecast.other_income_to_date == Decimal("600")
    assert forecast.projected_income == Decimal("100600")
    # 100,600 - 120,000 - 6,000.
    assert forecast.projected_position == Decimal("-25400")
    # 20,000 brought forward - 25,400.
    assert forecast.projected_carried_forward == Decimal("-5400")
    assert not forecast.is_outturn


def test_warns_when_the_balance_would_go_below_zero(bu):
    budget_2019(bu, brought_forward="20000")
    (warning,) = summaries.forecast(2019).warnings
    assert warning.code == "balance-below-zero"
    assert warning.serious
    assert warning.message == BALANCE_BELOW_ZERO.format(
        label="2018/19",
        deficit="£25,400",
        brought_forward="£20,000",
        carried_forward="−£5,400",
        end=2019,
    )


def test_warns_when_the_reserves_needed_exceed_those_available(bu):
    # 30,000 brought forward, 10,000 of it kept back: 20,000 available < 25,400.
    budget_2019(bu, brought_forward="30000", minimum_reserve="10000")
    forecast = summaries.forecast(2019)
    assert forecast.reserves_available == Decimal("20000")
    assert forecast.projected_carried_forward == Decimal("4600")
    (warning,) = forecast.warnings
    assert warning.code == "reserves-short"
    assert warning.serious
    assert warning.message == RESERVES_SHORT.format(
        label="2018/19",
        deficit="£25,400",
        available="£20,000",
        brought_forward="£30,000",
        minimum="£10,000",
    )


def test_a_deficit_the_balances_cover_is_still_flagged(bu):
    # 30,000 brought forward, nothing kept back: 30,000 - 25,400 = 4,600 left.
    budget_2019(bu, brought_forward="30000")
    (warning,) = summaries.forecast(2019).warnings
    assert warning.code == "deficit-from-reserves"
    assert not warning.serious
    assert warning.message == DEFICIT_FROM_RESERVES.format(
        label="2018/19",
        deficit="£25,400",
        carried_forward="£4,600",
        brought_forward="£30,000",
    )


def test_as_at_an_earlier_month(bu):
    budget_2019(bu)
    forecast = summaries.forecast(2019, through=date(2018, 4, 15))
    # April only: 9,000 x 12 / 1; no fee or review cost yet, so the 6,000 budget.
    assert forecast.months_elapsed == 1
    assert forecast.projected_expenditure == Decimal("108000")
    assert forecast.other_income_to_date == 0
    assert forecast.projected_review_spending == Decimal("6000")
    # 100,000 - 108,000 - 6,000 = -14,000; 20,000 - 14,000 = 6,000 left.
    assert forecast.projected_position == Decimal("-14000")
    assert forecast.projected_carried_forward == Decimal("6000")
    assert [w.code for w in forecast.warnings] == ["deficit-from-reserves"]


def test_straight_line_rounds_to_the_penny(bu):
    year = services.year_create(user=bu, year=2021)
    line = services.line_create(
        user=bu, financial_year=year, category="office", description="Stationery"
    )
    for month, amount in ((4, "100"), (5, "100"), (6, "100.01")):
        services.actual_set(user=bu, line=line, month=date(2020, month, 1), amount=Decimal(amount))
    # 300.01 x 12 / 3 = 1,200.04 exactly; then 300.01 x 12 / 7 months (to October).
    assert summaries.forecast(2021).projected_expenditure == Decimal("1200.04")
    # 3,600.12 / 7 = 514.3028..., to the penny 514.30.
    assert summaries.forecast(2021, through=date(2020, 10, 1)).projected_expenditure == Decimal(
        "514.30"
    )


def test_no_actuals_yet_uses_the_budget(bu):
    year = services.year_create(user=bu, year=2022, balance_brought_forward=Decimal("1000"))
    services.line_create(
        user=bu,
        financial_year=year,
        category="staffing",
        description="Staff",
        budgeted=Decimal("500"),
    )
    forecast = summaries.forecast(2022)
    assert forecast.months_elapsed == 0
    assert forecast.through is None
    assert forecast.projected_expenditure == Decimal("500")
    # No income: 0 - 500 - 0 = -500; 1,000 covers it.
    assert forecast.projected_position == Decimal("-500")
    assert [w.code for w in forecast.warnings] == ["deficit-from-reserves"]


def test_a_surplus_gives_no_warning(bu):
    year = budget_2019(bu)
    services.other_income_add(
        user=bu,
        financial_year=year,
        category="grant",
        description="One-off grant",
        amount=Decimal("30000"),
        received_on=date(2018, 6, 2),
    )
    # -25,400 + 30,000 = 4,600 surplus.
    forecast = summaries.forecast(2019)
    assert forecast.projected_position == Decimal("4600")
    assert forecast.warnings == ()


def test_a_finished_year_is_its_outturn_without_warnings(bu):
    budget_2018(bu)
    forecast = summaries.forecast(2018)
    assert forecast.is_outturn
    # Twelve months: the projection is the actual, reviews what was spent (not the 8,000 budget).
    assert forecast.projected_expenditure == Decimal("109700")
    assert forecast.projected_review_spending == Decimal("5000")
    assert forecast.projected_carried_forward == summaries.balance_carried_forward(2018)
    assert forecast.warnings == ()
