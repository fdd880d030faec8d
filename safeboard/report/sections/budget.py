"""Budget: the shape of the source report's section 3, from the budget records.

Income by partner contribution, expenditure by line, review spending apart,
balances brought and carried forward, and the budget area's own sentences
(which end with the forecast's warning for a year still running).
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.budget import summaries
from safeboard.budget.models import ExpenditureLine, PartnerContribution
from safeboard.budget.money import pounds
from safeboard.budget.narrative import budget_narrative
from safeboard.report.context import BuildContext


def build(ctx: BuildContext) -> SafeString:
    year = ctx.year
    contributions = list(
        PartnerContribution.objects.filter(financial_year__year=year)
        .select_related("agency")
        .order_by("-agreed", "agency__name")
    )
    ctx.inputs.records(contributions)
    lines = list(ExpenditureLine.objects.filter(financial_year__year=year))
    ctx.inputs.records(lines)
    labels = dict(ExpenditureLine.Category.choices)
    return render_to_string(
        "report/sections/budget.html",
        {
            "has_budget": bool(contributions or lines),
            "sentences": budget_narrative(year) if (contributions or lines) else [],
            "contributions": [(c.agency.name, pounds(c.agreed)) for c in contributions],
            "income": pounds(summaries.contributions_agreed(year)),
            "expenditure_lines": [
                (labels[category], pounds(amount))
                for category, amount in summaries.expenditure_by_category(year).items()
            ],
            "expenditure": pounds(summaries.expenditure_total(year)),
            "other_income": pounds(summaries.other_income_total(year)),
            "reviews": pounds(summaries.review_spending_total(year)),
            "brought_forward": pounds(summaries.balance_brought_forward(year)),
            "carried_forward": pounds(summaries.balance_carried_forward(year)),
            "year": year,
        },
    )
