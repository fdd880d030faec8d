"""The budget's export area: ``safeboard export budget --year 2018``.

Five tables for the year: contributions, expenditure (each line with its
months), other income, review spending, and the summary (every figure of
``summaries`` with its key and definition, and the forecast). Money is
Decimal pounds, said in the headers. Contributions are narrowed by
``visible_to`` (an agency lead gets their own agency's row); the summary and
the shares are for the roles that may read the whole budget
(``policy.can_read_summary``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from safeboard.access.visibility import Visibility
from safeboard.budget import policy, selectors, summaries
from safeboard.records.areas import BoardArea, Table

SHARE_PLACES = Decimal("0.0001")


def _months(year: int) -> list[date]:
    return [date(year - 1 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]


def contributions_table(user, year: int) -> Table:
    shares = summaries.contribution_shares(year) if policy.can_read_summary(user) else {}
    rows = [
        [
            c.agency.name,
            c.agreed,
            c.received,
            c.outstanding,
            c.received_on,
            shares[c.agency_id].quantize(SHARE_PLACES) if c.agency_id in shares else None,
            c.note,
        ]
        for c in selectors.contribution_list(user=user, year=year)
    ]
    return Table(
        "contributions",
        [
            "Agency",
            "Agreed (£)",
            "Received (£)",
            "Outstanding (£)",
            "Received on",
            "Share of contributions",
            "Note",
        ],
        rows,
    )


def expenditure_table(user, year: int) -> Table:
    months = _months(year)
    rows = []
    for totals in selectors.line_totals(user=user, year=year):
        by_month = {a.month: a.amount for a in totals.line.actuals.all()}
        rows.append(
            [
                totals.line.get_category_display(),
                totals.line.description,
                totals.line.budgeted,
                *[by_month.get(month) for month in months],
                totals.actual,
                totals.variance,
            ]
        )
    return Table(
        "expenditure",
        [
            "Category",
            "Description",
            "Budgeted (£)",
            *[f"{month:%B %Y} (£)" for month in months],
            "Actual (£)",
            "Under (over) budget (£)",
        ],
        rows,
    )


def other_income_table(user, year: int) -> Table:
    rows = [
        [i.get_category_display(), i.description, i.received_on, i.amount]
        for i in selectors.other_income_list(user=user, year=year)
    ]
    return Table("other-income", ["Kind", "Description", "Received on", "Amount (£)"], rows)


def review_spending_table(user, year: int) -> Table:
    rows = [
        [s.review_reference, s.description, s.spent_on, s.amount, s.staff_days, s.staff_role]
        for s in selectors.review_spending_list(user=user, year=year)
    ]
    return Table(
        "review-spending",
        ["Review", "Description", "Date", "Cost (£)", "Staff days", "Whose days"],
        rows,
    )


def summary_rows(year: int) -> list[list]:
    """[key, figure, value, unit, definition] for every figure of the year and its forecast."""
    forecast = summaries.forecast(year)
    pounds, days, months = "£", "days", "months"
    figures = [
        ("income", "Income: partner contributions", summaries.contributions_agreed, pounds),
        (
            "contributions_received",
            "Contributions received",
            summaries.contributions_received,
            pounds,
        ),
        ("other_income", "Other income", summaries.other_income_total, pounds),
        ("income_total", "Total income", summaries.income_total, pounds),
        ("expenditure", "Expenditure", summaries.expenditure_total, pounds),
        ("budgeted", "Expenditure budgeted", summaries.budgeted_total, pounds),
        ("revenue_position", "Revenue position", summaries.revenue_position, pounds),
        ("review_spending", "Review spending", summaries.review_spending_total, pounds),
        (
            "review_staff_days",
            "Business unit staff days on reviews",
            summaries.review_staff_days,
            days,
        ),
        ("year_position", "The year's position", summaries.year_position, pounds),
        (
            "balance_brought_forward",
            "Non-recurrent balance brought forward",
            summaries.balance_brought_forward,
            pounds,
        ),
        (
            "balance_carried_forward",
            "Balance carried forward",
            summaries.balance_carried_forward,
            pounds,
        ),
    ]
    rows = [
        [key, label, function(year), unit, _definition(function)]
        for key, label, function, unit in figures
    ]
    rows.insert(
        2,
        [
            "contributions_outstanding",
            "Contributions outstanding",
            forecast.contributions_outstanding,
            pounds,
            "Agreed minus received, summed over the agencies that still owe money.",
        ],
    )
    definition = _definition(summaries.forecast)
    rows += [
        ["forecast_months", "Months of actuals", forecast.months_elapsed, months, definition],
        [
            "projected_expenditure",
            "Projected expenditure",
            forecast.projected_expenditure,
            pounds,
            definition,
        ],
        [
            "projected_review_spending",
            "Projected review spending",
            forecast.projected_review_spending,
            pounds,
            definition,
        ],
        ["projected_income", "Projected income", forecast.projected_income, pounds, definition],
        [
            "projected_position",
            "Projected position",
            forecast.projected_position,
            pounds,
            definition,
        ],
        [
            "projected_carried_forward",
            "Projected balance carried forward",
            forecast.projected_carried_forward,
            pounds,
            definition,
        ],
    ]
    rows += [
        ["forecast_warning", warning.code, warning.message, "", definition]
        for warning in forecast.warnings
    ]
    return rows


def _definition(function) -> str:
    """The first paragraph of a summary's docstring: its definition in one line."""
    first = (function.__doc__ or "").strip().split("\n\n")[0]
    return " ".join(first.split())


def summary_table(year: int) -> Table:
    return Table("summary", ["Key", "Figure", "Value", "Unit", "Definition"], summary_rows(year))


def budget_tables(user, year: int) -> list[Table]:
    tables = [
        contributions_table(user, year),
        expenditure_table(user, year),
        other_income_table(user, year),
        review_spending_table(user, year),
    ]
    if policy.can_read_summary(user):
        tables.append(summary_table(year))
    return tables


EXPORT_AREAS = [
    BoardArea(
        name="budget",
        label="Budget",
        description=(
            "Partner contributions, expenditure by month, other income, review spending, "
            "and the year's summary and forecast."
        ),
        url_name="budget:index",
        visibility=Visibility.SIGNED_IN,
        tables=budget_tables,
        order=20,
    )
]
