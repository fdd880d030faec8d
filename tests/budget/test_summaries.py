"""Each budget figure against a small year worked out by hand (tests/budget/helpers.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.budget import summaries
from tests.budget.helpers import COUNCIL, HEALTH, POLICE, budget_2018, budget_2019
from tests.factories import agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_2018(bu):
    return budget_2018(bu)


def test_contributions(year_2018):
    # Agreed 60,000 + 30,000 + 10,000; received 60,000 + 20,000 + 0.
    assert summaries.contributions_agreed(2018) == Decimal("100000")
    assert summaries.contributions_received(2018) == Decimal("80000")
    # Police owes 30,000 - 20,000; health 10,000 - 0; the council has paid in full.
    assert summaries.contributions_outstanding(2018) == {
        agency(POLICE).pk: Decimal("10000"),
        agency(HEALTH).pk: Decimal("10000"),
    }


def test_contribution_shares_are_fractions_of_the_agreed_total(year_2018):
    # 60,000 / 100,000, 30,000 / 100,000, 10,000 / 100,000.
    shares = summaries.contribution_shares(2018)
    assert shares == {
        agency(COUNCIL).pk: Decimal("0.6"),
        agency(POLICE).pk: Decimal("0.3"),
        agency(HEALTH).pk: Decimal("0.1"),
    }
    assert sum(shares.values()) == 1


def test_contribution_shares_of_a_year_without_contributions(db):
    assert summaries.contribution_shares(2030) == {}


def test_other_and_total_income(year_2018):
    # Training 1,500 + 500; a grant of 250.50.
    assert summaries.other_income_by_category(2018) == {
        "training": Decimal("2000"),
        "grant": Decimal("250.50"),
    }
    assert summaries.other_income_total(2018) == Decimal("2250.50")
    # 100,000 agreed + 2,250.50 other.
    assert summaries.income_total(2018) == Decimal("102250.50")


def test_expenditure(year_2018):
    # Staffing 12 x 8,000 = 96,000; chair 3,000 x 3 + 3,500 = 12,500;
    # office 1,234.56 - 34.56 (a refund) = 1,200.
    assert summaries.expenditure_by_category(2018) == {
        "staffing": Decimal("96000"),
        "independent-chair": Decimal("12500"),
        "office": Decimal("1200"),
    }
    assert summaries.expenditure_total(2018) == Decimal("109700")
    # Budgets 96,000 + 12,000; the office line has none.
    assert summaries.budgeted_total(2018) == Decimal("108000")


def test_review_spending_is_apart_from_expenditure(year_2018):
    # 4,000 + 1,000 + 0; days 3.5 + 0 + 2.
    assert summaries.review_spending_total(2018) == Decimal("5000")
    assert summaries.review_staff_days(2018) == Decimal("5.5")


def test_positions_and_balances(year_2018):
    # Revenue: 100,000 agreed - 109,700 spent.
    assert summaries.revenue_position(2018) == Decimal("-9700")
    # The year: 102,250.50 income - 109,700 - 5,000 reviews.
    assert summaries.year_position(2018) == Decimal("-12449.50")
    assert summaries.balance_brought_forward(2018) == Decimal("10000")
    # 10,000 brought forward - 12,449.50.
    assert summaries.balance_carried_forward(2018) == Decimal("-2449.50")


def test_brought_forward_difference(year_2018, bu):
    assert summaries.brought_forward_difference(2018) is None  # no 2016/17 recorded
    budget_2019(bu, brought_forward="20000")
    # 20,000 recorded for 2018/19 - (-2,449.50) computed at the end of 2017/18.
    assert summaries.brought_forward_difference(2019) == Decimal("22449.50")


def test_a_year_with_no_records_is_all_zeros(db):
    assert summaries.income_total(2030) == 0
    assert summaries.expenditure_total(2030) == 0
    assert summaries.balance_carried_forward(2030) == 0
    assert summaries.contributions_outstanding(2030) == {}


def test_figures_of_one_year_leave_the_other_alone(year_2018, bu):
    budget_2019(bu)
    assert summaries.contributions_agreed(2018) == Decimal("100000")
    assert summaries.expenditure_total(2018) == Decimal("109700")
    # 2018/19: 27,000 staffing + 3,000 chair so far.
    assert summaries.expenditure_total(2019) == Decimal("30000")


def test_years_overview_gives_each_years_figures_at_once(year_2018, bu):
    budget_2019(bu)
    overview = summaries.years_overview([2018, 2019, 2030])
    # 2017/18: as test_contributions, test_expenditure and test_positions_and_balances;
    # actuals to March 2018, so the outturn (12 months).
    assert overview[2018].contributions_agreed == Decimal("100000")
    assert overview[2018].expenditure_total == Decimal("109700")
    assert overview[2018].balance_carried_forward == Decimal("-2449.50")
    assert overview[2018].months_elapsed == 12
    assert overview[2018].is_outturn
    # 2018/19: agreed 60,000 + 30,000 + 10,000; spent 3 x 9,000 + 3,000; carried
    # forward 20,000 + 100,000 + 1,000 other income - 30,000 - 2,500 reviews;
    # actuals to June 2018, the third month.
    assert overview[2019].contributions_agreed == Decimal("100000")
    assert overview[2019].expenditure_total == Decimal("30000")
    assert overview[2019].balance_carried_forward == Decimal("88500")
    assert overview[2019].months_elapsed == 3
    assert not overview[2019].is_outturn
    # The one-year functions agree.
    for year in (2018, 2019):
        assert overview[year].balance_carried_forward == summaries.balance_carried_forward(year)
        assert overview[year].months_elapsed == summaries.forecast(year).months_elapsed
    # A year with no records: all zeros.
    assert overview[2030].balance_carried_forward == 0
    assert overview[2030].months_elapsed == 0
