"""Creating a year's report with its sections, and the steps of its life."""

from __future__ import annotations

from django.db import transaction

from safeboard.partnership.models import Partnership
from safeboard.report.models import AnnualReport, ReportSection
from safeboard.report.sections import BUILTINS


@transaction.atomic
def report_for_year(*, partnership: Partnership, year: int) -> AnnualReport:
    """The year's report, made with every built-in section (in the source's order) if new.

    Built-in sections added to Safeboard later are appended to existing reports.
    """
    report, _ = AnnualReport.objects.get_or_create(partnership=partnership, year=year)
    have = set(report.sections.values_list("key", flat=True))
    last = max(report.sections.values_list("position", flat=True), default=0)
    for builtin in BUILTINS:
        if builtin.key in have:
            continue
        last += 1
        ReportSection.objects.create(
            report=report,
            key=builtin.key,
            title=builtin.title,
            position=last,
            builtin=True,
            narrative=builtin.narrative,
        )
    return report
