"""Reading the budget, always through ``visible_to``.

Years, expenditure, other income and review spending are visible to every
signed-in role; contributions are agency-scoped, so an agency lead gets
their own agency's only.

``contribution_shares(year)`` is the one read other areas use (training's
attendance against funding): shares of the whole partnership's funding, not
a listing, so it takes no user.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from safeboard.access.visibility import visible_to
from safeboard.budget import summaries
from safeboard.budget.models import (
    ZERO,
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)


def year_list(*, user) -> QuerySet[FinancialYear]:
    return visible_to(user, FinancialYear)


def year_get(*, user, year: int) -> FinancialYear:
    return year_list(user=user).get(year=year)


def contribution_list(*, user, year: int | None = None) -> QuerySet[PartnerContribution]:
    contributions = visible_to(user, PartnerContribution).select_related("agency", "financial_year")
    if year is not None:
        contributions = contributions.filter(financial_year__year=year)
    return contributions


def line_list(*, user, year: int | None = None) -> QuerySet[ExpenditureLine]:
    actuals = Prefetch("actuals", queryset=visible_to(user, ExpenditureActual).order_by("month"))
    lines = (
        visible_to(user, ExpenditureLine).select_related("financial_year").prefetch_related(actuals)
    )
    if year is not None:
        lines = lines.filter(financial_year__year=year)
    return lines


def actual_list(*, user, line: ExpenditureLine | None = None) -> QuerySet[ExpenditureActual]:
    actuals = visible_to(user, ExpenditureActual).select_related("line__financial_year")
    if line is not None:
        actuals = actuals.filter(line=line)
    return actuals.order_by("line__financial_year__year", "month", "line__description")


def other_income_list(*, user, year: int | None = None) -> QuerySet[OtherIncome]:
    income = visible_to(user, OtherIncome).select_related("financial_year")
    return income.filter(financial_year__year=year) if year is not None else income


def review_spending_list(*, user, year: int | None = None) -> QuerySet[ReviewSpending]:
    spending = visible_to(user, ReviewSpending).select_related("financial_year")
    return spending.filter(financial_year__year=year) if year is not None else spending


CATEGORY_ORDER = {category: index for index, category in enumerate(ExpenditureLine.Category.values)}


@dataclass(frozen=True)
class LineTotals:
    """An expenditure line with its actual to date and its variance from budget."""

    line: ExpenditureLine
    actual: Decimal
    months: int  # months with an actual entered

    @property
    def variance(self) -> Decimal | None:
        """Budget - actual: above zero an underspend, below an overspend; None without a budget."""
        return None if self.line.budgeted is None else self.line.budgeted - self.actual


def line_totals(*, user, year: int) -> list[LineTotals]:
    """The year's expenditure lines with their actuals summed (from the prefetched months)."""
    return [
        LineTotals(
            line=line,
            actual=sum((a.amount for a in line.actuals.all()), ZERO),
            months=len(line.actuals.all()),
        )
        # In the report's order: staffing, chair, manual, training, office, other.
        for line in sorted(
            line_list(user=user, year=year),
            key=lambda line: (CATEGORY_ORDER.get(line.category, 99), line.description),
        )
    ]


def contribution_shares(year: int) -> dict[int, Decimal]:
    """Each partner's share of the year's agreed contributions: {agency id: Decimal fraction of 1}.

    See ``summaries.contribution_shares``: agreed / the total agreed, unrounded;
    empty when the year has no contributions (or they total £0).
    """
    return summaries.contribution_shares(year)
