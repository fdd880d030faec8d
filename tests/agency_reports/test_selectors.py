"""Who reads which report: drafts for the business unit and the agency's own lead only."""

from __future__ import annotations

import pytest

from safeboard.access.roles import Role
from safeboard.agency_reports import selectors, services
from safeboard.agency_reports.models import AgencyReport, ReportItem
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    HEALTH,
    YEAR,
    accepted,
    lead,
    make_themes,
    submitted,
    write_report,
)


@pytest.fixture
def reports(users):
    business_unit = users[Role.BUSINESS_UNIT]
    make_themes(business_unit)
    police = accepted(users[Role.AGENCY_LEAD], business_unit)
    council_lead = lead(COUNCIL)
    council = submitted(council_lead)
    services.report_return(user=business_unit, report=council, comment="Add your plans.")
    health_lead = lead(HEALTH)
    health = write_report(health_lead, [("Neglect", DID, "A draft.")])
    return {
        "police": police,
        "council": council,
        "health": health,
        "council_lead": council_lead,
        "health_lead": health_lead,
    }


def _agencies(queryset):
    return sorted(r.agency.name for r in queryset)


def test_the_business_unit_reads_every_report_in_every_state(reports, users):
    assert _agencies(selectors.report_list(user=users[Role.BUSINESS_UNIT])) == [
        "Testshire County Council",
        "Testshire Health",
        "Testshire Police",
    ]


@pytest.mark.parametrize(
    "role",
    [Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.PERFORMANCE_ANALYST],
)
def test_readers_see_accepted_reports_only(reports, users, role):
    user = users[role]
    assert _agencies(selectors.report_list(user=user)) == ["Testshire Police"]
    with pytest.raises(AgencyReport.DoesNotExist):
        selectors.report_get(user=user, pk=reports["health"].pk)
    assert list(selectors.item_list(user=user, report=reports["health"])) == []
    assert list(selectors.review_list(user=user, report=reports["council"])) == []
    assert len(selectors.item_list(user=user, report=reports["police"])) == 1


def test_an_agency_lead_reads_their_own_agencys_reports_in_every_state(reports, users):
    assert _agencies(selectors.report_list(user=reports["health_lead"])) == ["Testshire Health"]
    assert _agencies(selectors.report_list(user=users[Role.AGENCY_LEAD])) == ["Testshire Police"]
    council_lead = reports["council_lead"]
    [returned] = selectors.review_list(user=council_lead, report=reports["council"])
    assert (returned.comment, returned.reviewed_by) == (
        "Add your plans.",
        users[Role.BUSINESS_UNIT],
    )
    # Not another agency's draft, nor its items.
    with pytest.raises(ReportItem.DoesNotExist):
        selectors.item_get(user=council_lead, pk=reports["health"].items.get().pk)
    assert selectors.report_find(user=council_lead, year=YEAR) == reports["council"]
    assert (
        selectors.report_find(user=council_lead, year=YEAR, agency_id=reports["health"].agency_id)
        is None
    )


def test_a_panel_member_reads_their_own_agencys_accepted_report_only(reports, users):
    assert _agencies(selectors.report_list(user=users[Role.CDOP_MEMBER])) == ["Testshire Police"]


def test_a_user_without_a_role_reads_nothing(reports, users):
    assert list(selectors.report_list(user=users[None])) == []
    assert selectors.theme_years(user=users[None]) == [YEAR]  # themes are for every signed-in user


def test_themes_and_years(reports, users):
    business_unit = users[Role.BUSINESS_UNIT]
    make_themes(business_unit, year=YEAR + 1, titles=["Neglect"])
    assert selectors.theme_years(user=business_unit) == [YEAR + 1, YEAR]
    assert [t.title for t in selectors.theme_list(user=business_unit, year=YEAR)] == [
        "Diversity and equality",
        "Neglect",
        "Child sexual exploitation",
        "Early help",
    ]
    assert selectors.report_years(user=users[Role.BOARD_MEMBER]) == [YEAR + 1, YEAR]
