"""Training and development: take-up by sector against each partner's share of
the funding (the source report's "police 17%, health 3%" argument), attendance
rates and the change in delegates' confidence, from the training records."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.report.context import BuildContext
from safeboard.report.reader import REPORT_READER
from safeboard.training import summaries
from safeboard.training.selectors import course_list


def _pct(value) -> str:
    return "" if value is None else f"{value:.1f}%"


def build(ctx: BuildContext) -> SafeString:
    year = ctx.year
    courses = summaries.course_summary(user=REPORT_READER, year=year)
    ctx.inputs.records(course_list(user=REPORT_READER))
    by_agency = summaries.attendance_by_agency(user=REPORT_READER, year=year)
    by_sector = summaries.attendance_by_sector(user=REPORT_READER, year=year)
    rates = summaries.booking_rates(user=REPORT_READER, year=year)
    confidence = summaries.confidence_change(user=REPORT_READER, year=year)
    return render_to_string(
        "report/sections/training.html",
        {
            "year": year,
            "courses": courses,
            "agencies": [
                (row.label, row.attended, _pct(row.share), _pct(row.funding_share))
                for row in by_agency.rows
            ],
            "sectors": [(row.label, row.attended, _pct(row.share)) for row in by_sector.rows],
            "funding_known": by_agency.funding_known,
            "all_rates": rates[-1] if rates else None,
            "rates": [
                (
                    r.label,
                    r.bookings,
                    r.attended,
                    _pct(r.did_not_attend_rate),
                    _pct(r.cancellation_rate),
                )
                for r in rates
            ],
            "confidence": confidence[-1] if confidence and confidence[-1].evaluations else None,
        },
    )
