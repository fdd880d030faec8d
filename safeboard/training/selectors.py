"""Reading training records, always through ``visible_to``.

Courses and events are open to every signed-in user. Bookings and
evaluations (delegates by name) go through ``visible_to`` and then
``policy.sees_delegates``: the business unit sees all, an agency lead their
own agency's, everyone else none.

The summaries need every booking's outcome, whoever asks, but never a name:
``booking_facts`` and ``evaluation_facts`` read the year's events through
``visible_to`` and, from their bookings and evaluations, only the columns
that identify no one (course, agency, sector, status, fee, scores).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from safeboard.access.visibility import Visibility, can_see_area, visible_to
from safeboard.dataset.periods import collection_year_of
from safeboard.records.years import year_bounds
from safeboard.training import policy
from safeboard.training.models import Booking, Course, Evaluation, Event


def course_list(*, user) -> QuerySet[Course]:
    return visible_to(user, Course).prefetch_related("priorities")


def course_get(*, user, pk: int) -> Course:
    return course_list(user=user).get(pk=pk)


def event_list(*, user, year: int | None = None, course: Course | None = None) -> QuerySet[Event]:
    events = visible_to(user, Event).select_related("course")
    if year is not None:
        events = events.filter(date__range=year_bounds(year))
    if course is not None:
        events = events.filter(course=course)
    return events


def event_list_with_counts(*, user) -> QuerySet[Event]:
    """Events with how many were booked (not cancelled) and attended: counts, no names."""
    return event_list(user=user).annotate(
        booked_count=Count("bookings", filter=~Q(bookings__status=Booking.Status.CANCELLED)),
        attended_count=Count("bookings", filter=Q(bookings__status=Booking.Status.ATTENDED)),
    )


def latest_year(*, user, today: date | None = None) -> int:
    """The year of the latest event held by ``today`` (the year to show first), else this year."""
    today = today or timezone.localdate()
    latest = event_list(user=user).filter(date__lte=today).order_by("-date").first()
    return collection_year_of(latest.date if latest is not None else today)


def event_get(*, user, pk: int) -> Event:
    return event_list(user=user).get(pk=pk)


def booking_list(*, user, event: Event | None = None, year: int | None = None) -> QuerySet[Booking]:
    """Bookings by name: every one for the business unit, the own agency's for its lead."""
    bookings = visible_to(user, Booking).select_related("event__course", "agency")
    if not policy.sees_delegates(user):
        return bookings.none()
    if event is not None:
        bookings = bookings.filter(event=event)
    if year is not None:
        bookings = bookings.filter(event__date__range=year_bounds(year))
    return bookings


def booking_get(*, user, pk: int) -> Booking:
    return booking_list(user=user).get(pk=pk)


def evaluation_list(
    *, user, event: Event | None = None, year: int | None = None
) -> QuerySet[Evaluation]:
    """Evaluations one by one (comments included), under the same rule as bookings.

    An anonymous evaluation (no booking) has no agency, so only the business
    unit reads it one by one.
    """
    evaluations = visible_to(user, Evaluation).select_related("event__course", "booking")
    if not policy.sees_delegates(user):
        return evaluations.none()
    if event is not None:
        evaluations = evaluations.filter(event=event)
    if year is not None:
        evaluations = evaluations.filter(event__date__range=year_bounds(year))
    return evaluations


def evaluation_get(*, user, pk: int) -> Evaluation:
    return evaluation_list(user=user).get(pk=pk)


# --- aggregates: no names -----------------------------------------------------------------


@dataclass(frozen=True)
class BookingFact:
    """One booking as the summaries count it: nothing that identifies the delegate."""

    event_id: int
    course_id: int
    agency_id: int | None
    sector: str
    status: str
    fee_pence: int


@dataclass(frozen=True)
class EvaluationFact:
    course_id: int
    before: int
    after: int
    follow_up: int | None


def booking_facts(*, user, year: int) -> list[BookingFact]:
    """Every booking at the year's events, for anyone who can open the area, without names."""
    if not can_see_area(user, Visibility.SIGNED_IN):
        return []
    events = event_list(user=user, year=year)
    rows = (
        Booking.objects.filter(event__in=events)
        .order_by("pk")
        .values_list("event_id", "event__course_id", "agency_id", "sector", "status", "fee_pence")
    )
    return [BookingFact(*row) for row in rows]


def evaluation_facts(*, user, year: int) -> list[EvaluationFact]:
    """Every evaluation of the year's events, scores only (no comments, no booking)."""
    if not can_see_area(user, Visibility.SIGNED_IN):
        return []
    events = event_list(user=user, year=year)
    rows = (
        Evaluation.objects.filter(event__in=events)
        .order_by("pk")
        .values_list(
            "event__course_id", "confidence_before", "confidence_after", "confidence_follow_up"
        )
    )
    return [EvaluationFact(*row) for row in rows]
