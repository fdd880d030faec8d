"""Serious case and practice reviews: the year's notifications, rapid reviews and
reviews as every reader may see them (small numbers suppressed), with their cost."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.budget.money import days, pounds
from safeboard.report.context import BuildContext
from safeboard.reviews.selectors import year_figures


def build(ctx: BuildContext) -> SafeString:
    # Read as someone who may not see case records: the published, suppressed figures.
    figures = year_figures(user=AnonymousUser(), year=ctx.year)
    return render_to_string(
        "report/sections/reviews.html",
        {
            "figures": figures,
            "cost": pounds(figures.cost),
            "staff_days": days(figures.staff_days),
            "year": ctx.year,
        },
    )
