"""A small board for 2017/18, built through the real services.

The figures the tests expect are worked out by hand from this fixture; the
attendance grid is written out in full in ``ATTENDANCE`` so it can be read
against the tests' comments.

Board: quorum 4 members including 2 statutory partners, deputies count,
advisers do not. Statutory partners: the county council, police and health.

    member  agency   role       member from .. to
    Ann     council  member     always
    Bob     police   statutory  always
    Cat     health   member     1 Oct 2017 ..
    Dan     schools  member     .. 30 Sep 2017
    Eve     (none)   chair      .. 31 Oct 2017
    Fay     (none)   chair      1 Nov 2017 ..
    Gus     health   adviser    always

Meetings of 2017/18: M1 10 May, M2 12 Jul, M3 13 Sep, M4 15 Nov 2017,
M5 17 Jan 2018, M6 14 Mar 2018 (cancelled); M0 15 Mar 2017 is the year before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from safeboard.governance import services
from safeboard.governance.models import BoardGroup, Meeting, Membership
from safeboard.partnership.models import Person
from safeboard.partnership.services import agency_create
from tests.factories import agency

COUNCIL = "Testshire County Council"
POLICE = "Testshire Police"
HEALTH = "Testshire Health"
SCHOOLS = "Testshire Schools"

P, D, A, X = "present", "deputy", "apologies", "absent"

# meeting -> member -> status; a member missing from a meeting's row has no record.
ATTENDANCE = {
    "M0": {"Ann": P, "Bob": X, "Dan": P, "Eve": P, "Gus": P},
    "M1": {"Ann": P, "Bob": D, "Dan": A, "Eve": P, "Gus": P},
    "M2": {"Ann": P, "Bob": P, "Dan": P, "Eve": P, "Gus": X},
    "M3": {"Ann": A, "Bob": X, "Dan": D, "Eve": P, "Gus": P},
    "M4": {"Ann": P, "Bob": P, "Cat": P, "Fay": P, "Gus": P},
    "M5": {"Ann": P, "Bob": A, "Cat": D, "Fay": P},
}
MEETING_DATES = {
    "M0": date(2017, 3, 15),
    "M1": date(2017, 5, 10),
    "M2": date(2017, 7, 12),
    "M3": date(2017, 9, 13),
    "M4": date(2017, 11, 15),
    "M5": date(2018, 1, 17),
    "M6": date(2018, 3, 14),
}


@dataclass
class Board:
    board: BoardGroup
    people: dict[str, Person] = field(default_factory=dict)
    members: dict[str, Membership] = field(default_factory=dict)
    meetings: dict[str, Meeting] = field(default_factory=dict)
    groups: dict[str, BoardGroup] = field(default_factory=dict)


def person(name: str, agency_name: str) -> Person:
    return Person.objects.create(agency=agency(agency_name), full_name=name)


@pytest.fixture
def schools(partnership):
    return agency_create(partnership=partnership, name=SCHOOLS, agency_type="education")


@pytest.fixture
def board(partnership, schools) -> Board:
    group = services.group_create(
        partnership=partnership,
        name="Testshire Safeguarding Children Board",
        kind=BoardGroup.Kind.BOARD,
        set_up_on=date(2015, 4, 1),
        quorum_members=4,
        quorum_statutory_partners=2,
    )
    made = Board(board=group)
    people = {
        "Ann": COUNCIL,
        "Bob": POLICE,
        "Cat": HEALTH,
        "Dan": SCHOOLS,
        "Eve": COUNCIL,  # the chairs are hosted by the council but represent no agency
        "Fay": COUNCIL,
        "Gus": HEALTH,
    }
    made.people = {
        name: person(f"{name} Test", agency_name) for name, agency_name in people.items()
    }
    role = Membership.Role
    start = date(2016, 4, 1)
    rows = {
        "Ann": (role.MEMBER, start, None, services.PERSONS_AGENCY),
        "Bob": (role.STATUTORY_PARTNER, start, None, services.PERSONS_AGENCY),
        "Cat": (role.MEMBER, date(2017, 10, 1), None, services.PERSONS_AGENCY),
        "Dan": (role.MEMBER, start, date(2017, 9, 30), services.PERSONS_AGENCY),
        "Eve": (role.CHAIR, start, date(2017, 10, 31), None),
        "Fay": (role.CHAIR, date(2017, 11, 1), None, None),
        "Gus": (role.ADVISER, start, None, services.PERSONS_AGENCY),
    }
    for name, (member_role, started_on, ended_on, member_agency) in rows.items():
        made.members[name] = services.membership_create(
            group=group,
            person=made.people[name],
            role=member_role,
            started_on=started_on,
            ended_on=ended_on,
            agency=member_agency,
        )
    for key, held_on in MEETING_DATES.items():
        made.meetings[key] = services.meeting_create(
            group=group, held_on=held_on, venue="Shire Hall", cancelled=key == "M6"
        )
    for key, row in ATTENDANCE.items():
        services.attendance_record_many(
            meeting=made.meetings[key],
            statuses={made.members[name]: status for name, status in row.items()},
        )
    return made


@pytest.fixture
def sub_groups(board, partnership) -> Board:
    """Sub-groups with their chairs, for the vacancy figures.

    - QPME: set up 1 Apr 2014; Hal chairs to 30 Jun 2017; vacant until Ivy
      takes the chair on 8 Jan 2018.
    - CSE sub-committee: set up 1 Sep 2017, never had a chair.
    - Procedures: Jay has chaired it since 1 Jan 2016.
    - Old group: set up 2010, stood down 31 Mar 2016, never a chair.
    - Future group: set up 1 Jun 2018.
    Meetings: QPME 1 Jun 2017 and 5 Dec 2017 (cancelled); CSE 10 Oct 2017.
    """

    def group(name: str, set_up_on: date, stood_down_on: date | None = None) -> BoardGroup:
        made = services.group_create(
            partnership=partnership,
            name=name,
            set_up_on=set_up_on,
            stood_down_on=stood_down_on,
            quorum_members=3,
        )
        board.groups[name] = made
        return made

    qpme = group("QPME", date(2014, 4, 1))
    cse = group("CSE sub-committee", date(2017, 9, 1))
    procedures = group("Procedures", date(2015, 6, 1))
    group("Old group", date(2010, 4, 1), date(2016, 3, 31))
    group("Future group", date(2018, 6, 1))
    hal, ivy, jay = (person(n, POLICE) for n in ("Hal Test", "Ivy Test", "Jay Test"))
    services.membership_create(
        group=qpme,
        person=hal,
        role=Membership.Role.CHAIR,
        started_on=date(2014, 4, 1),
        ended_on=date(2017, 6, 30),
    )
    services.chair_appoint(group=qpme, person=ivy, started_on=date(2018, 1, 8))
    services.chair_appoint(group=procedures, person=jay, started_on=date(2016, 1, 1))
    services.meeting_create(group=qpme, held_on=date(2017, 6, 1))
    services.meeting_create(group=qpme, held_on=date(2017, 12, 5), cancelled=True)
    services.meeting_create(group=cse, held_on=date(2017, 10, 10))
    return board
