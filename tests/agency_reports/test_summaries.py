"""Progress by year, what a lead owes, and Appendix B: figures worked out by hand.

The fixture year (2017/18), one agency per state:

| agency              | asked for a report because   | state       |
| ------------------- | ---------------------------- | ----------- |
| Testshire County C. | statutory partner            | returned    |
| Testshire Health    | statutory partner            | accepted    |
| Testshire Police    | statutory partner            | accepted    |
| Testshire Probation | relevant agency              | submitted   |
| Testshire Schools   | opened a report              | draft       |
| Testshire Youth     | relevant agency              | not started |
| Testshire Fire      | not asked (neither), no report | (no row)  |
| Old Testshire CCG   | statutory but inactive       | (no row)    |

So the business unit sees 6 rows: not started 1, draft 1, submitted 1,
returned 1, accepted 2; outstanding = not started + draft + returned = 3.
"""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.access.roles import Role
from safeboard.agency_reports import services, summaries
from safeboard.agency_reports.models import AgencyReport
from safeboard.partnership.models import Partnership
from safeboard.partnership.services import agency_create, agency_update
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    HEALTH,
    IN_YEAR,
    PLAN,
    YEAR,
    accepted,
    lead,
    make_themes,
    submitted,
    write_report,
)
from tests.factories import agency

PROBATION = "Testshire Probation"
SCHOOLS = "Testshire Schools"
YOUTH = "Testshire Youth"

POLICE_ITEMS = [
    ("Neglect", DID, "Introduced a Missing Children Panel."),
    ("Neglect", DID, "- Strengthened the missing process\n  - 3 episodes in 90 days"),
    ("Neglect", PLAN, "Strengthen our response to missing children."),
    ("Diversity and equality", DID, "Hosted a workshop for 300 professionals."),
    ("Early help", PLAN, "Intensify early identification."),
]


@pytest.fixture
def year_of_reports(users):
    business_unit = users[Role.BUSINESS_UNIT]
    partnership = Partnership.objects.get()
    make_themes(business_unit)
    agency_create(
        partnership=partnership, name=PROBATION, agency_type="probation", is_relevant_agency=True
    )
    agency_create(partnership=partnership, name=SCHOOLS, agency_type="education")
    agency_create(
        partnership=partnership, name=YOUTH, agency_type="youth-justice", is_relevant_agency=True
    )
    agency_create(partnership=partnership, name="Testshire Fire", agency_type="fire")
    old = agency_create(
        partnership=partnership, name="Old Testshire CCG", agency_type="health-commissioner"
    )
    agency_update(agency=old, active=False)

    police_lead = users[Role.AGENCY_LEAD]
    leads = {name: lead(name) for name in (COUNCIL, HEALTH, PROBATION, SCHOOLS, YOUTH)}
    council = submitted(leads[COUNCIL])
    services.report_return(user=business_unit, report=council, comment="Add your plans.")
    accepted(leads[HEALTH], business_unit, items=[("Early help", DID, "Health visitors.")])
    accepted(police_lead, business_unit, items=POLICE_ITEMS)
    submitted(leads[PROBATION])
    write_report(leads[SCHOOLS], [("Neglect", DID, "Training for staff.")])
    # Another year's report must not count in 2017/18.
    make_themes(business_unit, year=YEAR + 1, titles=["Neglect"])
    write_report(police_lead, [("Neglect", DID, "Next year.")], year=YEAR + 1)
    return {"business_unit": business_unit, "police_lead": police_lead, **leads}


def test_year_progress_for_the_business_unit(year_of_reports):
    progress = summaries.year_progress(
        user=year_of_reports["business_unit"], year=YEAR, today=IN_YEAR
    )
    assert [(row.agency.name, row.state) for row in progress.rows] == [
        ("Testshire County Council", "returned"),
        ("Testshire Health", "accepted"),
        ("Testshire Police", "accepted"),
        ("Testshire Probation", "submitted"),
        ("Testshire Schools", "draft"),
        ("Testshire Youth", "not-started"),
    ]
    assert progress.counts == {
        "not-started": 1,
        "draft": 1,
        "submitted": 1,
        "returned": 1,
        "accepted": 2,
    }
    assert (progress.expected, progress.outstanding) == (6, 3)
    assert progress.due_date == date(2018, 6, 30)
    assert not progress.overdue
    later = summaries.year_progress(
        user=year_of_reports["business_unit"], year=YEAR, today=date(2018, 7, 1)
    )
    assert later.overdue


def test_year_progress_for_readers_shows_accepted_reports_only(year_of_reports, users):
    for role in (Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.PERFORMANCE_ANALYST):
        progress = summaries.year_progress(user=users[role], year=YEAR, today=IN_YEAR)
        assert [(r.agency.name, r.state) for r in progress.rows] == [
            ("Testshire Health", "accepted"),
            ("Testshire Police", "accepted"),
        ]
        assert progress.counts["accepted"] == 2
        assert progress.outstanding == 0
    # A panel member in the Police reads only the Police's accepted report.
    cdop = summaries.year_progress(user=users[Role.CDOP_MEMBER], year=YEAR, today=IN_YEAR)
    assert [r.agency.name for r in cdop.rows] == ["Testshire Police"]
    assert summaries.year_progress(user=users[None], year=YEAR, today=IN_YEAR).rows == []


def test_year_progress_for_an_agency_lead_is_their_own_row(year_of_reports):
    mine = summaries.year_progress(user=year_of_reports[COUNCIL], year=YEAR, today=IN_YEAR)
    assert [(r.agency.name, r.state) for r in mine.rows] == [
        ("Testshire County Council", "returned")
    ]
    youth = summaries.year_progress(user=year_of_reports[YOUTH], year=YEAR, today=IN_YEAR)
    assert [(r.agency.name, r.state) for r in youth.rows] == [("Testshire Youth", "not-started")]


def test_reports_owed_by_an_agency_lead(year_of_reports):
    # On 1 May 2018 the 2017/18 report is due by 30 June 2018, and 2018/19 (themes set,
    # year started) by 30 June 2019.
    council = summaries.reports_owed(user=year_of_reports[COUNCIL], today=IN_YEAR)
    assert [(o.year, o.state, o.due_date, o.overdue) for o in council] == [
        (2018, "returned", date(2018, 6, 30), False),
        (2019, "not-started", date(2019, 6, 30), False),
    ]
    # The Police's 2017/18 report is accepted; its 2018/19 one is a draft.
    police = summaries.reports_owed(user=year_of_reports["police_lead"], today=date(2018, 7, 1))
    assert [(o.year, o.state, o.overdue) for o in police] == [(2019, "draft", False)]
    # Before 1 April 2018, 2018/19 has not started, so it is not owed yet; Probation's
    # 2017/18 report is with the business unit, so nothing is owed.
    assert summaries.reports_owed(user=year_of_reports[PROBATION], today=date(2018, 3, 1)) == []
    late = summaries.reports_owed(user=year_of_reports[SCHOOLS], today=date(2018, 7, 1))
    assert [(o.year, o.state, o.overdue) for o in late] == [
        (2018, "draft", True),
        (2019, "not-started", False),
    ]
    assert summaries.reports_owed(user=year_of_reports["business_unit"], today=IN_YEAR) == []


def test_appendix_b_holds_accepted_reports_by_agency_theme_and_did_or_plan(year_of_reports):
    appendix = summaries.appendix_b(YEAR)
    assert appendix.title == "Lead Agency Reports 2017-18"
    assert appendix.did_heading == "What we did in 2017-18"
    assert appendix.plan_heading == "What we plan to do in 2018-19"
    assert appendix.themes == [
        "Diversity and equality",
        "Neglect",
        "Child sexual exploitation",
        "Early help",
    ]
    # Only the two accepted reports, by agency name; returned, submitted and drafts never.
    assert [a.name for a in appendix.agencies] == ["Testshire Health", "Testshire Police"]
    health, police = appendix.agencies
    assert (
        police.report_id
        == AgencyReport.objects.get(agency=agency("Testshire Police"), year=YEAR).pk
    )
    assert police.accepted_at is not None
    # Every theme of the year, in order, even where the agency wrote nothing.
    assert [(t.title, len(t.did), len(t.plan), t.has_items) for t in police.themes] == [
        ("Diversity and equality", 1, 0, True),
        ("Neglect", 2, 1, True),
        ("Child sexual exploitation", 0, 0, False),
        ("Early help", 0, 1, True),
    ]
    neglect = police.themes[1]
    assert [i.text for i in neglect.did] == [
        "Introduced a Missing Children Panel.",
        "- Strengthened the missing process\n  - 3 episodes in 90 days",
    ]
    assert neglect.did[1].blocks == [
        {
            "kind": "list",
            "bullets": [
                {"text": "Strengthened the missing process", "children": ["3 episodes in 90 days"]}
            ],
        }
    ]
    assert [i.text for i in health.themes[3].did] == ["Health visitors."]
    data = appendix.as_dict()
    assert data["agencies"][1]["themes"][1]["plan"] == [
        {
            "text": "Strengthen our response to missing children.",
            "blocks": [
                {"kind": "paragraph", "text": "Strengthen our response to missing children."}
            ],
        }
    ]


def test_appendix_b_through_a_users_eyes(year_of_reports, users):
    """An agency lead reads only their own agency; the chair the same as the published one."""
    assert [
        a.name for a in summaries.appendix_b(YEAR, user=year_of_reports[COUNCIL]).agencies
    ] == []
    police = summaries.appendix_b(YEAR, user=year_of_reports["police_lead"])
    assert [a.name for a in police.agencies] == ["Testshire Police"]
    chair = summaries.appendix_b(YEAR, user=users[Role.INDEPENDENT_CHAIR])
    assert chair.as_dict() == summaries.appendix_b(YEAR).as_dict()
    assert summaries.appendix_b(YEAR, user=users[None]).agencies == []


def test_appendix_b_of_a_year_with_nothing_accepted_is_empty(year_of_reports):
    appendix = summaries.appendix_b(YEAR + 1)
    assert appendix.agencies == []
    assert appendix.themes == ["Neglect"]
    assert appendix.did_heading == "What we did in 2018-19"
