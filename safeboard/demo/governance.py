"""The demo's governance: the board, the sub-groups the source report names, 2017/18's meetings.

The source report names the board's sub-groups (Special Cases, Quality,
Performance, Monitoring and Evaluation (QPME), Procedures, and the child
sexual exploitation sub-committee), says a new independent chair took over
on 1 November 2017, complains of "fluctuating attendance at Board meetings
and our inability to secure Chairs for Sub-Committees", and that performance
monitoring lacked "a Chair for the relevant sub-committee for more than half
the year" until "helpful input from a CCG lead". Its Appendix D (attendance
at the board) did not survive the extraction. Everything here is synthetic
and shaped by those sentences:

- the board: an independent chair to 31 October 2017 and another from
  1 November; the partners' representatives, two lay members (one joining in
  September 2017), advisers who do not count towards the quorum, and a
  community rehabilitation company representative replaced at the new year;
  quorum 8 members including the 3 statutory partners;
- six board meetings in 2017/18 whose turnout rises and falls, so some are
  not quorate;
- QPME without a chair from 1 April 2017 until a CCG lead takes it on
  15 November 2017 (228 days of the year); the CSE sub-committee's chair
  leaves on 31 December 2017 and nobody has taken it since;
- the board's strategic priorities 1 to 4, which the training courses'
  drivers of learning cite ("WSCB strategic priority 3").

Names are invented. Running it again changes nothing: once the board is
recorded, the rest is left alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from django.db import transaction

from safeboard.accounts.models import User
from safeboard.governance import services
from safeboard.governance.models import Attendance, BoardGroup, Membership
from safeboard.partnership.models import Agency, Partnership, Person

SEED = 1718
ROLE = Membership.Role
BOARD = "Safeguarding Children Board"
QPME = "Quality, Performance, Monitoring and Evaluation (QPME)"
CSE = "Child Sexual Exploitation (CSE) sub-committee"
SPECIAL_CASES = "Special Cases"
PROCEDURES = "Procedures"

# Invented names, first and last paired so that no two people share one.
FIRST = ["Amira", "Ben", "Cara", "Dev", "Ella", "Finn", "Gita", "Harry", "Isla", "Jonah", "Kemi"]
FIRST += ["Leon", "Maya", "Noah", "Orla", "Pete", "Rosa", "Seb", "Tara", "Umar", "Vera", "Wes"]
LAST = ["Ashby", "Brook", "Cole", "Drake", "Eden", "Frost", "Grant", "Hayes", "Irwin", "Judd"]
LAST += ["Keane", "Lowe", "Marsh", "Nash", "Oakes", "Pike", "Quill", "Reed", "Stone", "Thorne"]

PRIORITIES = [
    (
        1,
        "Early help and thresholds",
        (
            "Children and families get the right help at the right time: the early help offer "
            "and a threshold document partners understand and apply."
        ),
    ),
    (
        2,
        "Learning from reviews",
        "Learning from serious case reviews and audits changes practice across agencies.",
    ),
    (
        3,
        "Child sexual exploitation, missing and trafficking",
        "Children at risk of exploitation are identified early and protected.",
    ),
    (
        4,
        "Equitable services for every child",
        (
            "Services meet the needs of disabled children and children from minority ethnic "
            "groups, and the data shows it."
        ),
    ),
]


@dataclass(frozen=True)
class Seat:
    """One membership: who (a key), their agency (short name; None for independent),
    their job, role, dates, and how reliably they come (0 to 1)."""

    key: str
    agency: str | None
    job: str
    role: str
    start: date
    end: date | None = None
    reliability: float = 0.8
    host: str = "WCC"  # the agency the person's record sits in, when they represent none
    user: str | None = None  # a demo user's person, rather than a new one


BOARD_SEATS = [
    Seat("chair-1", None, "Independent chair", ROLE.CHAIR, date(2014, 9, 1), date(2017, 10, 31), 1),
    Seat("chair-2", None, "Independent chair", ROLE.CHAIR, date(2017, 11, 1), None, 1),
    Seat(
        "dcs",
        "WCC",
        "Director of children's services",
        ROLE.STATUTORY_PARTNER,
        date(2015, 1, 5),
        reliability=0.85,
    ),
    Seat(
        "wcc-safeguarding",
        "WCC",
        "Head of safeguarding",
        ROLE.MEMBER,
        date(2016, 4, 1),
        reliability=0.9,
    ),
    Seat(
        "police",
        "Police",
        "Superintendent, public protection",
        ROLE.STATUTORY_PARTNER,
        date(2016, 9, 1),
        reliability=0.6,
    ),
    Seat(
        "ccg-nurse",
        "CCGs",
        "Designated nurse for safeguarding",
        ROLE.STATUTORY_PARTNER,
        date(2015, 4, 1),
        reliability=0.75,
    ),
    Seat("ccg-chief", "CCGs", "Chief nurse", ROLE.MEMBER, date(2016, 4, 1), reliability=0.5),
    Seat(
        "swft",
        "SWFT",
        "Director of nursing",
        ROLE.MEMBER,
        date(2016, 4, 1),
        reliability=0.7,
        user="demo-board-member",
    ),
    Seat(
        "cwpt",
        "CWPT",
        "Associate director of nursing",
        ROLE.MEMBER,
        date(2015, 10, 1),
        reliability=0.55,
    ),
    Seat(
        "schools",
        "Schools",
        "Headteacher representative",
        ROLE.MEMBER,
        date(2016, 9, 1),
        reliability=0.65,
    ),
    Seat("nps", "NPS", "Head of service", ROLE.MEMBER, date(2015, 4, 1), reliability=0.6),
    Seat(
        "crc-1", "CRC", "Operations manager", ROLE.MEMBER, date(2015, 6, 1), date(2017, 12, 31), 0.4
    ),
    Seat("crc-2", "CRC", "Head of operations", ROLE.MEMBER, date(2018, 1, 1), reliability=0.7),
    Seat("cafcass", "CAFCASS", "Service manager", ROLE.MEMBER, date(2016, 4, 1), reliability=0.45),
    Seat("yjs", "YJS", "Head of youth justice", ROLE.MEMBER, date(2016, 4, 1), reliability=0.7),
    Seat(
        "districts",
        "NBBC",
        "Head of communities, for the districts and boroughs",
        ROLE.MEMBER,
        date(2016, 4, 1),
        reliability=0.6,
    ),
    Seat(
        "vcs",
        "VCS",
        "Voluntary sector representative",
        ROLE.MEMBER,
        date(2015, 4, 1),
        reliability=0.65,
    ),
    Seat(
        "lay-1", None, "Lay member", ROLE.LAY_MEMBER, date(2015, 4, 1), reliability=0.85, host="VCS"
    ),
    Seat(
        "lay-2", None, "Lay member", ROLE.LAY_MEMBER, date(2017, 9, 1), reliability=0.9, host="VCS"
    ),
    Seat(
        "manager",
        "WCC",
        "Board business manager",
        ROLE.ADVISER,
        date(2015, 4, 1),
        reliability=1,
        user="demo-business-unit",
    ),
    Seat("legal", "WCC", "Legal adviser", ROLE.ADVISER, date(2016, 4, 1), reliability=0.5),
]

SUB_GROUP_SEATS = {
    SPECIAL_CASES: [
        Seat(
            "police-dci",
            "Police",
            "Detective chief inspector",
            ROLE.CHAIR,
            date(2015, 4, 1),
            reliability=0.9,
        ),
        Seat(
            "wcc-safeguarding",
            "WCC",
            "Head of safeguarding",
            ROLE.MEMBER,
            date(2015, 4, 1),
            reliability=0.9,
        ),
        Seat(
            "ccg-nurse",
            "CCGs",
            "Designated nurse for safeguarding",
            ROLE.STATUTORY_PARTNER,
            date(2015, 4, 1),
            reliability=0.8,
        ),
        Seat(
            "police-lead",
            "Police",
            "Safeguarding lead",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.75,
            user="demo-agency-lead",
        ),
        Seat("swft-named", "SWFT", "Named nurse", ROLE.MEMBER, date(2016, 4, 1), reliability=0.7),
        Seat(
            "manager",
            "WCC",
            "Board business manager",
            ROLE.ADVISER,
            date(2015, 4, 1),
            reliability=1,
            user="demo-business-unit",
        ),
    ],
    QPME: [
        Seat(
            "wcc-performance",
            "WCC",
            "Performance manager",
            ROLE.CHAIR,
            date(2014, 4, 1),
            date(2017, 3, 31),
            0.9,
        ),
        Seat(
            "ccg-lead",
            "CCGs",
            "CCG safeguarding lead",
            ROLE.CHAIR,
            date(2017, 11, 15),
            reliability=0.95,
        ),
        Seat(
            "analyst",
            "WCC",
            "Performance analyst",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.9,
            user="demo-analyst",
        ),
        Seat(
            "police-analyst", "Police", "Analyst", ROLE.MEMBER, date(2016, 4, 1), reliability=0.55
        ),
        Seat(
            "cwpt-audit",
            "CWPT",
            "Clinical audit lead",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.6,
        ),
        Seat(
            "schools-qa",
            "Schools",
            "Education safeguarding officer",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.7,
        ),
    ],
    PROCEDURES: [
        Seat("cwpt-doctor", "CWPT", "Named doctor", ROLE.CHAIR, date(2016, 6, 1), reliability=0.85),
        Seat(
            "wcc-procedures",
            "WCC",
            "Procedures officer",
            ROLE.MEMBER,
            date(2015, 4, 1),
            reliability=0.95,
        ),
        Seat(
            "police-procedures",
            "Police",
            "Policy officer",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.6,
        ),
        Seat("nps", "NPS", "Head of service", ROLE.MEMBER, date(2016, 4, 1), reliability=0.5),
    ],
    CSE: [
        Seat(
            "police-di",
            "Police",
            "Detective inspector, CSE team",
            ROLE.CHAIR,
            date(2015, 1, 1),
            date(2017, 12, 31),
            0.9,
        ),
        Seat(
            "wcc-cse",
            "WCC",
            "CSE, missing and trafficking team manager",
            ROLE.MEMBER,
            date(2015, 1, 1),
            reliability=0.9,
        ),
        Seat(
            "ccg-cse",
            "CCGs",
            "Named professional for CSE",
            ROLE.STATUTORY_PARTNER,
            date(2016, 4, 1),
            reliability=0.6,
        ),
        Seat("yjs", "YJS", "Head of youth justice", ROLE.MEMBER, date(2016, 4, 1), reliability=0.7),
        Seat(
            "vcs",
            "VCS",
            "Voluntary sector representative",
            ROLE.MEMBER,
            date(2016, 4, 1),
            reliability=0.6,
        ),
    ],
}

# (name, purpose, set up on, quorum members, quorum statutory partners)
GROUPS = [
    (
        BOARD,
        (
            "Co-ordinates local multi-agency safeguarding arrangements and evaluates how well they "
            "work (Children Act 2004, Working Together 2015)."
        ),
        date(2006, 4, 1),
        8,
        3,
    ),
    (
        SPECIAL_CASES,
        (
            "Scopes cases that may meet the criteria for a serious case review and recommends "
            "reviews to the independent chair."
        ),
        date(2010, 4, 1),
        4,
        2,
    ),
    (
        QPME,
        (
            "Monitors the safeguarding dataset and multi-agency and single-agency audits, and "
            "reports on performance to the board."
        ),
        date(2012, 4, 1),
        4,
        1,
    ),
    (
        PROCEDURES,
        "Keeps the inter-agency safeguarding procedures and the threshold document current.",
        date(2010, 4, 1),
        3,
        0,
    ),
    (
        CSE,
        (
            "Leads the partnership's work on child sexual exploitation, children missing and "
            "trafficking."
        ),
        date(2014, 1, 1),
        4,
        2,
    ),
]

# The 2017/18 meetings, with how well attended each was (scales each member's
# reliability): the source report's "fluctuating attendance at Board meetings".
MEETINGS = {
    BOARD: [
        (date(2017, 5, 17), "Shire Hall, Warwick", 1.15),
        (date(2017, 7, 19), "Shire Hall, Warwick", 0.75),
        (date(2017, 9, 20), "Rugby Town Hall", 0.6),
        (date(2017, 11, 22), "Shire Hall, Warwick", 1.2),
        (date(2018, 1, 24), "Nuneaton Town Hall", 0.7),
        (date(2018, 3, 21), "Shire Hall, Warwick", 1.1),
    ],
    SPECIAL_CASES: [
        (date(2017, 4, 12), "Saltisford Office Park, Warwick", 1.0),
        (date(2017, 6, 14), "Saltisford Office Park, Warwick", 0.9),
        (date(2017, 8, 9), "Saltisford Office Park, Warwick", 0.8),
        (date(2017, 10, 11), "Saltisford Office Park, Warwick", 1.0),
        (date(2017, 12, 13), "Saltisford Office Park, Warwick", 0.85),
        (date(2018, 2, 14), "Saltisford Office Park, Warwick", 1.0),
    ],
    # Without a chair until November: the summer meeting was cancelled.
    QPME: [
        (date(2017, 6, 7), "Shire Hall, Warwick", None),
        (date(2017, 9, 6), "Shire Hall, Warwick", 0.6),
        (date(2017, 12, 6), "Shire Hall, Warwick", 1.0),
        (date(2018, 3, 7), "Shire Hall, Warwick", 1.0),
    ],
    PROCEDURES: [
        (date(2017, 5, 3), "Shire Hall, Warwick", 1.0),
        (date(2017, 8, 2), "Shire Hall, Warwick", 0.8),
        (date(2017, 11, 1), "Shire Hall, Warwick", 1.0),
        (date(2018, 2, 7), "Shire Hall, Warwick", 0.9),
    ],
    # The chair left at the end of December: March's meeting did not go ahead.
    CSE: [
        (date(2017, 4, 26), "Leamington Spa Police Station", 1.0),
        (date(2017, 7, 26), "Leamington Spa Police Station", 0.9),
        (date(2017, 10, 25), "Leamington Spa Police Station", 0.8),
        (date(2018, 3, 28), "Leamington Spa Police Station", None),
    ],
}


class _People:
    """The demo's people by key: a demo user's person, or a new invented one."""

    def __init__(self):
        self.made: dict[str, Person] = {}
        self.count = 0

    def name(self) -> str:
        index = self.count
        self.count += 1
        return f"{FIRST[index % len(FIRST)]} {LAST[(index + index // len(FIRST)) % len(LAST)]}"

    def get(self, seat: Seat, agencies: dict[str, Agency]) -> Person:
        if seat.key not in self.made:
            person = None
            if seat.user is not None:
                user = User.objects.filter(username=seat.user).select_related("person").first()
                person = getattr(user, "person", None)
            if person is None:
                person = Person.objects.create(
                    agency=agencies[seat.agency or seat.host],
                    full_name=self.name(),
                    job_title=seat.job,
                )
            self.made[seat.key] = person
        return self.made[seat.key]


def _attend(rng: random.Random, chance: float) -> str:
    """A status drawn for one member at one meeting: present or a deputy with the
    chance given, else apologies (mostly) or absent."""
    if rng.random() < chance:
        return Attendance.Status.DEPUTY if rng.random() < 0.2 else Attendance.Status.PRESENT
    return Attendance.Status.APOLOGIES if rng.random() < 0.7 else Attendance.Status.ABSENT


@transaction.atomic
def demo_governance(partnership: Partnership) -> bool:
    """Record the board, its sub-groups, members, 2017/18's meetings and attendance, and
    the strategic priorities; False (nothing done) if the board is already there."""
    if BoardGroup.objects.filter(partnership=partnership, name=BOARD).exists():
        return False
    for number, title, description in PRIORITIES:
        if not partnership.priorities.filter(number=number).exists():
            services.priority_create(
                partnership=partnership,
                number=number,
                title=title,
                description=description,
                first_year=2017,
            )
    agencies = {a.short_name: a for a in Agency.objects.filter(partnership=partnership)}
    people = _People()
    rng = random.Random(SEED)  # noqa: S311 (synthetic attendance, repeatable; not security)
    seats = {BOARD: BOARD_SEATS, **SUB_GROUP_SEATS}
    for name, purpose, set_up_on, quorum, partners in GROUPS:
        group = services.group_create(
            partnership=partnership,
            name=name,
            kind=BoardGroup.Kind.BOARD if name == BOARD else BoardGroup.Kind.SUB_GROUP,
            purpose=purpose,
            set_up_on=set_up_on,
            quorum_members=quorum,
            quorum_statutory_partners=partners,
        )
        members = {
            seat.key: services.membership_create(
                group=group,
                person=people.get(seat, agencies),
                role=seat.role,
                started_on=seat.start,
                ended_on=seat.end,
                agency=agencies[seat.agency] if seat.agency else None,
            )
            for seat in seats[name]
        }
        reliability = {seat.key: seat.reliability for seat in seats[name]}
        for held_on, venue, turnout in MEETINGS[name]:
            meeting = services.meeting_create(
                group=group, held_on=held_on, venue=venue, cancelled=turnout is None
            )
            if turnout is None:
                continue
            statuses = {}
            for key, membership in members.items():
                if not membership.covers(held_on):
                    continue
                # A chair comes whatever the turnout; the rest rise and fall with it.
                chance = reliability[key] * (1 if membership.role == ROLE.CHAIR else turnout)
                status = _attend(rng, min(1.0, chance))
                deputy = people.name() if status == Attendance.Status.DEPUTY else ""
                statuses[membership] = (status, deputy)
            services.attendance_record_many(meeting=meeting, statuses=statuses)
    return True
