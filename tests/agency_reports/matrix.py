"""URL matrix rows for lead agency reports (see tests/test_url_matrix.py).

The matrix's users all belong to the Testshire Police. Its records: themes for
2017/18 and 2018/19; the Police's 2017/18 report in draft with one item; the
County Council's accepted; Health's submitted. So the detail pages of the
Council's report prove own-agency scoping (the Police's own-agency roles get
404), and the Police's draft item proves drafts are for the business unit and
the agency's own lead only.
"""

from __future__ import annotations

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.accounts.models import User
from safeboard.agency_reports.models import AgencyReport, ReportItem, Theme
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    HEALTH,
    YEAR,
    accepted,
    lead,
    make_themes,
    write_report,
)
from tests.agency_reports.helpers import submitted as submitted_report
from tests.factories import make_user
from tests.matrix_sets import ALL_AGENCIES, BUSINESS_UNIT, EVERY_ROLE, SIGNED_IN

LEAD = frozenset({Role.AGENCY_LEAD})
DRAFT_READERS = frozenset({Role.BUSINESS_UNIT, Role.AGENCY_LEAD})

MATRIX = {
    "agency_reports:index": EVERY_ROLE,
    "agency_reports:appendix": EVERY_ROLE,
    "agency_reports:report-start": LEAD,
    "agency_reports:report-list": EVERY_ROLE,
    # The County Council's accepted report: the Police's own-agency roles must not see it.
    "agency_reports:report-detail": ALL_AGENCIES,
    "agency_reports:report-history": ALL_AGENCIES,
    # The Police's draft: only its own lead submits it.
    "agency_reports:report-submit": LEAD,
    # Health's submitted report.
    "agency_reports:report-review": BUSINESS_UNIT,
    # Themes are the partnership's, read by every signed-in user.
    "agency_reports:theme-list": SIGNED_IN,
    "agency_reports:theme-detail": SIGNED_IN,
    "agency_reports:theme-history": SIGNED_IN,
    "agency_reports:theme-create": BUSINESS_UNIT,
    "agency_reports:theme-edit": BUSINESS_UNIT,
    "agency_reports:theme-delete": BUSINESS_UNIT,
    # Items: the list for every role (accepted reports' items); the Police's draft item
    # for the business unit and the Police's lead; changed by that lead only.
    "agency_reports:item-list": EVERY_ROLE,
    "agency_reports:item-detail": DRAFT_READERS,
    "agency_reports:item-history": DRAFT_READERS,
    "agency_reports:item-create": LEAD,
    "agency_reports:item-edit": LEAD,
    "agency_reports:item-delete": LEAD,
}
# POST only: tested in tests/agency_reports/test_views.py.
SPECIAL = {"agency_reports:item-move", "agency_reports:themes-copy"}


def _user(role: Role):
    """The matrix's user for the role (the anonymous tests have none yet)."""
    return User.objects.filter(username=role.value).first() or make_user(role)


def _records() -> dict:
    """The matrix's reports, made once per test."""
    if not Theme.objects.filter(year=YEAR).exists():
        business_unit = _user(Role.BUSINESS_UNIT)
        make_themes(business_unit)
        make_themes(business_unit, year=YEAR + 1, titles=["Neglect", "Unused"])
        police_lead = _user(Role.AGENCY_LEAD)
        write_report(police_lead, [("Neglect", DID, "A draft item.")])
        accepted(lead(COUNCIL), business_unit)
        submitted_report(lead(HEALTH))
    return {
        "police": AgencyReport.objects.get(agency__name="Testshire Police", year=YEAR),
        "council": AgencyReport.objects.get(agency__name=COUNCIL, year=YEAR),
        "health": AgencyReport.objects.get(agency__name=HEALTH, year=YEAR),
        "unused": Theme.objects.get(year=YEAR + 1, title="Unused"),
    }


def url(name: str) -> str:
    records = _records()
    police, council = records["police"], records["council"]
    item = ReportItem.objects.get(report=police)
    args = {
        "agency_reports:appendix": [YEAR],
        "agency_reports:report-start": [YEAR + 1],
        "agency_reports:report-detail": [council.pk],
        "agency_reports:report-history": [council.pk],
        "agency_reports:report-submit": [police.pk],
        "agency_reports:report-review": [records["health"].pk],
        "agency_reports:theme-detail": [records["unused"].pk],
        "agency_reports:theme-history": [records["unused"].pk],
        "agency_reports:theme-edit": [records["unused"].pk],
        "agency_reports:theme-delete": [records["unused"].pk],
        "agency_reports:item-detail": [item.pk],
        "agency_reports:item-history": [item.pk],
        "agency_reports:item-edit": [item.pk],
        "agency_reports:item-delete": [item.pk],
    }.get(name, [])
    path = reverse(name, args=args)
    if name == "agency_reports:item-create":
        path += f"?report={police.pk}"
    return path
