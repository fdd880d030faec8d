"""Writing the budget: keyword-only, checked, atomic; the business unit only.

Every write takes the acting ``user`` and refuses anyone who may not keep the
board's records (``PermissionDenied``). Bad values raise Django's
``ValidationError`` naming the field, from ``full_clean`` (the model's own
checks: a month outside the year, more received than agreed...).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from safeboard.budget import policy
from safeboard.budget.models import (
    ZERO,
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)
from safeboard.partnership.models import Agency

NOT_BUSINESS_UNIT = "Only the business unit can change the budget."
PAYMENT_NOT_POSITIVE = "Enter a payment of more than £0."


def _require_editor(user) -> None:
    if not policy.can_edit(user):
        raise PermissionDenied(NOT_BUSINESS_UNIT)


def _saved(record):
    record.full_clean()
    record.save()
    return record


@transaction.atomic
def year_create(
    *,
    user,
    year: int,
    balance_brought_forward: Decimal = ZERO,
    minimum_reserve: Decimal = ZERO,
    review_budget: Decimal = ZERO,
    notes: str = "",
) -> FinancialYear:
    """Open a financial year with its opening (non-recurrent) balance."""
    _require_editor(user)
    return _saved(
        FinancialYear(
            year=year,
            balance_brought_forward=balance_brought_forward,
            minimum_reserve=minimum_reserve,
            review_budget=review_budget,
            notes=notes,
        )
    )


@transaction.atomic
def year_update(*, user, financial_year: FinancialYear, **fields) -> FinancialYear:
    _require_editor(user)
    for name, value in fields.items():
        setattr(financial_year, name, value)
    return _saved(financial_year)


@transaction.atomic
def contribution_set(
    *,
    user,
    financial_year: FinancialYear,
    agency: Agency,
    agreed: Decimal,
    received: Decimal = ZERO,
    received_on: date | None = None,
    note: str = "",
) -> PartnerContribution:
    """The agency's contribution for the year, added or replaced (one per agency and year)."""
    _require_editor(user)
    contribution = PartnerContribution.objects.filter(
        financial_year=financial_year, agency=agency
    ).first() or PartnerContribution(financial_year=financial_year, agency=agency)
    contribution.agreed = agreed
    contribution.received = received
    contribution.received_on = received_on
    contribution.note = note
    return _saved(contribution)


@transaction.atomic
def contribution_receive(
    *, user, contribution: PartnerContribution, amount: Decimal, received_on: date
) -> PartnerContribution:
    """Record a payment against the agreed contribution (partners may pay in parts)."""
    _require_editor(user)
    if amount <= ZERO:
        raise ValidationError({"received": PAYMENT_NOT_POSITIVE})
    # Re-read under a row lock so two payments entered at once both count.
    contribution = PartnerContribution.objects.select_for_update().get(pk=contribution.pk)
    contribution.received += amount
    contribution.received_on = received_on
    return _saved(contribution)


@transaction.atomic
def line_create(
    *,
    user,
    financial_year: FinancialYear,
    category: str,
    description: str,
    budgeted: Decimal | None = None,
) -> ExpenditureLine:
    _require_editor(user)
    return _saved(
        ExpenditureLine(
            financial_year=financial_year,
            category=category,
            description=description,
            budgeted=budgeted,
        )
    )


@transaction.atomic
def line_update(*, user, line: ExpenditureLine, **fields) -> ExpenditureLine:
    _require_editor(user)
    for name, value in fields.items():
        setattr(line, name, value)
    return _saved(line)


@transaction.atomic
def actual_set(
    *, user, line: ExpenditureLine, month: date, amount: Decimal | None
) -> ExpenditureActual | None:
    """Set what the line cost in the month (any day names its month); ``None`` clears it."""
    _require_editor(user)
    month = month.replace(day=1)
    existing = ExpenditureActual.objects.filter(line=line, month=month).first()
    if amount is None:
        if existing is not None:
            existing.delete()
        return None
    actual = existing or ExpenditureActual(line=line, month=month)
    actual.amount = amount
    return _saved(actual)


@transaction.atomic
def other_income_add(
    *,
    user,
    financial_year: FinancialYear,
    category: str,
    description: str,
    amount: Decimal,
    received_on: date,
) -> OtherIncome:
    _require_editor(user)
    return _saved(
        OtherIncome(
            financial_year=financial_year,
            category=category,
            description=description,
            amount=amount,
            received_on=received_on,
        )
    )


@transaction.atomic
def review_spending_add(
    *,
    user,
    financial_year: FinancialYear,
    description: str,
    spent_on: date,
    amount: Decimal = ZERO,
    staff_days: Decimal = Decimal("0.0"),
    staff_role: str = "",
    review_reference: str = "",
) -> ReviewSpending:
    """A review's cost, the business unit's staff days given to it, or both."""
    _require_editor(user)
    return _saved(
        ReviewSpending(
            financial_year=financial_year,
            description=description,
            spent_on=spent_on,
            amount=amount,
            staff_days=staff_days,
            staff_role=staff_role,
            review_reference=review_reference,
        )
    )


BudgetRecord = (
    FinancialYear,
    PartnerContribution,
    ExpenditureLine,
    ExpenditureActual,
    OtherIncome,
    ReviewSpending,
)


@transaction.atomic
def record_update(*, user, record, **fields):
    """Change fields of any budget record (the edit pages), checked as on creation."""
    _require_editor(user)
    if not isinstance(record, BudgetRecord):
        raise TypeError(f"{type(record).__name__} is not a budget record.")
    for name, value in fields.items():
        setattr(record, name, value)
    return _saved(record)
