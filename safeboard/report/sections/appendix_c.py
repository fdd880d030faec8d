"""Appendix C: the multi-agency training report's table of courses, events and delegates."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.report.context import BuildContext
from safeboard.report.reader import REPORT_READER
from safeboard.training.summaries import course_summary


def _hours(value) -> str:
    text = f"{value:f}".rstrip("0").rstrip(".")
    return f"{text} hours"


def build(ctx: BuildContext) -> SafeString:
    summary = course_summary(user=REPORT_READER, year=ctx.year)
    return render_to_string(
        "report/sections/appendix_c.html",
        {
            "summary": summary,
            "rows": [
                (
                    row.course.title,
                    _hours(row.course.length_hours),
                    row.course.drivers,
                    row.events,
                    row.delegates,
                )
                for row in summary.rows
            ],
            "year": ctx.year,
        },
    )
