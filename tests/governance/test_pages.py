"""The governance pages: the business unit's journeys, what each role reads, what is logged."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import StrategicPriority
from safeboard.web.home import panels_for
from tests.factories import sign_in
from tests.governance.conftest import COUNCIL, POLICE, person


def _page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_business_unit_sets_up_a_sub_group(client, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("governance:group-create"),
        {
            "name": "Quality, Performance Monitoring and Evaluation",
            "kind": "sub-group",
            "purpose": "Monitors the dataset.",
            "set_up_on": "2014-04-01",
            "quorum_members": "3",
            "quorum_statutory_partners": "1",
            "deputies_count": "on",
        },
    )
    group = BoardGroup.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("governance:group-detail", args=[group.pk])
    assert group.partnership.short_name == "TSP"
    # Never had a chair: vacant since it was set up.
    page = _page(client, response["Location"])
    assert "No chair" in page
    assert "since 1 April 2014" in page


def test_a_group_name_is_refused_twice_on_the_form(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("governance:group-create"),
        {
            "name": board.board.name,
            "kind": "sub-group",
            "set_up_on": "2014-04-01",
            "quorum_members": "3",
            "quorum_statutory_partners": "0",
        },
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert BoardGroup.objects.count() == 1


def test_a_chair_overlap_shows_on_the_form(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    newcomer = person("Nia Test", POLICE)
    response = client.post(
        reverse("governance:membership-create"),
        {
            "group": board.board.pk,
            "person": newcomer.pk,
            "role": "chair",
            "independent": "on",
            "started_on": "2018-01-01",
        },
    )
    assert response.status_code == 200
    assert "Fay Test chairs Testshire Safeguarding Children Board from 1 November 2017" in (
        response.content.decode()
    )
    assert not Membership.objects.filter(person=newcomer).exists()


def test_a_member_takes_the_persons_agency_unless_independent(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    newcomer = person("Nia Test", POLICE)
    lay = person("Lou Test", COUNCIL)
    for who, extra in ((newcomer, {}), (lay, {"independent": "on"})):
        response = client.post(
            reverse("governance:membership-create"),
            {
                "group": board.board.pk,
                "person": who.pk,
                "role": "member",
                "started_on": "2018-04-01",
                **extra,
            },
        )
        assert response.status_code == 302
    assert Membership.objects.get(person=newcomer).agency.name == POLICE
    assert Membership.objects.get(person=lay).agency is None


def test_a_meeting_takes_the_groups_quorum_when_left_blank(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    # Arranged from the group's page, the form shows the group's rule.
    form = _page(client, reverse("governance:meeting-create") + f"?group={board.board.pk}")
    assert 'name="quorum_statutory_partners" type="number" value="2"' in form
    # Sent blank, as a browser sends an emptied box: the group's rule.
    response = client.post(
        reverse("governance:meeting-create"),
        {
            "group": board.board.pk,
            "held_on": "2018-05-16",
            "venue": "Shire Hall",
            "quorum_members": "",
            "quorum_statutory_partners": "",
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(held_on=date(2018, 5, 16))
    assert (meeting.quorum_members, meeting.quorum_statutory_partners) == (4, 2)
    assert meeting.deputies_count is True


def test_the_attendance_sheet_records_a_meeting(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    meeting = Meeting.objects.create(
        group=board.board, held_on=date(2018, 2, 21), quorum_members=4, quorum_statutory_partners=2
    )
    url = reverse("governance:meeting-attendance", args=[meeting.pk])
    page = _page(client, url)
    # Members on 21 Feb 2018: Ann, Bob, Cat, Fay, Gus (Dan and Eve had left).
    for name in ("Ann Test", "Bob Test", "Cat Test", "Fay Test", "Gus Test"):
        assert name in page
    assert "Dan Test" not in page
    m = board.members
    response = client.post(
        url,
        {
            f"status_{m['Ann'].pk}": "present",
            f"status_{m['Bob'].pk}": "deputy",
            f"deputy_{m['Bob'].pk}": "Sergeant Deputy",
            f"status_{m['Cat'].pk}": "present",
            f"status_{m['Fay'].pk}": "present",
            f"status_{m['Gus'].pk}": "apologies",
        },
    )
    assert response.status_code == 302
    assert Attendance.objects.filter(meeting=meeting).count() == 5
    assert Attendance.objects.get(meeting=meeting, membership=m["Bob"]).deputy_name == (
        "Sergeant Deputy"
    )
    # Ann, Bob's deputy, Cat, Fay = 4, from council, police, health = 3: quorate.
    detail = _page(client, response["Location"])
    assert "Quorate" in detail
    assert "4 members counted, from 3 statutory partners" in detail


def test_a_refused_attendance_sheet_saves_nothing(client, users, board):
    sign_in(client, users[Role.BUSINESS_UNIT])
    meeting = Meeting.objects.create(
        group=board.board, held_on=date(2018, 2, 21), quorum_members=4, quorum_statutory_partners=2
    )
    m = board.members
    response = client.post(
        reverse("governance:meeting-attendance", args=[meeting.pk]),
        {
            f"status_{m['Ann'].pk}": "present",
            f"status_{m['Bob'].pk}": "present",
            f"deputy_{m['Bob'].pk}": "Not a deputy",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Bob Test: Give a deputy&#x27;s name only when a deputy was sent." in page
    assert "Nothing has been saved." in page
    assert not Attendance.objects.filter(meeting=meeting).exists()


def test_no_sheet_for_others(client, users, board):
    sign_in(client, users[Role.BOARD_MEMBER])
    url = reverse("governance:meeting-attendance", args=[board.meetings["M1"].pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {}).status_code == 403


def test_attendance_rates_for_the_whole_board(client, users, board):
    sign_in(client, users[Role.BOARD_MEMBER])
    page = _page(client, reverse("governance:attendance-rates") + "?year=2018")
    # Rates worked out in test_summaries: Ann 80.0%, Dan 66.7%, health 80.0%.
    assert "Attendance at Testshire Safeguarding Children Board" in page
    assert "80.0%" in page
    assert "66.7%" in page
    assert "Gus Test" in page
    event = Event.objects.get(object_type="attendance-rates")
    assert event.detail == {"year": 2018}
    assert "Test" not in str(event.detail)


def test_attendance_rates_for_an_agency_lead_are_their_own_agency(client, users, board):
    sign_in(client, users[Role.AGENCY_LEAD])
    page = _page(client, reverse("governance:attendance-rates") + "?year=2018")
    assert "Bob Test" in page
    assert "60.0%" in page
    for other in ("Ann Test", "Gus Test", "Fay Test"):
        assert other not in page


def test_reading_a_membership_is_logged(client, users, board):
    sign_in(client, users[Role.INDEPENDENT_CHAIR])
    membership = board.members["Gus"]
    page = _page(client, reverse("governance:membership-detail", args=[membership.pk]))
    assert "Gus Test" in page
    event = Event.objects.get(action=Event.Action.VIEWED, object_type="membership")
    assert event.object_ref == str(membership.pk)
    assert "Gus" not in str(event.detail)


def test_index_shows_chairs_meetings_and_quoracy(client, users, sub_groups):
    sign_in(client, users[Role.BUSINESS_UNIT])
    page = _page(client, reverse("governance:index") + "?year=2018")
    assert "Board meetings in 2017/18" in page
    assert "Not quorate" in page
    # 31 Mar 2018 is the year's end: QPME had a chair again (Ivy, from 8 Jan);
    # the CSE sub-committee never had one: vacant since 1 Sep 2017, 212 days.
    assert "Vacant for 212 days, since 1 September 2017" in page
    assert "Ivy Test" in page
    assert "Download governance" in page


def test_index_for_an_agency_lead_hides_the_whole_board_figures(client, users, sub_groups):
    sign_in(client, users[Role.AGENCY_LEAD])
    page = _page(client, reverse("governance:index") + "?year=2018")
    assert "The chairs and vacancies are shown to roles that see every agency." in page
    assert "Not quorate" not in page
    assert "Ivy Test" not in page


def test_home_panel_for_whole_board_roles(users, sub_groups):
    # Today, long after 2017/18: CSE (set up 1 Sep 2017) and the future group (1 Jun
    # 2018) have never had a chair, the longer vacancy first; QPME has Ivy.
    panel = next(
        p for p in panels_for(users[Role.BUSINESS_UNIT]) if p["title"] == "Board governance"
    )
    names = [v["vacancy"].group.name for v in panel["vacancies"]]
    assert names == ["CSE sub-committee", "Future group"]
    assert panel["vacant_count"] == 2
    assert not any(p["title"] == "Board governance" for p in panels_for(users[Role.AGENCY_LEAD]))


def test_home_page_shows_the_panel(client, users, sub_groups):
    sign_in(client, users[Role.BUSINESS_UNIT])
    page = _page(client, reverse("web:home"))
    assert "Board governance" in page
    assert "CSE sub-committee" in page
    assert re.search(r"vacant for \d,\d{3} days, since 1 September 2017", page)


def test_priorities_are_governance_pages(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("governance:priority-create"),
        {"number": "3", "title": "Child sexual exploitation", "first_year": "2018"},
    )
    assert response.status_code == 302
    priority = StrategicPriority.objects.get()
    assert priority.partnership == partnership
    refused = client.post(
        reverse("governance:priority-edit", args=[priority.pk]),
        {
            "number": "3",
            "title": "CSE",
            "first_year": "2018",
            "last_year": "2016",
            "version": "",
        },
    )
    assert refused.status_code == 200
    assert "The last year cannot be before the first year." in refused.content.decode()
    again = client.post(
        reverse("governance:priority-create"),
        {"number": "3", "title": "Again", "first_year": "2018"},
    )
    assert again.status_code == 200
    assert StrategicPriority.objects.count() == 1


@pytest.mark.parametrize("slug", ["group", "meeting", "membership", "attendance", "priority"])
def test_every_list_opens_for_the_business_unit(client, users, board, slug):
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse(f"governance:{slug}-list") + "?year=2018").status_code == 200


def test_the_pages_open_on_the_latest_year_with_meetings(client, users, board):
    # The fixture's meetings run to March 2018: 2017/18 without asking, with links to
    # 2016/17 (M0) and 2018/19.
    sign_in(client, users[Role.BOARD_MEMBER])
    page = _page(client, reverse("governance:index"))
    assert "Board meetings in 2017/18" in page
    assert "Governance in 2016/17" in page
    assert "Governance in 2018/19" in page
    rates = _page(client, reverse("governance:attendance-rates"))
    assert "Governance, 2017/18" in rates


def test_a_member_takes_the_chair_through_the_form(client, users, board):
    from safeboard.governance import services

    services.chair_leave(group=board.board, ended_on=date(2018, 3, 31))
    sign_in(client, users[Role.BUSINESS_UNIT])
    ann = board.people["Ann"]
    response = client.post(
        reverse("governance:membership-create"),
        {"group": board.board.pk, "person": ann.pk, "role": "chair", "started_on": "2018-04-01"},
    )
    assert response.status_code == 302
    lines = Membership.objects.filter(group=board.board, person=ann).order_by("started_on")
    assert [(m.role, m.started_on, m.ended_on) for m in lines] == [
        ("member", date(2016, 4, 1), date(2018, 3, 31)),
        ("chair", date(2018, 4, 1), None),
    ]
    assert lines[1].agency.name == COUNCIL
