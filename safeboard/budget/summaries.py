"""The budget's figures: each one function, its definition in its docstring.

A year is named by the year it ends (2018 for 2017/18). Every function takes
the year and reads the whole partnership's budget: these are the board's own
totals, not a listing for a user, so the pages that show them check
``policy.can_read_summary`` first. A year with no records gives zeros.

The definitions follow the source report's section 3:

- **income** is the partners' agreed contributions (the report: "INCOME was
  £125,105. This was made up of agency contributions"); **other income**
  (training fees, partners' top-ups for reviews...) is counted beside it, and
  **total income** is the two together;
- **expenditure** is the actual spending on the expenditure lines (staffing,
  chair, procedures manual, training, office...); **review spending** (serious
  case and practice reviews) is shown apart, as the report does;
- **the year's position** = total income - expenditure - review spending
  (a surplus above zero, a deficit below);
- **balance carried forward** = balance brought forward + the year's position,
  that is brought forward + total income - expenditure - review spending.

Money is Decimal pounds, never floats.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Max

from safeboard.budget import money
from safeboard.budget.models import (
    ZERO,
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)
from safeboard.dataset.periods import year_label

MONTHS_IN_YEAR = 12


def _total(values) -> Decimal:
    return sum(values, ZERO)


def _financial_year(year: int) -> FinancialYear | None:
    return FinancialYear.objects.filter(year=year).first()


def _month_end(month: date) -> date:
    following = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def month_number(month: date) -> int:
    """The month's place in the financial year: April is 1, March is 12."""
    return (month.month - 4) % 12 + 1


# Income


def contributions_agreed(year: int) -> Decimal:
    """Income: the sum of every partner's agreed contribution for the year.

    Agreed, not received: the year's income is what partners committed to pay
    (an unpaid contribution shows as outstanding, not as lost income).
    """
    return _total(
        PartnerContribution.objects.filter(financial_year__year=year).values_list(
            "agreed", flat=True
        )
    )


def contributions_received(year: int) -> Decimal:
    """The sum of what partners have paid so far against the year's contributions."""
    return _total(
        PartnerContribution.objects.filter(financial_year__year=year).values_list(
            "received", flat=True
        )
    )


def contributions_outstanding(year: int) -> dict[int, Decimal]:
    """Agreed minus received, by agency id, for each agency that still owes money.

    An agency that has paid in full is left out, so an empty answer means
    every partner has paid.
    """
    return {
        agency_id: agreed - received
        for agency_id, agreed, received in PartnerContribution.objects.filter(
            financial_year__year=year
        ).values_list("agency_id", "agreed", "received")
        if agreed > received
    }


def contribution_shares(year: int) -> dict[int, Decimal]:
    """Each partner's share of the year's agreed contributions, by agency id.

    share = the agency's agreed contribution / the sum of every agreed
    contribution, a Decimal fraction of 1 (0.14 is 14%), not rounded. Every
    agency with a contribution record is in it (a £0 contribution has share
    0); no contributions, or a total of £0, gives an empty dict. The training
    area compares these with each agency's share of training places.
    """
    agreed = dict(
        PartnerContribution.objects.filter(financial_year__year=year).values_list(
            "agency_id", "agreed"
        )
    )
    total = _total(agreed.values())
    if total == ZERO:
        return {}
    return {agency_id: amount / total for agency_id, amount in agreed.items()}


def other_income_total(year: int) -> Decimal:
    """The sum of the year's other income (training fees, review top-ups, grants...)."""
    return _total(
        OtherIncome.objects.filter(financial_year__year=year).values_list("amount", flat=True)
    )


def other_income_by_category(year: int) -> dict[str, Decimal]:
    """The year's other income by category (``OtherIncome.Category`` values), largest first."""
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for category, amount in OtherIncome.objects.filter(financial_year__year=year).values_list(
        "category", "amount"
    ):
        totals[category] += amount
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def income_total(year: int) -> Decimal:
    """Total income: agreed contributions + other income."""
    return contributions_agreed(year) + other_income_total(year)


# Spending


def _actuals(year: int, *, through: date | None = None):
    actuals = ExpenditureActual.objects.filter(line__financial_year__year=year)
    if through is not None:
        actuals = actuals.filter(month__lte=through)
    return actuals


def expenditure_total(year: int) -> Decimal:
    """Expenditure: the sum of every monthly actual on the year's expenditure lines.

    Review spending is not in it (see ``review_spending_total``).
    """
    return _total(_actuals(year).values_list("amount", flat=True))


def expenditure_by_category(year: int) -> dict[str, Decimal]:
    """Actual expenditure by category (``ExpenditureLine.Category`` values), in category order.

    Every category with a line is present, £0 if nothing was spent on it yet.
    """
    present = set(
        ExpenditureLine.objects.filter(financial_year__year=year).values_list("category", flat=True)
    )
    totals = {c: ZERO for c in ExpenditureLine.Category.values if c in present}
    for category, amount in _actuals(year).values_list("line__category", "amount"):
        totals[category] += amount
    return totals


def budgeted_total(year: int) -> Decimal:
    """The sum of the expenditure lines' budgets (a line with no budget counts £0)."""
    return _total(
        value
        for value in ExpenditureLine.objects.filter(financial_year__year=year).values_list(
            "budgeted", flat=True
        )
        if value is not None
    )


def review_spending_total(year: int) -> Decimal:
    """The sum of the costs of serious case and practice reviews in the year."""
    return _total(
        ReviewSpending.objects.filter(financial_year__year=year).values_list("amount", flat=True)
    )


def review_staff_days(year: int) -> Decimal:
    """The days the business unit's own staff gave to reviews in the year."""
    return _total(
        ReviewSpending.objects.filter(financial_year__year=year).values_list(
            "staff_days", flat=True
        )
    )


# Position and balances


def revenue_position(year: int) -> Decimal:
    """The revenue budget's position: agreed contributions - expenditure.

    The recurring budget alone, before other income, review spending and
    balances: the source report's "revenue deficit" (£125,105 - £157,074 =
    -£31,969 in 2017/18). Below zero is a deficit.
    """
    return contributions_agreed(year) - expenditure_total(year)


def year_position(year: int) -> Decimal:
    """The year's position: total income - expenditure - review spending.

    Above zero a surplus, below zero a deficit met from the balance brought
    forward.
    """
    return income_total(year) - expenditure_total(year) - review_spending_total(year)


def balance_brought_forward(year: int) -> Decimal:
    """The non-recurrent balance brought forward into the year, as recorded on the year."""
    financial_year = _financial_year(year)
    return financial_year.balance_brought_forward if financial_year else ZERO


def balance_carried_forward(year: int) -> Decimal:
    """Balance carried forward = brought forward + total income - expenditure - review spending."""
    return balance_brought_forward(year) + year_position(year)


def brought_forward_difference(year: int) -> Decimal | None:
    """The year's recorded balance brought forward - the previous year's computed carry forward.

    None when the previous year is not recorded; 0 when they agree. Anything
    else means one of the two years' records is wrong (or the accounts were
    adjusted between years, which the notes should say).
    """
    if _financial_year(year) is None or _financial_year(year - 1) is None:
        return None
    return balance_brought_forward(year) - balance_carried_forward(year - 1)


# The forecast

BALANCE_BELOW_ZERO = (
    "At the rate spent so far, {label} will end with a deficit of {deficit}, more than the "
    "{brought_forward} brought forward: the balance would be {carried_forward} at 31 March {end}."
)
RESERVES_SHORT = (
    "At the rate spent so far, {label} will end with a deficit of {deficit}: only {available} of "
    "the {brought_forward} brought forward can meet it, keeping the minimum reserve of {minimum}."
)
DEFICIT_FROM_RESERVES = (
    "At the rate spent so far, {label} will end with a deficit of {deficit}, met only by "
    "spending one-off balances: {carried_forward} of the {brought_forward} brought forward "
    "would be left."
)


@dataclass(frozen=True)
class ForecastWarning:
    code: str  # balance-below-zero, reserves-short or deficit-from-reserves
    message: str
    serious: bool  # the balances cannot cover it


@dataclass(frozen=True)
class Forecast:
    """The year-end position projected from the actuals to date; see ``forecast``."""

    year: int
    months_elapsed: int
    through: date | None  # the last month counted
    expenditure_to_date: Decimal
    projected_expenditure: Decimal
    review_spending_to_date: Decimal
    projected_review_spending: Decimal
    contributions_agreed: Decimal
    contributions_outstanding: Decimal
    other_income_to_date: Decimal
    projected_income: Decimal
    projected_position: Decimal
    balance_brought_forward: Decimal
    reserves_available: Decimal
    projected_carried_forward: Decimal
    warnings: tuple[ForecastWarning, ...]

    @property
    def is_outturn(self) -> bool:
        """Twelve months of actuals: the figures are the year's outturn, not a projection."""
        return self.months_elapsed == MONTHS_IN_YEAR

    @property
    def label(self) -> str:
        return year_label(self.year)


def _months_elapsed(year: int, through: date | None) -> int:
    """Months of the year to ``through`` (a month's first day): 0 without one."""
    if through is None or through < date(year - 1, 4, 1):
        return 0  # before the year started nothing is spent yet
    if through > date(year, 3, 1):
        return MONTHS_IN_YEAR  # after it ended, all of it is
    return month_number(through)


def forecast(year: int, *, through: date | None = None) -> Forecast:
    """The year-end position projected from the actuals to date.

    - Months elapsed: to the month of ``through`` if given, else to the latest
      month with an expenditure actual (April is 1, March 12); 0 without one.
    - Projected expenditure: straight line, actuals to date x 12 / months
      elapsed, to the penny; with no actuals yet, the lines' budgets.
    - Projected review spending: reviews come in lumps, so the larger of the
      review spending to date and the year's review budget (after 12 months,
      what was spent).
    - Projected income: every agreed contribution (agreed but not yet received
      counts as coming) + the other income received to date (fees not yet
      earned are not counted).
    - Projected position = projected income - projected expenditure -
      projected review spending; projected carry forward = brought forward +
      projected position; reserves available = brought forward - the minimum
      reserve.

    It warns, for a year not yet over, when the projected position is a
    deficit: seriously when the balance carried forward would go below zero
    (``balance-below-zero``) or the deficit is more than the reserves
    available (``reserves-short``), otherwise that the deficit is being met
    from one-off balances (``deficit-from-reserves``).
    """
    financial_year = _financial_year(year)
    if through is not None:
        through = through.replace(day=1)
    else:
        latest = _actuals(year).order_by("-month").values_list("month", flat=True).first()
        through = latest
    months = _months_elapsed(year, through)
    to_date = _total(_actuals(year, through=through).values_list("amount", flat=True))
    if months:
        projected_expenditure = money.to_pence(to_date * MONTHS_IN_YEAR / months)
    else:
        projected_expenditure = budgeted_total(year)

    cutoff = _month_end(through) if through is not None else None
    reviews = ReviewSpending.objects.filter(financial_year__year=year)
    income = OtherIncome.objects.filter(financial_year__year=year)
    if cutoff is not None:
        reviews = reviews.filter(spent_on__lte=cutoff)
        income = income.filter(received_on__lte=cutoff)
    reviews_to_date = _total(reviews.values_list("amount", flat=True))
    review_budget = financial_year.review_budget if financial_year else ZERO
    projected_reviews = (
        reviews_to_date if months == MONTHS_IN_YEAR else max(reviews_to_date, review_budget)
    )

    agreed = contributions_agreed(year)
    other_to_date = _total(income.values_list("amount", flat=True))
    projected_income = agreed + other_to_date
    position = projected_income - projected_expenditure - projected_reviews
    brought_forward = balance_brought_forward(year)
    minimum = financial_year.minimum_reserve if financial_year else ZERO
    available = brought_forward - minimum
    carried_forward = brought_forward + position

    warnings: list[ForecastWarning] = []
    if position < ZERO and months < MONTHS_IN_YEAR:
        names = {
            "label": year_label(year),
            "end": year,
            "deficit": money.pounds(-position),
            "brought_forward": money.pounds(brought_forward),
            "carried_forward": money.pounds(carried_forward),
            "available": money.pounds(max(available, ZERO)),
            "minimum": money.pounds(minimum),
        }
        if carried_forward < ZERO:
            warnings.append(
                ForecastWarning("balance-below-zero", BALANCE_BELOW_ZERO.format(**names), True)
            )
        elif -position > available:
            warnings.append(ForecastWarning("reserves-short", RESERVES_SHORT.format(**names), True))
        else:
            warnings.append(
                ForecastWarning(
                    "deficit-from-reserves", DEFICIT_FROM_RESERVES.format(**names), False
                )
            )

    return Forecast(
        year=year,
        months_elapsed=months,
        through=through,
        expenditure_to_date=to_date,
        projected_expenditure=projected_expenditure,
        review_spending_to_date=reviews_to_date,
        projected_review_spending=projected_reviews,
        contributions_agreed=agreed,
        contributions_outstanding=_total(contributions_outstanding(year).values()),
        other_income_to_date=other_to_date,
        projected_income=projected_income,
        projected_position=position,
        balance_brought_forward=brought_forward,
        reserves_available=available,
        projected_carried_forward=carried_forward,
        warnings=tuple(warnings),
    )


# Many years at once


@dataclass(frozen=True)
class YearOverview:
    """A year's line in the list of years; see ``years_overview``."""

    year: int
    contributions_agreed: Decimal
    expenditure_total: Decimal
    balance_carried_forward: Decimal
    months_elapsed: int

    @property
    def is_outturn(self) -> bool:
        return self.months_elapsed == MONTHS_IN_YEAR


def _by_year(rows, year_path: str, amount: str, years: list[int]) -> dict[int, Decimal]:
    totals: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for year, value in rows.filter(**{f"{year_path}__in": years}).values_list(year_path, amount):
        totals[year] += value
    return totals


def years_overview(years: Iterable[int]) -> dict[int, YearOverview]:
    """Each year's figures for the list of years, in six queries however many years.

    The same figures as the one-year functions, for every year at once (the
    list of years would otherwise run a dozen queries per year):
    ``contributions_agreed(year)``, ``expenditure_total(year)``,
    ``balance_carried_forward(year)`` (brought forward + agreed contributions +
    other income - expenditure - review spending) and ``forecast(year)``'s
    months elapsed (to the latest month with an expenditure actual). Sums are
    added up in Python, as Decimal, like the one-year functions.
    """
    years = list(years)
    agreed = _by_year(PartnerContribution.objects, "financial_year__year", "agreed", years)
    other = _by_year(OtherIncome.objects, "financial_year__year", "amount", years)
    spent = _by_year(ExpenditureActual.objects, "line__financial_year__year", "amount", years)
    reviews = _by_year(ReviewSpending.objects, "financial_year__year", "amount", years)
    brought = dict(
        FinancialYear.objects.filter(year__in=years).values_list("year", "balance_brought_forward")
    )
    latest = dict(
        ExpenditureActual.objects.filter(line__financial_year__year__in=years)
        .values("line__financial_year__year")
        .annotate(latest=Max("month"))
        .values_list("line__financial_year__year", "latest")
    )
    return {
        year: YearOverview(
            year=year,
            contributions_agreed=agreed[year],
            expenditure_total=spent[year],
            balance_carried_forward=brought.get(year, ZERO)
            + agreed[year]
            + other[year]
            - spent[year]
            - reviews[year],
            months_elapsed=_months_elapsed(year, latest.get(year)),
        )
        for year in years
    }
