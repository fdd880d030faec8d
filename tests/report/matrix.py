"""URL matrix rows for the annual report's pages, and the records they need.

Every signed-in user reads the report (drafts included: the board, the
scrutineer and the partners all work on it); only the business unit edits
sections. The POST-only steps are tested in test_views.py.
"""

from __future__ import annotations

from django.urls import reverse

from safeboard.partnership.models import Partnership
from safeboard.report.services import report_for_year
from tests.matrix_sets import BUSINESS_UNIT, SIGNED_IN

YEAR = 2018

MATRIX = {
    "report:index": SIGNED_IN,
    "report:detail": SIGNED_IN,
    "report:checklist": SIGNED_IN,
    "report:scrutiny": SIGNED_IN,
    "report:sign-off": SIGNED_IN,
    "report:distribution": SIGNED_IN,
    "report:build-progress": SIGNED_IN,
    "report:build-status": SIGNED_IN,
    "report:section-list": SIGNED_IN,
    "report:section-detail": SIGNED_IN,
    "report:section-history": SIGNED_IN,
    "report:section-edit": BUSINESS_UNIT,
}
SPECIAL = {
    "report:create",
    "report:section-add",
    "report:section-move",
    "report:build",
    "report:step",
    "report:comment-respond",
    "report:publish",
    # Need a build on disk: tested in test_views.py.
    "report:view",
    "report:download",
}


def url(name: str) -> str:
    report = report_for_year(partnership=Partnership.objects.get(), year=YEAR)
    if name == "report:index" or name == "report:section-list":
        return reverse(name)
    if name in {"report:section-detail", "report:section-history", "report:section-edit"}:
        return reverse(name, args=[report.sections.get(key="introduction").pk])
    return reverse(name, args=[YEAR])
