"""Writing the budget: who may, and what is refused with which message."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.budget import services
from safeboard.budget.models import (
    DATE_OUTSIDE_YEAR,
    MONTH_OUTSIDE_YEAR,
    NOTHING_SPENT,
    RECEIVED_DATE_MISSING,
    RECEIVED_OVER_AGREED,
    ExpenditureActual,
    FinancialYear,
    PartnerContribution,
    ReviewSpending,
)
from safeboard.budget.services import NOT_BUSINESS_UNIT, PAYMENT_NOT_POSITIVE
from tests.budget.helpers import POLICE
from tests.factories import agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def year(bu):
    return services.year_create(user=bu, year=2018, balance_brought_forward=Decimal("47000"))


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.BUSINESS_UNIT] + [None])
def test_only_the_business_unit_writes(users, role):
    with pytest.raises(PermissionDenied, match=NOT_BUSINESS_UNIT):
        services.year_create(user=users[role], year=2018)
    assert not FinancialYear.objects.exists()


def test_a_year_is_named_once(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.year_create(user=bu, year=2018)
    assert "year" in refused.value.message_dict


def test_contribution_set_adds_then_replaces(year, bu):
    police = agency(POLICE)
    services.contribution_set(user=bu, financial_year=year, agency=police, agreed=Decimal("17508"))
    services.contribution_set(
        user=bu,
        financial_year=year,
        agency=police,
        agreed=Decimal("17508"),
        received=Decimal("17508"),
        received_on=date(2017, 6, 1),
    )
    (contribution,) = PartnerContribution.objects.all()
    assert contribution.received == Decimal("17508")
    assert contribution.outstanding == 0
    # Both versions are in the change history.
    assert contribution.history.count() == 2


def test_more_received_than_agreed_is_refused(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.contribution_set(
            user=bu,
            financial_year=year,
            agency=agency(POLICE),
            agreed=Decimal("100"),
            received=Decimal("150"),
            received_on=date(2017, 6, 1),
        )
    assert refused.value.message_dict == {
        "received": [RECEIVED_OVER_AGREED.format(received=Decimal("150"), agreed=Decimal("100"))]
    }
    assert not PartnerContribution.objects.exists()


def test_a_payment_needs_its_date(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.contribution_set(
            user=bu,
            financial_year=year,
            agency=agency(POLICE),
            agreed=Decimal("100"),
            received=Decimal("50"),
        )
    assert refused.value.message_dict == {"received_on": [RECEIVED_DATE_MISSING]}


def test_payments_in_parts_add_up(year, bu):
    contribution = services.contribution_set(
        user=bu, financial_year=year, agency=agency(POLICE), agreed=Decimal("1000")
    )
    services.contribution_receive(
        user=bu, contribution=contribution, amount=Decimal("400"), received_on=date(2017, 5, 1)
    )
    contribution = services.contribution_receive(
        user=bu, contribution=contribution, amount=Decimal("600"), received_on=date(2017, 9, 1)
    )
    assert contribution.received == Decimal("1000")
    assert contribution.received_on == date(2017, 9, 1)
    with pytest.raises(ValidationError) as refused:
        services.contribution_receive(
            user=bu, contribution=contribution, amount=Decimal("1"), received_on=date(2017, 9, 2)
        )
    assert "received" in refused.value.message_dict  # more than agreed
    with pytest.raises(ValidationError, match=PAYMENT_NOT_POSITIVE):
        services.contribution_receive(
            user=bu, contribution=contribution, amount=Decimal("0"), received_on=date(2017, 9, 2)
        )


def test_negative_amounts_are_refused(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.contribution_set(
            user=bu, financial_year=year, agency=agency(POLICE), agreed=Decimal("-1")
        )
    assert "agreed" in refused.value.message_dict


def test_an_actual_names_its_month_and_can_be_replaced_or_cleared(year, bu):
    line = services.line_create(
        user=bu, financial_year=year, category="office", description="Printing"
    )
    services.actual_set(user=bu, line=line, month=date(2017, 6, 17), amount=Decimal("10"))
    services.actual_set(user=bu, line=line, month=date(2017, 6, 1), amount=Decimal("12.50"))
    (actual,) = ExpenditureActual.objects.all()
    assert (actual.month, actual.amount) == (date(2017, 6, 1), Decimal("12.50"))
    services.actual_set(user=bu, line=line, month=date(2017, 6, 30), amount=None)
    assert not ExpenditureActual.objects.exists()


def test_an_actual_outside_the_year_is_refused(year, bu):
    line = services.line_create(
        user=bu, financial_year=year, category="office", description="Printing"
    )
    with pytest.raises(ValidationError) as refused:
        services.actual_set(user=bu, line=line, month=date(2018, 4, 1), amount=Decimal("10"))
    assert refused.value.message_dict == {
        "month": [
            MONTH_OUTSIDE_YEAR.format(month=date(2018, 4, 1), year="2017/18", start=2017, end=2018)
        ]
    }
    assert "April 2018 is not in 2017/18" in refused.value.message_dict["month"][0]
    assert not ExpenditureActual.objects.exists()


def test_an_unknown_category_is_refused(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.line_create(user=bu, financial_year=year, category="yachts", description="x")
    assert "category" in refused.value.message_dict


def test_review_spending_needs_a_cost_or_days_and_a_date_in_the_year(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.review_spending_add(
            user=bu, financial_year=year, description="Nothing", spent_on=date(2019, 1, 1)
        )
    assert refused.value.message_dict == {
        "amount": [NOTHING_SPENT],
        "spent_on": [
            DATE_OUTSIDE_YEAR.format(day=date(2019, 1, 1), year="2017/18", start=2017, end=2018)
        ],
    }
    assert not ReviewSpending.objects.exists()
    days_only = services.review_spending_add(
        user=bu,
        financial_year=year,
        description="Development manager's time",
        staff_days=Decimal("26.5"),
        spent_on=date(2018, 3, 31),
    )
    assert days_only.amount == 0


def test_other_income_must_be_more_than_nothing(year, bu):
    with pytest.raises(ValidationError) as refused:
        services.other_income_add(
            user=bu,
            financial_year=year,
            category="training",
            description="Fees",
            amount=Decimal("0"),
            received_on=date(2017, 7, 1),
        )
    assert "amount" in refused.value.message_dict
