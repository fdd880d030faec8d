"""Appendix B: the lead agency reports the business unit accepted for the year."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.agency_reports.models import AgencyReport
from safeboard.agency_reports.summaries import appendix_b
from safeboard.report.context import BuildContext


def build(ctx: BuildContext) -> SafeString:
    appendix = appendix_b(ctx.year)
    ctx.inputs.records(AgencyReport.objects.filter(pk__in=[a.report_id for a in appendix.agencies]))
    return render_to_string("report/sections/appendix_b.html", {"appendix": appendix})
