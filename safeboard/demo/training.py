"""The demo's training programme: the source report's 2017/18 (its Appendix C).

The report gives, for each of its 8 courses, the length, the drivers of
learning and the number of events and delegates: 46 events and 783
delegates in all. Those are recorded as published. Everything under them is
synthetic: the events' dates and venues, the delegates (invented names), who
they work for, who did not attend or cancelled, and the evaluations.

Who attended is shaped by what the report says of it: "the disproportionate
take-up by 'local authority' related services with the Police overall
attendance at 17% - almost entirely related to one course - and Health at
3%". So 133 of the 783 delegates are police (17.0%), 125 of them on the
child sexual exploitation course, and 24 are from health (3.1%), against the
police's 14.0% and health's 26.3% of the partners' contributions in the
budget.

Partner agencies' places are free; delegates from organisations outside the
partnership pay the course's fee. Those fees add up to £2,969, the training
income the budget's demo records for 2017/18, so the two areas agree.

Protective Behaviours has no evaluations: the report analysed its data
separately, "due different evaluation used".

Running it again changes nothing: a course already recorded is left alone.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction

from safeboard.accounts.models import User
from safeboard.demo import area
from safeboard.partnership.models import Agency, StrategicPriority
from safeboard.training import services
from safeboard.training.models import Booking, Course, Sector

YEAR_START = date(2017, 4, 3)
YEAR_DAYS = 358
SEED = 2018

# The order of the counts in ``DemoCourse.sectors``.
SECTORS = (
    Sector.POLICE,
    Sector.HEALTH,
    Sector.LOCAL_AUTHORITY,
    Sector.EDUCATION,
    Sector.PROBATION,
    Sector.VOLUNTARY,
    Sector.OTHER,
)
# The partner agencies (short names) a sector's delegates come from, in turn.
PARTNERS = {
    Sector.POLICE: ["Police"],
    Sector.HEALTH: ["CCGs", "SWFT", "CWPT"],
    Sector.LOCAL_AUTHORITY: [
        "WCC",
        "WCC",
        "WCC",
        "WCC",
        "YJS",
        "NWBC",
        "NBBC",
        "RBC",
        "SDC",
        "WDC",
    ],
    Sector.EDUCATION: ["Schools"],
    Sector.PROBATION: ["NPS", "CRC"],
    Sector.VOLUNTARY: ["VCS"],
}
# Organisations outside the partnership (invented): their delegates pay the course's fee.
NON_PARTNERS = {
    Sector.VOLUNTARY: ["Hope Family Support", "Brookside Community Church"],
    Sector.OTHER: [
        "Riverside Fostering Agency",
        "Oakwood Children's Homes",
        "Shire Youth Football League",
    ],
}
# Who did not attend or cancelled, in turn (partner agencies: no fee).
ABSENT_FROM = ["WCC", "Schools", "SWFT", "WCC", "NBBC", "Police", "VCS", "WCC", "CWPT", "RBC"]

VENUES = [
    "Shire Hall, Warwick",
    "Rugby Town Hall",
    "Nuneaton Town Hall",
    "Stratford-upon-Avon Civic Hall",
    "Atherstone Memorial Hall",
]
COMMENTS = [
    "Learning alongside other agencies was the most useful part.",
    "Clear on who to contact and when.",
    "I will use the checklist in supervision.",
    "Would have liked more time on the case studies.",
    "",
    "",
]


@dataclass(frozen=True)
class DemoCourse:
    code: str
    title: str
    hours: str
    drivers: str
    priorities: tuple[int, ...]
    fee_pounds: int  # for delegates from outside the partnership
    events: int  # Appendix C
    delegates: int  # Appendix C
    capacity: int
    # Delegates who attended, by sector in the order of SECTORS.
    sectors: tuple[int, int, int, int, int, int, int]
    # Of them, from organisations outside the partnership: (voluntary, other).
    non_partners: tuple[int, int]


COURSES = [
    DemoCourse(
        "SCR-WORKSHOP",
        "Learning from Serious Case Review workshop",
        "3",
        "SCR family G (unpublished). WSCB strategic priority 2.",
        (2,),
        35,
        10,
        150,
        20,
        (3, 6, 88, 25, 4, 16, 8),
        (5, 8),
    ),
    DemoCourse(
        "REFERRALS",
        "Working together to achieve effective referrals",
        "3.5",
        "Ethnicity and disability data (audit activity). Child T, family, Child J, Daniel Pelka "
        "(local SCRs). WSCB performance data indicators. WSCB strategic priority 1 and 4.",
        (1, 4),
        40,
        5,
        81,
        20,
        (3, 4, 40, 18, 2, 10, 4),
        (2, 4),
    ),
    DemoCourse(
        "CSE-RRR",
        "Child Sexual Exploitation: Responsibilities, Reporting and Responding to CSE",
        "7",
        "WSCB strategic priority 3. CSE subcommittee, national SCRs, local intelligence, "
        "WSCB performance data indicators.",
        (3,),
        75,
        17,
        331,
        24,
        (125, 4, 130, 40, 6, 20, 6),
        (8, 6),
    ),
    DemoCourse(
        "CSE-AWARE",
        "Raising Awareness of Child Sexual Exploitation",
        "3.5",
        "WSCB strategic priority 3. CSE subcommittee, national SCRs, local intelligence, "
        "WSCB performance data indicators.",
        (3,),
        40,
        6,
        95,
        20,
        (2, 2, 50, 20, 2, 15, 4),
        (4, 4),
    ),
    DemoCourse(
        "CP-PLANNING",
        "Effective Child Protection Planning and Core Group",
        "13",
        "National and local SCRs. WSCB performance indicators, audit activity.",
        (),
        125,
        2,
        30,
        18,
        (0, 3, 24, 2, 1, 0, 0),
        (0, 0),
    ),
    DemoCourse(
        "EMOTIONAL-ABUSE",
        "Emotional Abuse",
        "6.5",
        "National and local SCRs. WSCB performance data indicators.",
        (),
        70,
        1,
        13,
        16,
        (0, 2, 9, 1, 0, 1, 0),
        (1, 0),
    ),
    DemoCourse(
        "PROTECTIVE-BEHAVIOURS",
        "Protective Behaviours",
        "12",
        "Empowering strategies for children and adults to prevent and interrupt violence "
        "and abuse.",
        (),
        119,
        3,
        56,
        20,
        (0, 1, 40, 3, 0, 8, 4),
        (2, 4),
    ),
    DemoCourse(
        "CP-AWARENESS",
        "Child Protection Awareness",
        "3.5",
        "Universal course.",
        (),
        40,
        2,
        27,
        16,
        (0, 2, 12, 1, 1, 8, 3),
        (0, 3),
    ),
]
NOT_EVALUATED = {"PROTECTIVE-BEHAVIOURS"}


def _business_unit() -> User:
    username = next(name for name, role, *_ in area.DEMO_USERS if role == "business-unit")
    return User.objects.get(username=username)


class _Names:
    """Invented delegate names, in turn: never the same twice within 80 bookings."""

    def __init__(self):
        self.count = 0

    def next(self) -> str:
        first = area.FIRST_NAMES[self.count % len(area.FIRST_NAMES)]
        last = area.LAST_NAMES[(self.count // len(area.FIRST_NAMES)) % len(area.LAST_NAMES)]
        self.count += 1
        return f"{first} {last}"


def _event_dates(course_index: int, events: int) -> list[date]:
    """Spread over the year, on weekdays."""
    dates = []
    for j in range(events):
        day = YEAR_START + timedelta(days=int((j + 0.5) * YEAR_DAYS / events) + course_index)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        dates.append(day)
    return dates


def _split(total: int, parts: int) -> list[int]:
    """``total`` in ``parts`` as even as can be, the larger parts first."""
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _delegate_places(course: DemoCourse, agencies: dict[str, Agency]) -> list[tuple]:
    """Every attended place of the course as (agency, organisation, sector, fee pence),
    the sectors interleaved so each event gets a mix."""
    by_sector: list[list[tuple]] = []
    voluntary_out, other_out = course.non_partners
    outside = {Sector.VOLUNTARY: voluntary_out, Sector.OTHER: other_out}
    fee = course.fee_pounds * 100
    for sector, count in zip(SECTORS, course.sectors, strict=True):
        places = []
        for i in range(count):
            if i < outside.get(sector, 0):
                names = NON_PARTNERS[sector]
                places.append((None, names[i % len(names)], sector, fee))
            else:
                short = PARTNERS[sector][i % len(PARTNERS[sector])]
                places.append((agencies[short], agencies[short].name, sector, 0))
        by_sector.append(places)
    interleaved = []
    longest = max((len(p) for p in by_sector), default=0)
    for i in range(longest):
        interleaved += [places[i] for places in by_sector if i < len(places)]
    return interleaved


def _priorities(numbers: tuple[int, ...]) -> list[StrategicPriority]:
    """The board's priorities of those numbers, where the demo has them (governance's)."""
    return list(StrategicPriority.objects.filter(number__in=numbers).order_by("number"))


def _evaluate(user, rng: random.Random, booking: Booking) -> None:
    if rng.random() >= 0.7:  # about 7 in 10 return the form
        return
    before = rng.randint(3, 6)
    after = before if rng.random() < 0.1 else min(10, before + rng.randint(1, 4))
    follow_up = None
    if rng.random() < 0.4:
        follow_up = max(1, min(10, after - rng.randint(0, 2)))
    services.evaluation_create(
        user=user,
        event=booking.event,
        booking=booking,
        confidence_before=before,
        confidence_after=after,
        confidence_follow_up=follow_up,
        follow_up_on=booking.event.date + timedelta(weeks=8) if follow_up else None,
        comments=rng.choice(COMMENTS),
    )


def _record_course(user, index: int, course: DemoCourse, agencies, names, rng) -> Course:
    record = services.course_create(
        user=user,
        code=course.code,
        title=course.title,
        length_hours=Decimal(course.hours),
        drivers=course.drivers,
        priorities=_priorities(course.priorities),
        fee_pence=course.fee_pounds * 100,
    )
    places = _delegate_places(course, agencies)
    if len(places) != course.delegates:  # the sectors must add up to Appendix C
        raise ValueError(f"{course.code}: {len(places)} places, not {course.delegates}")
    dates = _event_dates(index, course.events)
    trainers = [names.next(), names.next()]
    start = 0
    absent = 0
    for number, (day, attended) in enumerate(
        zip(dates, _split(course.delegates, course.events), strict=True)
    ):
        event = services.event_create(
            user=user,
            course=record,
            date=day,
            venue=VENUES[(index + number) % len(VENUES)],
            capacity=course.capacity,
            trainers="\n".join(trainers),
        )
        for agency, organisation, sector, fee in places[start : start + attended]:
            booking = services.booking_create(
                user=user,
                event=event,
                delegate_name=names.next(),
                agency=agency,
                organisation=organisation,
                sector=sector,
                status=Booking.Status.ATTENDED,
                fee_pence=fee,
            )
            if course.code not in NOT_EVALUATED:
                _evaluate(user, rng, booking)
        start += attended
        # Some places held and not used, some given back: partner agencies' staff, free.
        did_not_attend = (attended + 7) // 14
        cancelled = (attended + 4) // 9
        for status, count in (
            (Booking.Status.DID_NOT_ATTEND, did_not_attend),
            (Booking.Status.CANCELLED, cancelled),
        ):
            for _ in range(count):
                agency = agencies[ABSENT_FROM[absent % len(ABSENT_FROM)]]
                absent += 1
                services.booking_create(
                    user=user,
                    event=event,
                    delegate_name=names.next(),
                    agency=agency,
                    status=status,
                    fee_pence=0,
                )
    return record


@transaction.atomic
def demo_training() -> list[str]:
    """Record the report's courses not yet recorded, with their events; the codes added."""
    user = _business_unit()
    agencies = {a.short_name: a for a in Agency.objects.all() if a.short_name}
    names = _Names()
    rng = random.Random(SEED)  # noqa: S311 (synthetic scores, repeatable; not security)
    added = []
    for index, course in enumerate(COURSES):
        if Course.objects.filter(code=course.code).exists():
            continue
        _record_course(user, index, course, agencies, names, rng)
        added.append(course.code)
    return added
