"""The budget's tables and summary lists, as data for the GOV.UK macros.

The summary page follows the source report's section 3: income by partner
contribution, other income, the expenditure lines, review spending shown
apart, then the balances (brought forward, the year's position, carried
forward) and, for a year still running, the forecast.
"""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.budget import policy, selectors, summaries
from safeboard.budget.models import ExpenditureLine, FinancialYear
from safeboard.budget.money import days, pounds
from safeboard.dataset.periods import year_label
from safeboard.web import components

PERCENT_PLACES = Decimal("0.1")


def _bold(text) -> dict:
    return {"text": str(text), "classes": "govuk-!-font-weight-bold"}


def _bold_number(value) -> dict:
    return {"text": str(value), "format": "numeric", "classes": "govuk-!-font-weight-bold"}


def _date(value) -> str:
    return date_format(value, "j F Y") if value else ""


def percent(share: Decimal | None) -> str:
    if share is None:
        return ""
    return f"{(share * 100).quantize(PERCENT_PLACES)}%"


# The summary page


def contributions_table(*, user, year: int) -> SafeString:
    contributions = list(selectors.contribution_list(user=user, year=year))
    shares = summaries.contribution_shares(year)
    rows = [
        [
            components.link(c.agency.name, reverse("budget:contribution-detail", args=[c.pk])),
            pounds(c.agreed),
            pounds(c.received),
            pounds(c.outstanding),
            _date(c.received_on),
            percent(shares.get(c.agency_id)),
        ]
        for c in contributions
    ]
    if contributions:
        rows.append(
            [
                _bold("Income: partner contributions"),
                _bold_number(pounds(summaries.contributions_agreed(year))),
                _bold_number(pounds(summaries.contributions_received(year))),
                _bold_number(
                    pounds(sum(summaries.contributions_outstanding(year).values(), Decimal(0)))
                ),
                "",
                _bold_number("100.0%"),
            ]
        )
    return components.table(
        caption=f"Partner contributions, {year_label(year)}",
        head=["Partner", "Agreed", "Received", "Outstanding", "Date received", "Share"],
        rows=rows,
        numeric=[1, 2, 3, 5],
        empty="No contributions recorded for the year.",
    )


def other_income_table(*, user, year: int) -> SafeString:
    income = list(selectors.other_income_list(user=user, year=year))
    rows = [
        [
            components.link(i.description, reverse("budget:other-income-detail", args=[i.pk])),
            i.get_category_display(),
            _date(i.received_on),
            pounds(i.amount),
        ]
        for i in income
    ]
    if income:
        rows.append(
            [
                _bold("Other income"),
                "",
                "",
                _bold_number(pounds(summaries.other_income_total(year))),
            ]
        )
    return components.table(
        caption=f"Other income, {year_label(year)}",
        head=["Income", "Kind", "Received", "Amount"],
        rows=rows,
        numeric=[3],
        empty="No other income recorded for the year.",
    )


def expenditure_table(*, user, year: int) -> SafeString:
    lines = selectors.line_totals(user=user, year=year)
    rows = [
        [
            components.link(t.line.description, reverse("budget:line-detail", args=[t.line.pk])),
            t.line.get_category_display(),
            pounds(t.line.budgeted) if t.line.budgeted is not None else "Not set",
            pounds(t.actual),
            pounds(t.variance) if t.variance is not None else "",
        ]
        for t in lines
    ]
    if lines:
        budgeted = summaries.budgeted_total(year)
        actual = summaries.expenditure_total(year)
        rows.append(
            [
                _bold("Expenditure"),
                "",
                _bold_number(pounds(budgeted)),
                _bold_number(pounds(actual)),
                _bold_number(pounds(budgeted - actual)),
            ]
        )
    return components.table(
        caption=f"Expenditure, {year_label(year)}",
        head=["Line", "Category", "Budgeted", "Actual", "Under (over) budget"],
        rows=rows,
        numeric=[2, 3, 4],
        empty="No expenditure lines recorded for the year.",
    )


def review_spending_table(*, user, year: int) -> SafeString:
    spending = list(selectors.review_spending_list(user=user, year=year))
    rows = [
        [
            components.link(
                s.review_reference or s.description,
                reverse("budget:review-spending-detail", args=[s.pk]),
            ),
            s.description if s.review_reference else "",
            _date(s.spent_on),
            pounds(s.amount),
            days(s.staff_days),
        ]
        for s in spending
    ]
    if spending:
        rows.append(
            [
                _bold("Review spending"),
                "",
                "",
                _bold_number(pounds(summaries.review_spending_total(year))),
                _bold_number(days(summaries.review_staff_days(year))),
            ]
        )
    return components.table(
        caption=f"Review spending, {year_label(year)}",
        head=["Review", "What for", "Date", "Cost", "Staff days"],
        rows=rows,
        numeric=[3, 4],
        empty="No review spending recorded for the year.",
    )


def balances_summary(year: int, *, to_date: bool = False) -> SafeString:
    """The report's arithmetic, line by line, ending in the balance carried forward.

    For a year still running (``to_date``) the same sums are the position so
    far, not what will be carried forward: the forecast gives that.
    """
    so_far = " to date" if to_date else ""
    last = "Balance to date" if to_date else f"Balance carried forward to {year_label(year + 1)}"
    return components.summary_list(
        [
            (
                "Non-recurrent balance brought forward",
                pounds(summaries.balance_brought_forward(year)),
            ),
            ("Income: partner contributions", pounds(summaries.contributions_agreed(year))),
            (f"Other income{so_far}", pounds(summaries.other_income_total(year))),
            (f"Less expenditure{so_far}", pounds(-summaries.expenditure_total(year))),
            (f"Less review spending{so_far}", pounds(-summaries.review_spending_total(year))),
            (
                "The position to date" if to_date else "The year's position",
                pounds(summaries.year_position(year)),
            ),
            (last, pounds(summaries.balance_carried_forward(year))),
        ]
    )


def forecast_summary(forecast: summaries.Forecast) -> SafeString:
    through = f"{forecast.through:%B %Y}" if forecast.through else "no actuals yet"
    return components.summary_list(
        [
            ("Actuals to", f"{through} ({forecast.months_elapsed} of 12 months)"),
            ("Expenditure to date", pounds(forecast.expenditure_to_date)),
            ("Projected expenditure", pounds(forecast.projected_expenditure)),
            ("Projected review spending", pounds(forecast.projected_review_spending)),
            (
                "Projected income",
                (
                    f"{pounds(forecast.projected_income)} "
                    f"({pounds(forecast.contributions_outstanding)} of contributions not yet received)"
                ),
            ),
            ("Projected position", pounds(forecast.projected_position)),
            ("Reserves available", pounds(forecast.reserves_available)),
            (
                f"Projected balance at 31 March {forecast.year}",
                pounds(forecast.projected_carried_forward),
            ),
        ]
    )


def brought_forward_notice(year: int) -> str:
    difference = summaries.brought_forward_difference(year)
    if not difference:
        return ""
    return (
        f"The balance brought forward ({pounds(summaries.balance_brought_forward(year))}) "
        f"differs by {pounds(difference)} from the balance {year_label(year - 1)} carried "
        f"forward ({pounds(summaries.balance_carried_forward(year - 1))}): check both years."
    )


# The index page


def years_table(*, user) -> SafeString:
    read_figures = policy.can_read_summary(user)
    years = list(selectors.year_list(user=user))
    # Every year's figures in a few queries, not a dozen per year.
    overview = summaries.years_overview(y.year for y in years) if read_figures else {}
    rows = []
    for financial_year in years:
        year = financial_year.year
        link = (
            reverse("budget:summary", args=[year])
            if read_figures
            else reverse("budget:year-detail", args=[financial_year.pk])
        )
        row = [components.link(financial_year.label, link)]
        if read_figures:
            figures = overview[year]
            row += [
                pounds(figures.contributions_agreed),
                pounds(figures.expenditure_total),
                pounds(figures.balance_carried_forward),
                "Year end" if figures.is_outturn else f"{figures.months_elapsed} months",
            ]
        rows.append(row)
    head = ["Year"]
    if read_figures:
        head += ["Income", "Expenditure", "Carried forward", "Actuals"]
    return components.table(
        caption="Financial years",
        head=head,
        rows=rows,
        numeric=[1, 2, 3] if read_figures else [],
        empty="No financial years recorded yet.",
    )


# Sections under a record's summary on its detail page


def _add_link(url_name: str, text: str, **initial) -> SafeString:
    query = "&".join(f"{k}={v}" for k, v in initial.items())
    return format_html(
        '<p class="govuk-body"><a class="govuk-link" href="{}?{}">{}</a></p>',
        reverse(url_name),
        query,
        text,
    )


def _heading(text: str) -> SafeString:
    return format_html('<h2 class="govuk-heading-m">{}</h2>', text)


def year_sections(request, financial_year: FinancialYear):
    user, year = request.user, financial_year.year
    editor = policy.can_edit(user)
    if policy.can_read_summary(user):
        yield format_html(
            '<p class="govuk-body"><a class="govuk-link" href="{}">The budget summary for {}</a></p>',
            reverse("budget:summary", args=[year]),
            financial_year.label,
        )
    parts = (
        (
            "Partner contributions",
            contributions_table,
            "budget:contribution-create",
            "contribution",
        ),
        ("Expenditure", expenditure_table, "budget:line-create", "expenditure line"),
        ("Other income", other_income_table, "budget:other-income-create", "other income"),
        ("Review spending", review_spending_table, "budget:review-spending-create", "review cost"),
    )
    for title, table, create, noun in parts:
        yield _heading(title)
        yield table(user=user, year=year)
        if editor:
            yield _add_link(create, f"Add {noun}", financial_year=financial_year.pk)


def line_sections(request, line: ExpenditureLine):
    actuals = selectors.actual_list(user=request.user, line=line)
    rows = [
        [
            components.link(f"{a.month:%B %Y}", reverse("budget:actual-detail", args=[a.pk])),
            pounds(a.amount),
        ]
        for a in actuals
    ]
    yield _heading("Actuals by month")
    yield components.table(
        caption=f"Actuals by month: {line.description}",
        head=["Month", "Amount"],
        rows=rows,
        numeric=[1],
        empty="No actuals entered yet.",
    )
    if policy.can_edit(request.user):
        yield _add_link("budget:actual-create", "Add a month's actual", line=line.pk)
