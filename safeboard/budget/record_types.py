"""The budget's records as shared record pages (list, detail, create, edit, history).

Every write goes through ``services``; the business unit adds and changes
records (the framework's default rule). Lists filter by ``?year=``.
"""

from __future__ import annotations

from safeboard.budget import forms, presenters, selectors, services
from safeboard.budget.models import (
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)
from safeboard.budget.money import days, pounds
from safeboard.records.types import Column, RecordType

AREA = "Budget"


def _fields(form) -> dict:
    return {name: value for name, value in form.cleaned_data.items() if name != "version"}


def _saver(create):
    """A record type's save: ``create`` for a new record, ``record_update`` for a change."""

    def save(*, form, user, instance):
        if instance is None:
            return create(user=user, **_fields(form))
        return services.record_update(user=user, record=instance, **_fields(form))

    return save


def _in_year(rows, year: int):
    return rows.filter(financial_year__year=year)


YEARS = RecordType(
    namespace="budget",
    slug="year",
    model=FinancialYear,
    form=forms.FinancialYearForm,
    title="Financial years",
    intro="Each year runs 1 April to 31 March and opens with the balance brought forward.",
    columns=(
        Column("Year", "label"),
        Column("Balance brought forward", lambda y: pounds(y.balance_brought_forward)),
        Column("Review budget", lambda y: pounds(y.review_budget)),
    ),
    summary=lambda y: [
        ("Year", y.label),
        ("Balance brought forward", pounds(y.balance_brought_forward)),
        ("Minimum reserve", pounds(y.minimum_reserve)),
        ("Budget for case reviews", pounds(y.review_budget)),
        ("Notes", y.notes),
    ],
    sections=presenters.year_sections,
    save=_saver(services.year_create),
    area_label=AREA,
)

CONTRIBUTIONS = RecordType(
    namespace="budget",
    slug="contribution",
    model=PartnerContribution,
    form=forms.ContributionForm,
    title="Partner contributions",
    intro="What each partner agency agreed to pay for the year, and what it has paid.",
    queryset=lambda user: selectors.contribution_list(user=user),
    columns=(
        Column("Partner", "agency.name"),
        Column("Year", "financial_year.label"),
        Column("Agreed", lambda c: pounds(c.agreed), numeric=True),
        Column("Received", lambda c: pounds(c.received), numeric=True),
        Column("Outstanding", lambda c: pounds(c.outstanding), numeric=True),
    ),
    summary=lambda c: [
        ("Partner", c.agency.name),
        ("Year", c.financial_year.label),
        ("Agreed", pounds(c.agreed)),
        ("Received", pounds(c.received)),
        ("Date received", c.received_on),
        ("Outstanding", pounds(c.outstanding)),
        ("Note", c.note),
    ],
    year_filter=_in_year,
    save=_saver(services.contribution_set),
    export_area="budget",
    area_label=AREA,
)

LINES = RecordType(
    namespace="budget",
    slug="line",
    model=ExpenditureLine,
    form=forms.ExpenditureLineForm,
    title="Expenditure lines",
    intro="What the board spends on, with each line's budget; actuals are entered by month.",
    queryset=lambda user: selectors.line_list(user=user),
    columns=(
        Column("Line", "description"),
        Column("Category", "category"),
        Column("Year", "financial_year.label"),
        Column(
            "Budgeted",
            lambda line: pounds(line.budgeted) if line.budgeted is not None else "Not set",
            numeric=True,
        ),
        Column(
            "Actual", lambda line: pounds(sum(a.amount for a in line.actuals.all())), numeric=True
        ),
    ),
    summary=lambda line: [
        ("Year", line.financial_year.label),
        ("Category", line.get_category_display()),
        ("Description", line.description),
        ("Budgeted", pounds(line.budgeted) if line.budgeted is not None else "Not set"),
        ("Actual to date", pounds(sum(a.amount for a in line.actuals.all()))),
    ],
    sections=presenters.line_sections,
    year_filter=_in_year,
    save=_saver(services.line_create),
    export_area="budget",
    area_label=AREA,
)

ACTUALS = RecordType(
    namespace="budget",
    slug="actual",
    model=ExpenditureActual,
    form=forms.ExpenditureActualForm,
    title="Monthly actuals",
    intro="What each expenditure line cost, month by month.",
    queryset=lambda user: selectors.actual_list(user=user),
    columns=(
        Column("Month", lambda a: f"{a.month:%B %Y}"),
        Column("Line", "line.description"),
        Column("Amount", lambda a: pounds(a.amount), numeric=True),
    ),
    summary=lambda a: [
        ("Year", a.line.financial_year.label),
        ("Line", str(a.line)),
        ("Month", f"{a.month:%B %Y}"),
        ("Amount", pounds(a.amount)),
    ],
    year_filter=lambda rows, year: rows.filter(line__financial_year__year=year),
    save=_saver(services.actual_set),
    export_area="budget",
    area_label=AREA,
)

OTHER_INCOME = RecordType(
    namespace="budget",
    slug="other-income",
    model=OtherIncome,
    form=forms.OtherIncomeForm,
    title="Other income",
    intro="Income besides the partners' contributions: training fees, top-ups for reviews.",
    queryset=lambda user: selectors.other_income_list(user=user),
    columns=(
        Column("Income", "description"),
        Column("Kind", "category"),
        Column("Received", "received_on"),
        Column("Amount", lambda i: pounds(i.amount), numeric=True),
    ),
    summary=lambda i: [
        ("Year", i.financial_year.label),
        ("Kind", i.get_category_display()),
        ("Description", i.description),
        ("Amount", pounds(i.amount)),
        ("Received", i.received_on),
    ],
    year_filter=_in_year,
    save=_saver(services.other_income_add),
    export_area="budget",
    area_label=AREA,
)

REVIEW_SPENDING = RecordType(
    namespace="budget",
    slug="review-spending",
    model=ReviewSpending,
    form=forms.ReviewSpendingForm,
    title="Review spending",
    intro=(
        "What serious case and practice reviews cost, and the days the business unit's own "
        "staff gave to them."
    ),
    queryset=lambda user: selectors.review_spending_list(user=user),
    columns=(
        Column("What for", "description"),
        Column("Review", "review_reference"),
        Column("Date", "spent_on"),
        Column("Cost", lambda s: pounds(s.amount), numeric=True),
        Column("Staff days", lambda s: days(s.staff_days), numeric=True),
    ),
    summary=lambda s: [
        ("Year", s.financial_year.label),
        ("Review", s.review_reference),
        ("What for", s.description),
        ("Cost", pounds(s.amount)),
        ("Business unit staff days", days(s.staff_days)),
        ("Whose days", s.staff_role),
        ("Date", s.spent_on),
    ],
    year_filter=_in_year,
    save=_saver(services.review_spending_add),
    export_area="budget",
    area_label=AREA,
)

RECORD_TYPES = (YEARS, CONTRIBUTIONS, LINES, ACTUALS, OTHER_INCOME, REVIEW_SPENDING)
