"""Writing governance records: what is refused, and with which message."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from safeboard.governance import models, services
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import StrategicPriority
from tests.factories import agency
from tests.governance.conftest import COUNCIL, POLICE, SCHOOLS, person


def _messages(error: ValidationError, field: str) -> list[str]:
    return error.value.message_dict[field]


@pytest.fixture
def group(partnership):
    return services.group_create(
        partnership=partnership,
        name="Procedures",
        set_up_on=date(2016, 4, 1),
        quorum_members=3,
        quorum_statutory_partners=1,
    )


def test_group_refuses_a_stand_down_before_set_up(partnership):
    with pytest.raises(ValidationError) as error:
        services.group_create(
            partnership=partnership,
            name="Backwards",
            set_up_on=date(2017, 4, 1),
            stood_down_on=date(2017, 3, 31),
            quorum_members=3,
        )
    assert _messages(error, "stood_down_on") == [models.ENDS_BEFORE_START]
    assert not BoardGroup.objects.exists()


def test_group_refuses_more_statutory_partners_than_members(partnership):
    with pytest.raises(ValidationError) as error:
        services.group_create(
            partnership=partnership,
            name="Lopsided",
            set_up_on=date(2017, 4, 1),
            quorum_members=2,
            quorum_statutory_partners=3,
        )
    assert _messages(error, "quorum_statutory_partners") == [models.STATUTORY_OVER_MEMBERS]


def test_group_names_are_unique_in_a_partnership(group, partnership):
    with pytest.raises(ValidationError):
        services.group_create(
            partnership=partnership, name="Procedures", set_up_on=date(2017, 4, 1), quorum_members=2
        )


def test_update_refuses_fields_it_does_not_know(group):
    with pytest.raises(ValidationError, match="'partnership' cannot be changed here"):
        services.group_update(group=group, partnership=None)


def test_membership_defaults_to_the_persons_agency_except_a_lay_member(group):
    ann = person("Ann Test", COUNCIL)
    lay = person("Lee Test", COUNCIL)
    member = services.membership_create(group=group, person=ann, started_on=date(2017, 4, 1))
    lay_member = services.membership_create(
        group=group, person=lay, started_on=date(2017, 4, 1), role=Membership.Role.LAY_MEMBER
    )
    assert member.agency == agency(COUNCIL)
    assert lay_member.agency is None


def test_membership_cannot_start_before_the_group_was_set_up(group):
    with pytest.raises(ValidationError) as error:
        services.membership_create(
            group=group, person=person("Ann Test", COUNCIL), started_on=date(2016, 3, 31)
        )
    assert _messages(error, "started_on") == [
        "Procedures was set up on 1 April 2016: enter a date on or after that."
    ]


def test_membership_cannot_end_before_it_starts(group):
    with pytest.raises(ValidationError) as error:
        services.membership_create(
            group=group,
            person=person("Ann Test", COUNCIL),
            started_on=date(2017, 4, 1),
            ended_on=date(2017, 3, 1),
        )
    assert models.ENDS_BEFORE_START in _messages(error, "ended_on")


def test_the_database_refuses_an_end_before_the_start_too(group):
    ann = person("Ann Test", COUNCIL)
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(
            group=group,
            person=ann,
            agency=ann.agency,
            started_on=date(2017, 4, 1),
            ended_on=date(2017, 3, 1),
        )


def test_one_membership_per_person_at_a_time(group):
    ann = person("Ann Test", COUNCIL)
    services.membership_create(
        group=group, person=ann, started_on=date(2016, 4, 1), ended_on=date(2017, 3, 31)
    )
    with pytest.raises(ValidationError) as error:
        services.membership_create(group=group, person=ann, started_on=date(2017, 3, 31))
    assert _messages(error, "started_on") == [
        (
            "Ann Test is already on Procedures from 1 April 2016 to 31 March 2017: "
            "end that membership first, or change its dates."
        )
    ]
    # The next day is fine: a second line of history.
    services.membership_create(group=group, person=ann, started_on=date(2017, 4, 1))
    assert Membership.objects.filter(person=ann).count() == 2


def test_one_chair_at_a_time(group):
    services.chair_appoint(
        group=group, person=person("Ann Test", COUNCIL), started_on=date(2016, 4, 1)
    )
    with pytest.raises(ValidationError) as error:
        services.chair_appoint(
            group=group, person=person("Bob Test", POLICE), started_on=date(2017, 6, 1)
        )
    assert _messages(error, "started_on") == [
        (
            "Ann Test chairs Procedures from 1 April 2016 to now: a group has one chair at a time. "
            "Enter the day that chair left first."
        )
    ]
    services.chair_leave(group=group, ended_on=date(2017, 5, 31))
    bob = services.chair_appoint(
        group=group, person=person("Bob Test", POLICE), started_on=date(2017, 6, 1)
    )
    assert bob.role == Membership.Role.CHAIR


def test_chair_leave_needs_a_chair(group):
    with pytest.raises(ValidationError) as error:
        services.chair_leave(group=group, ended_on=date(2017, 5, 31))
    assert _messages(error, "ended_on") == [
        "Procedures has no chair on 31 May 2017: there is nobody to stand down."
    ]


def test_a_statutory_partner_representative_comes_from_a_statutory_partner(group, schools):
    with pytest.raises(ValidationError) as error:
        services.membership_create(
            group=group,
            person=person("Dan Test", SCHOOLS),
            started_on=date(2017, 4, 1),
            role=Membership.Role.STATUTORY_PARTNER,
        )
    assert (
        "Testshire Schools is not one of the statutory safeguarding partners"
        in (_messages(error, "role")[0])
    )
    services.membership_create(
        group=group,
        person=person("Bob Test", POLICE),
        started_on=date(2017, 4, 1),
        role=Membership.Role.STATUTORY_PARTNER,
    )


def test_a_meeting_keeps_the_quorum_rule_it_was_arranged_under(group):
    meeting = services.meeting_create(group=group, held_on=date(2017, 6, 1), venue="Shire Hall")
    assert (meeting.quorum_members, meeting.quorum_statutory_partners) == (3, 1)
    assert meeting.deputies_count is True
    services.group_update(group=group, quorum_members=5, deputies_count=False)
    meeting.refresh_from_db()
    assert (meeting.quorum_members, meeting.deputies_count) == (3, True)
    later = services.meeting_create(group=group, held_on=date(2017, 9, 1))
    assert (later.quorum_members, later.deputies_count) == (5, False)
    own_rule = services.meeting_create(group=group, held_on=date(2017, 10, 1), quorum_members=2)
    assert own_rule.quorum_members == 2


def test_a_meeting_falls_inside_the_groups_life(group):
    services.group_update(group=group, stood_down_on=date(2018, 3, 31))
    with pytest.raises(ValidationError) as error:
        services.meeting_create(group=group, held_on=date(2018, 4, 10))
    assert _messages(error, "held_on") == [
        "Procedures was stood down on 31 March 2018: enter a date on or before that."
    ]


def test_one_meeting_per_group_a_day(group):
    services.meeting_create(group=group, held_on=date(2017, 6, 1))
    with pytest.raises(ValidationError):
        services.meeting_create(group=group, held_on=date(2017, 6, 1))


@pytest.fixture
def meeting_and_member(group):
    member = services.membership_create(
        group=group,
        person=person("Ann Test", COUNCIL),
        started_on=date(2017, 4, 1),
        ended_on=date(2017, 12, 31),
    )
    meeting = services.meeting_create(group=group, held_on=date(2017, 6, 1))
    return meeting, member


def test_attendance_is_recorded_and_corrected_with_history(meeting_and_member):
    meeting, member = meeting_and_member
    first = services.attendance_record(meeting=meeting, membership=member, status="apologies")
    again = services.attendance_record(meeting=meeting, membership=member, status="apologies")
    corrected = services.attendance_record(
        meeting=meeting, membership=member, status="deputy", deputy_name="A. Deputy"
    )
    assert first.pk == again.pk == corrected.pk
    assert Attendance.objects.get().status == "deputy"
    # The unchanged second call made no history row: created, then corrected.
    assert [h.status for h in corrected.history.order_by("history_date")] == [
        "apologies",
        "deputy",
    ]


def test_attendance_only_for_the_groups_members_on_the_day(meeting_and_member, partnership):
    meeting, member = meeting_and_member
    other = services.group_create(
        partnership=partnership, name="Other", set_up_on=date(2016, 4, 1), quorum_members=1
    )
    elsewhere = services.meeting_create(group=other, held_on=date(2017, 6, 1))
    with pytest.raises(ValidationError) as error:
        services.attendance_record(meeting=elsewhere, membership=member, status="present")
    assert _messages(error, "membership") == ["Ann Test is a member of Procedures, not of Other."]
    after = services.meeting_create(group=meeting.group, held_on=date(2018, 2, 1))
    with pytest.raises(ValidationError) as error:
        services.attendance_record(meeting=after, membership=member, status="present")
    assert _messages(error, "membership") == [
        "Ann Test was not a member of Procedures on 1 February 2018."
    ]


def test_no_attendance_at_a_cancelled_meeting(meeting_and_member):
    meeting, member = meeting_and_member
    services.meeting_update(meeting=meeting, cancelled=True)
    with pytest.raises(ValidationError) as error:
        services.attendance_record(meeting=meeting, membership=member, status="present")
    assert _messages(error, "status") == [models.MEETING_CANCELLED]


def test_only_apologies_before_the_meeting(partnership):
    today = timezone.localdate()
    group = services.group_create(
        partnership=partnership, name="Soon", set_up_on=today - timedelta(days=30), quorum_members=1
    )
    member = services.membership_create(
        group=group, person=person("Ann Test", COUNCIL), started_on=today - timedelta(days=30)
    )
    meeting = services.meeting_create(group=group, held_on=today + timedelta(days=7))
    with pytest.raises(ValidationError) as error:
        services.attendance_record(meeting=meeting, membership=member, status="present")
    assert "only apologies can be recorded" in _messages(error, "status")[0]
    services.attendance_record(meeting=meeting, membership=member, status="apologies")


def test_a_deputy_name_only_with_a_deputy(meeting_and_member):
    meeting, member = meeting_and_member
    with pytest.raises(ValidationError) as error:
        services.attendance_record(
            meeting=meeting, membership=member, status="present", deputy_name="Someone"
        )
    assert _messages(error, "deputy_name") == [models.DEPUTY_NAME_ONLY_FOR_DEPUTY]


def test_a_refused_attendance_sheet_stores_nothing(meeting_and_member):
    meeting, member = meeting_and_member
    late = services.membership_create(
        group=meeting.group, person=person("Cat Test", COUNCIL), started_on=date(2017, 7, 1)
    )
    with pytest.raises(ValidationError) as error:
        services.attendance_record_many(
            meeting=meeting, statuses={member: ("present", "Someone"), late: ("deputy", "X")}
        )
    # Every member refused is named, once; the first member's valid-looking row is not kept.
    assert error.value.messages == [
        f"Ann Test: {models.DEPUTY_NAME_ONLY_FOR_DEPUTY}",
        "Cat Test was not a member of Procedures on 1 June 2017.",
    ]
    with pytest.raises(ValidationError):
        services.attendance_record_many(
            meeting=meeting, statuses={member: "present", late: ("deputy", "X")}
        )
    assert not Attendance.objects.exists()


def test_a_membership_cannot_be_cut_short_of_its_attendance(meeting_and_member):
    meeting, member = meeting_and_member
    services.attendance_record(meeting=meeting, membership=member, status="present")
    with pytest.raises(ValidationError) as error:
        services.membership_end(membership=member, ended_on=date(2017, 5, 31))
    assert _messages(error, "ended_on") == [
        (
            "Ann Test has attendance recorded at the meeting on 1 June 2017, outside these dates: "
            "correct that attendance first, or keep the dates around it."
        )
    ]
    member.refresh_from_db()
    assert member.ended_on == date(2017, 12, 31)


def test_members_on_the_day(meeting_and_member):
    meeting, member = meeting_and_member
    services.membership_create(
        group=meeting.group, person=person("Cat Test", COUNCIL), started_on=date(2017, 7, 1)
    )
    assert services.members_on(meeting) == [member]


def test_priorities(partnership):
    priority = services.priority_create(
        partnership=partnership, number=3, title="Child sexual exploitation", first_year=2018
    )
    with pytest.raises(ValidationError) as error:
        services.priority_update(priority=priority, last_year=2017)
    assert _messages(error, "last_year") == [services.LAST_YEAR_BEFORE_FIRST]
    with pytest.raises(ValidationError):
        services.priority_create(partnership=partnership, number=3, title="Again", first_year=2018)
    services.priority_update(priority=priority, last_year=2019, title="CSE")
    priority.refresh_from_db()
    assert (priority.title, priority.last_year) == ("CSE", 2019)
    assert StrategicPriority.objects.count() == 1
    assert priority.applies_in(2019)
    assert not priority.applies_in(2020)


def test_changes_are_kept_in_history(group):
    services.group_update(group=group, purpose="Keeps the procedures manual current.")
    assert group.history.count() == 2
    assert Meeting.history.count() == 0
