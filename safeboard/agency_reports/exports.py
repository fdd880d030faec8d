"""The ``agency-reports`` export area: a year's reports, their items and the themes.

What is exported is what the user may read (``selectors``): the business unit
every report in every state, an agency lead their own agency's, everyone else
accepted reports only.
"""

from __future__ import annotations

from django.utils.timezone import localdate

from safeboard.access.visibility import Visibility, visible_to
from safeboard.agency_reports import selectors
from safeboard.agency_reports.models import ReportReview
from safeboard.agency_reports.summaries import by_name
from safeboard.dataset.periods import year_label
from safeboard.records.areas import BoardArea, Table

REPORT_HEADERS = [
    "Agency",
    "Year",
    "Status",
    "Items",
    "Submitted on",
    "Last decision",
    "Decided on",
    "Comment",
]
ITEM_HEADERS = ["Agency", "Theme", "Did or plan", "Position", "Text"]
THEME_HEADERS = ["Order", "Theme", "What agencies should cover"]


def _tables(user, year: int) -> list[Table]:
    reports = sorted(
        selectors.report_list(user=user).filter(year=year), key=lambda r: by_name(r.agency)
    )
    last: dict[int, ReportReview] = {}
    reviews = visible_to(user, ReportReview).filter(report__in=reports)
    for review in reviews.order_by("reviewed_at", "pk"):
        last[review.report_id] = review
    items = list(selectors.item_list_all(user=user).filter(report__year=year))
    counts: dict[int, int] = {}
    for item in items:
        counts[item.report_id] = counts.get(item.report_id, 0) + 1
    report_rows = []
    for report in reports:
        decision = last.get(report.pk)
        report_rows.append(
            [
                report.agency.name,
                year_label(report.year),
                report.get_status_display(),
                counts.get(report.pk, 0),
                localdate(report.submitted_at) if report.submitted_at else None,
                decision.get_decision_display() if decision else None,
                localdate(decision.reviewed_at) if decision else None,
                decision.comment if decision else None,
            ]
        )
    order = {report.pk: position for position, report in enumerate(reports)}
    items.sort(key=lambda i: (order[i.report_id], i.theme.order, i.theme.title, i.kind, i.position))
    item_rows = [
        [i.report.agency.name, i.theme.title, i.get_kind_display(), i.position, i.text]
        for i in items
    ]
    theme_rows = [
        [t.order, t.title, t.description] for t in selectors.theme_list(user=user, year=year)
    ]
    return [
        Table("reports", REPORT_HEADERS, report_rows),
        Table("items", ITEM_HEADERS, item_rows),
        Table("themes", THEME_HEADERS, theme_rows),
    ]


EXPORT_AREAS = [
    BoardArea(
        name="agency-reports",
        label="Lead agency reports",
        description=(
            "Each agency's report for the year: what it did and plans under the partnership's "
            "themes, with its status. Drafts only for the business unit and the agency's lead."
        ),
        url_name="agency_reports:index",
        visibility=Visibility.AGENCY,
        tables=_tables,
        order=40,
    )
]
