"""Small budgets, written through the real services, whose figures are worked by hand.

``budget_2018``: a finished year (2017/18), twelve months of actuals.
``budget_2019``: a year in progress (2018/19), actuals to June 2018.
The expected figures are worked out in the tests beside each assertion.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from safeboard.budget import services
from tests.factories import agency

COUNCIL = "Testshire County Council"
POLICE = "Testshire Police"
HEALTH = "Testshire Health"


def budget_2018(bu):
    year = services.year_create(
        user=bu, year=2018, balance_brought_forward=Decimal("10000"), review_budget=Decimal("8000")
    )
    for name, agreed, received, on in (
        (COUNCIL, "60000", "60000", date(2017, 5, 1)),
        (POLICE, "30000", "20000", date(2017, 6, 1)),
        (HEALTH, "10000", "0", None),
    ):
        services.contribution_set(
            user=bu,
            financial_year=year,
            agency=agency(name),
            agreed=Decimal(agreed),
            received=Decimal(received),
            received_on=on,
        )
    for amount, on, category in (
        ("1500", date(2017, 7, 10), "training"),
        ("500", date(2017, 10, 1), "training"),
        ("250.50", date(2018, 1, 15), "grant"),
    ):
        services.other_income_add(
            user=bu,
            financial_year=year,
            category=category,
            description=f"{category} {on}",
            amount=Decimal(amount),
            received_on=on,
        )
    staffing = services.line_create(
        user=bu,
        financial_year=year,
        category="staffing",
        description="Business unit",
        budgeted=Decimal("96000"),
    )
    for month in range(12):  # April 2017 to March 2018, £8,000 each
        services.actual_set(
            user=bu,
            line=staffing,
            month=date(2017 + (month + 3) // 12, (month + 3) % 12 + 1, 1),
            amount=Decimal("8000"),
        )
    chair = services.line_create(
        user=bu,
        financial_year=year,
        category="independent-chair",
        description="Independent chair",
        budgeted=Decimal("12000"),
    )
    for month, amount in (
        (date(2017, 6, 30), "3000"),  # quarterly, each on the quarter's last month
        (date(2017, 9, 30), "3000"),
        (date(2017, 12, 31), "3000"),
        (date(2018, 3, 31), "3500"),
    ):
        services.actual_set(user=bu, line=chair, month=month, amount=Decimal(amount))
    office = services.line_create(
        user=bu, financial_year=year, category="office", description="Printing"
    )
    services.actual_set(user=bu, line=office, month=date(2018, 3, 1), amount=Decimal("1234.56"))
    services.actual_set(user=bu, line=office, month=date(2018, 2, 1), amount=Decimal("-34.56"))
    for amount, days, on in (
        ("4000", "3.5", date(2017, 9, 1)),
        ("1000", "0", date(2018, 2, 1)),
        ("0", "2", date(2018, 3, 1)),
    ):
        services.review_spending_add(
            user=bu,
            financial_year=year,
            review_reference="SCR 2017-01",
            description="Review costs",
            amount=Decimal(amount),
            staff_days=Decimal(days),
            staff_role="Development manager",
            spent_on=on,
        )
    return year


def budget_2019(bu, *, brought_forward="20000", minimum_reserve="0"):
    year = services.year_create(
        user=bu,
        year=2019,
        balance_brought_forward=Decimal(brought_forward),
        minimum_reserve=Decimal(minimum_reserve),
        review_budget=Decimal("6000"),
    )
    for name, agreed, received, on in (
        (COUNCIL, "60000", "30000", date(2018, 5, 1)),
        (POLICE, "30000", "0", None),
        (HEALTH, "10000", "10000", date(2018, 4, 20)),
    ):
        services.contribution_set(
            user=bu,
            financial_year=year,
            agency=agency(name),
            agreed=Decimal(agreed),
            received=Decimal(received),
            received_on=on,
        )
    staffing = services.line_create(
        user=bu,
        financial_year=year,
        category="staffing",
        description="Business unit",
        budgeted=Decimal("100000"),
    )
    for month in (4, 5, 6):
        services.actual_set(
            user=bu, line=staffing, month=date(2018, month, 1), amount=Decimal("9000")
        )
    chair = services.line_create(
        user=bu,
        financial_year=year,
        category="independent-chair",
        description="Independent chair",
        budgeted=Decimal("12000"),
    )
    services.actual_set(user=bu, line=chair, month=date(2018, 6, 1), amount=Decimal("3000"))
    for amount, on in (("600", date(2018, 5, 20)), ("400", date(2018, 8, 1))):
        services.other_income_add(
            user=bu,
            financial_year=year,
            category="training",
            description="Course fees",
            amount=Decimal(amount),
            received_on=on,
        )
    services.review_spending_add(
        user=bu,
        financial_year=year,
        description="Rapid review",
        amount=Decimal("2500"),
        spent_on=date(2018, 5, 1),
    )
    return year
