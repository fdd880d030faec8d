"""The demo's 2017/18 lead agency reports: Appendix B's agencies, a returned and a draft."""

from __future__ import annotations

import pytest

from safeboard.agency_reports import summaries
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.demo.agency_reports import ACCEPTED, DRAFT, RETURNED, demo_agency_reports
from safeboard.demo.build import demo_partnership, demo_users


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_users()
    demo_agency_reports()


def test_the_demo_holds_the_source_reports_themes_and_agencies(demo):
    assert list(Theme.objects.filter(year=2018).values_list("title", flat=True)) == [
        "Diversity and equality",
        "Neglect",
        "Child sexual exploitation",
        "Early help",
    ]
    states = dict(AgencyReport.objects.values_list("agency__short_name", "status"))
    assert states == {
        "CCGs": "accepted",
        "Police": "accepted",
        "WCC": "accepted",
        "SWFT": "returned",
        "CWPT": "draft",
    }
    [returned] = ReportReview.objects.filter(decision="returned")
    assert returned.comment == RETURNED[2]
    assert returned.reviewed_by.username == "demo-business-unit"
    appendix = summaries.appendix_b(2018)
    assert [a.short_name for a in appendix.agencies] == [
        "CCGs",
        "WCC",
        "Police",
    ]  # by name, as the source orders them
    items = sum(len(t.did) + len(t.plan) for a in appendix.agencies for t in a.themes)
    assert items == sum(len(v) for v in ACCEPTED.values()) == 8 + 9 + 9
    police = appendix.agencies[2]
    assert [len(t.did) for t in police.themes] == [1, 2, 2, 0]  # no early help "did", as printed


def test_the_demo_twice_adds_nothing(demo):
    counts = (Theme.objects.count(), AgencyReport.objects.count(), ReportItem.objects.count())
    demo_agency_reports()
    assert counts == (
        Theme.objects.count(),
        AgencyReport.objects.count(),
        ReportItem.objects.count(),
    )
    assert counts == (4, 5, 26 + len(RETURNED[1]) + len(DRAFT[1]))
    assert ReportReview.objects.count() == 4
