"""Inspection and action plans: each inspection's recommendations and what was done,
then every plan's progress, from the action plans.

Statuses are the actions' current ones; "overdue" is judged at the end of
the report's year, so the same records always give the same report.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.actions import selectors, summaries
from safeboard.actions.models import ActionPlan
from safeboard.report.context import BuildContext
from safeboard.report.reader import REPORT_READER
from safeboard.report.years import year_end


def build(ctx: BuildContext) -> SafeString:
    as_at = year_end(ctx.year)
    plans = list(selectors.plan_list(user=REPORT_READER).filter(source_date__lte=as_at))
    inspections = []
    for plan in plans:
        if plan.source_kind != ActionPlan.SourceKind.INSPECTION:
            continue
        recommendations = selectors.plan_with_actions(user=REPORT_READER, plan=plan)
        ctx.inputs.records(
            [
                plan,
                *(r for r, _ in recommendations),
                *(a for _, acts in recommendations for a in acts),
            ]
        )
        inspections.append({"plan": plan, "recommendations": recommendations})
    actions = [
        a
        for a in selectors.action_list(user=REPORT_READER)
        if a.recommendation.plan.source_date <= as_at
    ]
    return render_to_string(
        "report/sections/inspection.html",
        {
            "inspections": inspections,
            "groups": summaries.by_plan(actions, as_at),
            "as_at": as_at,
        },
    )
