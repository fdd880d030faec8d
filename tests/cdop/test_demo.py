"""The demo's child death reviews reproduce the source report's section 5."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.cdop import summaries
from safeboard.cdop.models import ChildDeath
from safeboard.demo.build import demo_partnership, demo_users
from safeboard.demo.cdop import demo_cdop
from safeboard.partnership.models import ChildDeathOverviewPanel

pytestmark = pytest.mark.django_db

# The report's section 5, as printed.
REPORT_PANELS = 17
REPORT_REVIEWED = {"Warwickshire": 34, "Coventry": 28, "Solihull": 15}
# "Of the 34 deaths from Warwickshire were categorised into 9 'Generic Themes'":
# the nine are categories 1 to 9, in the statutory order; none was category 10.
REPORT_WARWICKSHIRE = {1: 0, 2: 1, 3: 3, 4: 1, 5: 1, 6: 1, 7: 6, 8: 20, 9: 1, 10: 0}
REPORT_ACTIONS = 30
TODAY = date(2026, 1, 15)


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_users()
    demo_cdop(today=TODAY)
    return ChildDeathOverviewPanel.objects.get()


def test_the_panel_year_reproduces_the_report(demo):
    assert summaries.panels_held(panel=demo, year=2018) == REPORT_PANELS
    assert summaries.deaths_reviewed(panel=demo, year=2018) == REPORT_REVIEWED
    assert sum(summaries.deaths_reviewed(panel=demo, year=2018).values()) == 77
    by_category = summaries.reviewed_by_category(panel=demo, year=2018)
    assert by_category["Warwickshire"] == REPORT_WARWICKSHIRE
    assert summaries.actions_raised(panel=demo, year=2018) == REPORT_ACTIONS


def test_the_authorities_are_listed_as_the_report_lists_them(demo):
    assert [la.name for la in summaries.authorities(demo)] == list(REPORT_REVIEWED)


def test_building_again_changes_nothing(demo):
    deaths = ChildDeath.objects.count()
    demo_cdop(today=TODAY)
    assert ChildDeath.objects.count() == deaths
    assert summaries.deaths_reviewed(panel=demo, year=2018) == REPORT_REVIEWED
    assert summaries.actions_raised(panel=demo, year=2018) == REPORT_ACTIONS


def test_no_case_number_looks_like_an_nhs_number_or_a_name(demo):
    for reference in ChildDeath.objects.values_list("case_reference", flat=True):
        assert reference.startswith("CSW-")
        assert any(ch.isdigit() for ch in reference)
