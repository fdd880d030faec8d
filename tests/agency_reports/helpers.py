"""Building blocks for the lead agency reports tests: themes, leads and reports."""

from __future__ import annotations

from datetime import date

from safeboard.access.roles import Role
from safeboard.agency_reports import services
from safeboard.agency_reports.models import AgencyReport, ReportItem, Theme
from safeboard.partnership.models import Partnership
from tests.factories import agency, make_user

COUNCIL = "Testshire County Council"
POLICE = "Testshire Police"
HEALTH = "Testshire Health"
YEAR = 2018  # 2017/18
IN_YEAR = date(2018, 5, 1)  # in 2018/19: the 2017/18 reports are due by 30 June 2018
THEMES = ["Diversity and equality", "Neglect", "Child sexual exploitation", "Early help"]
DID = ReportItem.Kind.DID
PLAN = ReportItem.Kind.PLAN


def make_themes(business_unit, year: int = YEAR, titles=THEMES) -> list[Theme]:
    partnership = Partnership.objects.get()
    return [
        services.theme_create(user=business_unit, partnership=partnership, year=year, title=title)
        for title in titles
    ]


def lead(agency_name: str, username: str | None = None):
    """An agency lead of the named agency."""
    username = username or f"lead-{agency(agency_name).pk}"
    return make_user(Role.AGENCY_LEAD, username=username, agency_name=agency_name)


def theme(title: str, year: int = YEAR) -> Theme:
    return Theme.objects.get(title=title, year=year)


def write_report(author, items, *, year: int = YEAR, today: date = IN_YEAR) -> AgencyReport:
    """Open the author's agency's report and add ``items`` ((theme title, kind, text), ...)."""
    from safeboard.access.visibility import user_agency_id
    from safeboard.partnership.models import Agency

    report = services.report_open(
        user=author, agency=Agency.objects.get(pk=user_agency_id(author)), year=year, today=today
    )
    for title, kind, text in items:
        services.item_add(
            user=author, report=report, theme=theme(title, year), kind=kind, text=text
        )
    return report


def submitted(author, items=(("Neglect", DID, "Ran neglect training."),), **kwargs):
    report = write_report(author, items, **kwargs)
    return services.report_submit(user=author, report=report)


def accepted(author, business_unit, items=(("Neglect", DID, "Ran neglect training."),), **kw):
    report = submitted(author, items, **kw)
    return services.report_accept(user=business_unit, report=report)
