"""The training programme's figures for a year (1 April to 31 March, named by its end).

Each figure is one function; its definition is in its docstring. They count
bookings and evaluations without names (``selectors.booking_facts``), so
every signed-in user may read them. A year's events are those dated in it;
its bookings and evaluations are those of its events.

Shares and rates are percentages as ``Decimal`` to one decimal place (half
up), ``None`` when there is nothing to divide by; means of confidence scores
likewise. Money is in pence.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from safeboard.access.visibility import visible_to
from safeboard.budget.selectors import contribution_shares
from safeboard.common.numbers import percent
from safeboard.partnership.models import Agency
from safeboard.training.models import Booking, Course, Sector, sector_for_agency
from safeboard.training.selectors import (
    booking_facts,
    course_list,
    evaluation_facts,
    event_list,
)

ATTENDED = Booking.Status.ATTENDED
DID_NOT_ATTEND = Booking.Status.DID_NOT_ATTEND
CANCELLED = Booking.Status.CANCELLED
BOOKED = Booking.Status.BOOKED
# Places the board charges for: taken, or held and wasted. Cancelled and
# still-booked (not yet run, or not yet recorded) places are not income.
CHARGED = frozenset({ATTENDED, DID_NOT_ATTEND})

ALL_COURSES = "All courses"
NO_AGENCY = "No partner agency recorded"
ONE_PLACE = Decimal("0.1")


def mean(values: Iterable[int]) -> Decimal | None:
    """The arithmetic mean to one decimal place; None for no values."""
    values = list(values)
    if not values:
        return None
    return (Decimal(sum(values)) / len(values)).quantize(ONE_PLACE, ROUND_HALF_UP)


def _courses(user) -> dict[int, Course]:
    return {course.pk: course for course in course_list(user=user)}


# --- Appendix C: events and delegates by course ----------------------------------------------


@dataclass(frozen=True)
class CourseRow:
    course: Course
    events: int
    delegates: int


@dataclass(frozen=True)
class CourseSummary:
    year: int
    rows: list[CourseRow]

    @property
    def courses(self) -> int:
        return len(self.rows)

    @property
    def events(self) -> int:
        return sum(row.events for row in self.rows)

    @property
    def delegates(self) -> int:
        return sum(row.delegates for row in self.rows)


def course_summary(*, user, year: int) -> CourseSummary:
    """Events and delegates by course (the source report's Appendix C).

    One row per course with at least one event dated in the year, by title:
    its length and drivers of learning, the number of its events in the year,
    and its delegates: bookings at those events with status attended (a
    did-not-attend, cancelled or still-booked place is not a delegate). The
    totals are the number of courses, events and delegates.
    """
    events = Counter(event_list(user=user, year=year).values_list("course_id", flat=True))
    delegates = Counter(
        fact.course_id for fact in booking_facts(user=user, year=year) if fact.status == ATTENDED
    )
    courses = _courses(user)
    rows = [
        CourseRow(courses[course_id], count, delegates[course_id])
        for course_id, count in events.items()
        if course_id in courses
    ]
    rows.sort(key=lambda row: row.course.title)
    return CourseSummary(year=year, rows=rows)


# --- attendance against funding --------------------------------------------------------------


def funding_shares(year: int) -> dict[int, Decimal] | None:
    """Each partner agency's share of the board's funding in the year, as a percentage (unrounded).

    From the budget area's ``contribution_shares(year)`` (agency id -> share
    of the agreed contributions): each agency's share over the sum of all
    shares, times 100. None when the budget holds no contributions for the
    year (there is then nothing to compare attendance with).
    """
    shares = contribution_shares(year)
    total = sum((Decimal(value) for value in shares.values()), Decimal(0))
    if not total:
        return None
    # Not rounded here: a sector adds its agencies' shares up before rounding.
    return {agency_id: Decimal(value) * 100 / total for agency_id, value in shares.items()}


def _rounded(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(ONE_PLACE, ROUND_HALF_UP)


@dataclass(frozen=True)
class ShareRow:
    label: str
    attended: int
    share: Decimal | None  # of all attendance in the year, %
    funding_share: Decimal | None  # of the board's funding, %; None if not known

    @property
    def difference(self) -> Decimal | None:
        """Attendance share minus funding share, in percentage points."""
        if self.share is None or self.funding_share is None:
            return None
        return self.share - self.funding_share


@dataclass(frozen=True)
class AttendanceShares:
    year: int
    rows: list[ShareRow]
    total: int
    funding_known: bool


def _shares_sorted(rows: list[ShareRow]) -> list[ShareRow]:
    return sorted(rows, key=lambda row: (-row.attended, row.label))


def attendance_by_agency(*, user, year: int) -> AttendanceShares:
    """Attendance by agency, against each agency's share of the board's funding.

    For each partner agency with a delegate or a contribution in the year: its
    delegates (bookings attended, as in ``course_summary``), their share of all
    the year's delegates, and its share of the funding (``funding_shares``).
    Delegates from no partner agency are one row of their own, which funds
    nothing. Most delegates first.
    """
    attended = Counter(
        fact.agency_id for fact in booking_facts(user=user, year=year) if fact.status == ATTENDED
    )
    total = sum(attended.values())
    funding = funding_shares(year)
    agencies = {agency.pk: agency for agency in visible_to(user, Agency)}
    ids = {agency_id for agency_id in attended if agency_id is not None} | set(funding or {})
    rows = [
        ShareRow(
            agencies[agency_id].name,
            attended[agency_id],
            percent(attended[agency_id], total),
            _rounded(funding.get(agency_id, Decimal(0))) if funding is not None else None,
        )
        for agency_id in ids
        if agency_id in agencies
    ]
    if attended[None]:
        rows.append(
            ShareRow(
                NO_AGENCY,
                attended[None],
                percent(attended[None], total),
                Decimal(0) if funding is not None else None,
            )
        )
    return AttendanceShares(year, _shares_sorted(rows), total, funding is not None)


def attendance_by_sector(*, user, year: int) -> AttendanceShares:
    """Attendance by sector against each sector's share of the funding ('police 17%, health 3%').

    For each sector with a delegate or a contribution: its delegates (bookings
    attended, counted in the sector the booking records), their share of all
    the year's delegates, and the sector's share of the funding: the funding
    shares of the agencies whose type falls in it (``SECTOR_BY_AGENCY_TYPE``).
    Most delegates first.
    """
    attended = Counter(
        fact.sector for fact in booking_facts(user=user, year=year) if fact.status == ATTENDED
    )
    total = sum(attended.values())
    funding = funding_shares(year)
    funded: dict[str, Decimal] = defaultdict(Decimal)
    if funding is not None:
        for agency in visible_to(user, Agency).filter(pk__in=list(funding)):
            funded[sector_for_agency(agency)] += funding[agency.pk]
    rows = [
        ShareRow(
            sector.label,
            attended[sector.value],
            percent(attended[sector.value], total),
            _rounded(funded.get(sector.value, Decimal(0))) if funding is not None else None,
        )
        for sector in Sector
        if attended[sector.value] or funded.get(sector.value)
    ]
    return AttendanceShares(year, _shares_sorted(rows), total, funding is not None)


# --- did not attend, cancellations, fill ----------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    label: str
    bookings: int
    attended: int
    did_not_attend: int
    cancelled: int
    booked: int  # still booked: the event has not run, or attendance is not recorded yet

    @property
    def did_not_attend_rate(self) -> Decimal | None:
        """Did not attend over places still held on the day (attended + did not attend)."""
        return percent(self.did_not_attend, self.attended + self.did_not_attend)

    @property
    def cancellation_rate(self) -> Decimal | None:
        """Cancelled over every booking made (whatever its status)."""
        return percent(self.cancelled, self.bookings)


def _rate_row(label: str, statuses: Counter) -> RateRow:
    return RateRow(
        label,
        sum(statuses.values()),
        statuses[ATTENDED],
        statuses[DID_NOT_ATTEND],
        statuses[CANCELLED],
        statuses[BOOKED],
    )


def booking_rates(*, user, year: int) -> list[RateRow]:
    """Did-not-attend and cancellation rates by course, then for all courses.

    - did-not-attend rate = bookings marked did not attend / (attended + did
      not attend): of the places still held on the day, the share wasted;
    - cancellation rate = bookings cancelled / all bookings made.
    Still-booked places (not yet run or not yet recorded) count in all
    bookings only. One row per course with a booking in the year, by title.
    """
    by_course: dict[int, Counter] = defaultdict(Counter)
    for fact in booking_facts(user=user, year=year):
        by_course[fact.course_id][fact.status] += 1
    courses = _courses(user)
    rows = sorted(
        (_rate_row(courses[cid].title, counts) for cid, counts in by_course.items()),
        key=lambda row: row.label,
    )
    return [*rows, _rate_row(ALL_COURSES, sum(by_course.values(), Counter()))]


@dataclass(frozen=True)
class FillRow:
    label: str
    events: int
    places: int
    attended: int

    @property
    def fill_rate(self) -> Decimal | None:
        """Delegates who attended over places offered (the events' capacities added up)."""
        return percent(self.attended, self.places)


def fill_rates(*, user, year: int) -> list[FillRow]:
    """How full the events were: by course, then for all courses.

    Places = the capacities of the year's events added up; attended = their
    bookings with status attended; fill rate = attended / places. One row per
    course with an event in the year, by title.
    """
    events: dict[int, list[int]] = defaultdict(list)
    for course_id, capacity in event_list(user=user, year=year).values_list(
        "course_id", "capacity"
    ):
        events[course_id].append(capacity)
    attended = Counter(
        fact.course_id for fact in booking_facts(user=user, year=year) if fact.status == ATTENDED
    )
    courses = _courses(user)
    rows = sorted(
        (
            FillRow(courses[cid].title, len(caps), sum(caps), attended[cid])
            for cid, caps in events.items()
        ),
        key=lambda row: row.label,
    )
    total = FillRow(
        ALL_COURSES,
        sum(row.events for row in rows),
        sum(row.places for row in rows),
        sum(row.attended for row in rows),
    )
    return [*rows, total]


# --- confidence -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConfidenceRow:
    label: str
    evaluations: int
    mean_before: Decimal | None
    mean_after: Decimal | None
    rose_after: int  # confidence just after higher than before
    follow_ups: int  # evaluations whose follow-up came back
    mean_before_followed_up: Decimal | None
    mean_follow_up: Decimal | None
    rose_follow_up: int  # confidence at follow-up higher than before

    @property
    def share_rose_after(self) -> Decimal | None:
        return percent(self.rose_after, self.evaluations)

    @property
    def share_rose_follow_up(self) -> Decimal | None:
        return percent(self.rose_follow_up, self.follow_ups)


def _confidence_row(label: str, facts: list) -> ConfidenceRow:
    followed = [fact for fact in facts if fact.follow_up is not None]
    return ConfidenceRow(
        label=label,
        evaluations=len(facts),
        mean_before=mean(fact.before for fact in facts),
        mean_after=mean(fact.after for fact in facts),
        rose_after=sum(1 for fact in facts if fact.after > fact.before),
        follow_ups=len(followed),
        mean_before_followed_up=mean(fact.before for fact in followed),
        mean_follow_up=mean(fact.follow_up for fact in followed),
        rose_follow_up=sum(1 for fact in followed if fact.follow_up > fact.before),
    )


def confidence_change(*, user, year: int) -> list[ConfidenceRow]:
    """Change in delegates' confidence (1 to 10) by course, then for all courses.

    Over the year's evaluations: the mean confidence before and just after,
    and the share whose confidence just after was higher than before (of all
    evaluations); over those whose follow-up (some weeks later) came back:
    the mean before among them, the mean at follow-up, and the share whose
    follow-up was higher than before (of the follow-ups). One row per course
    with an evaluation in the year, by title.
    """
    by_course: dict[int, list] = defaultdict(list)
    facts = evaluation_facts(user=user, year=year)
    for fact in facts:
        by_course[fact.course_id].append(fact)
    courses = _courses(user)
    rows = sorted(
        (_confidence_row(courses[cid].title, items) for cid, items in by_course.items()),
        key=lambda row: row.label,
    )
    return [*rows, _confidence_row(ALL_COURSES, facts)]


# --- income -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IncomeRow:
    label: str
    charged_places: int
    income_pence: int


def training_income(*, user, year: int) -> list[IncomeRow]:
    """Training income by course, then in all, in pence.

    The fees of the year's bookings with status attended or did not attend (a
    place taken, or held and wasted, is charged); cancelled and still-booked
    places are not income. Charged places counts those bookings, free ones
    included. One row per course with a charged place, by title.
    """
    places: Counter = Counter()
    pence: Counter = Counter()
    for fact in booking_facts(user=user, year=year):
        if fact.status in CHARGED:
            places[fact.course_id] += 1
            pence[fact.course_id] += fact.fee_pence
    courses = _courses(user)
    rows = sorted(
        (IncomeRow(courses[cid].title, places[cid], pence[cid]) for cid in places),
        key=lambda row: row.label,
    )
    return [
        *rows,
        IncomeRow(ALL_COURSES, sum(places.values()), sum(pence.values())),
    ]
