"""Writing training records: keyword-only, checked with ``full_clean``, atomic.

Only the business unit writes (``policy.can_manage``); anyone else gets
``PermissionDenied``. A value the model refuses raises Django's
``ValidationError`` with every message. Bookings imported from a booking
system go through ``safeboard.training.imports``, which calls these.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from safeboard.partnership.models import Agency, StrategicPriority
from safeboard.training import policy
from safeboard.training.models import Booking, Course, Evaluation, Event, sector_for_agency

NOT_MANAGER = "Only the business unit can change the training programme and its bookings."
BOOKED_TWICE = (
    "This delegate is already booked on this event (the same name and e-mail): "
    "change that booking instead."
)
EVALUATION_TWICE = "This booking already has an evaluation: change that one instead."


def _require_manager(user) -> None:
    if not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)


def _save(record):
    record.full_clean()
    record.save()
    return record


# --- courses ---------------------------------------------------------------------------------


@transaction.atomic
def course_create(
    *,
    user,
    code: str,
    title: str,
    length_hours: Decimal,
    drivers: str = "",
    priorities: Iterable[StrategicPriority] = (),
    fee_pence: int = 0,
    active: bool = True,
) -> Course:
    _require_manager(user)
    course = _save(
        Course(
            code=code.strip(),
            title=title.strip(),
            length_hours=length_hours,
            drivers=drivers,
            fee_pence=fee_pence,
            active=active,
        )
    )
    course.priorities.set(priorities)
    return course


@transaction.atomic
def course_update(
    *, user, course: Course, priorities: Iterable[StrategicPriority] | None = None, **fields
) -> Course:
    _require_manager(user)
    for name, value in fields.items():
        setattr(course, name, value)
    _save(course)
    if priorities is not None:
        course.priorities.set(priorities)
    return course


# --- events ----------------------------------------------------------------------------------


def event_reference(course: Course, day: date) -> str:
    """A free reference for an event of ``course`` on ``day``: CODE-YYYYMMDD, then -2, -3..."""
    base = f"{course.code}-{day:%Y%m%d}"
    reference, number = base, 1
    while Event.objects.filter(reference=reference).exists():
        number += 1
        reference = f"{base}-{number}"
    return reference


@transaction.atomic
def event_create(
    *,
    user,
    course: Course,
    date: date,
    venue: str,
    capacity: int,
    trainers: str = "",
    reference: str = "",
) -> Event:
    """Add an event; without a reference it gets one from the course code and the date."""
    _require_manager(user)
    return _save(
        Event(
            course=course,
            date=date,
            venue=venue.strip(),
            capacity=capacity,
            trainers=trainers,
            reference=reference.strip() or event_reference(course, date),
        )
    )


@transaction.atomic
def event_update(*, user, event: Event, **fields) -> Event:
    _require_manager(user)
    for name, value in fields.items():
        setattr(event, name, value)
    event.reference = event.reference.strip() or event_reference(event.course, event.date)
    return _save(event)


# --- bookings --------------------------------------------------------------------------------


def _check_booking(booking: Booking) -> None:
    booking.delegate_key = Booking.key_for(booking.delegate_name, booking.delegate_email)
    clash = Booking.objects.filter(event=booking.event, delegate_key=booking.delegate_key)
    if booking.pk is not None:
        clash = clash.exclude(pk=booking.pk)
    if clash.exists():
        raise ValidationError({"delegate_name": BOOKED_TWICE})
    booking.full_clean(exclude=["delegate_key"])


def default_fee(event: Event, agency: Agency | None) -> int:
    """The fee for a place when none is given: the course's, unless a partner agency's."""
    return event.course.fee_pence if agency is None else 0


@transaction.atomic
def booking_create(
    *,
    user,
    event: Event,
    delegate_name: str,
    delegate_email: str = "",
    agency: Agency | None = None,
    organisation: str = "",
    sector: str = "",
    status: str = Booking.Status.BOOKED,
    fee_pence: int | None = None,
) -> Booking:
    """Book a delegate on an event.

    The sector defaults from the agency's type (``sector_for_agency``), the
    organisation from the agency's name, and the fee to the course's fee for
    a delegate from outside the partnership (no agency), nothing for a
    partner agency's.
    """
    _require_manager(user)
    booking = Booking(
        event=event,
        delegate_name=" ".join(delegate_name.split()),
        delegate_email=delegate_email.strip(),
        agency=agency,
        organisation=organisation.strip() or (agency.name if agency else ""),
        sector=sector or sector_for_agency(agency),
        status=status,
        fee_pence=default_fee(event, agency) if fee_pence is None else fee_pence,
    )
    _check_booking(booking)
    booking.save()
    return booking


@transaction.atomic
def booking_update(*, user, booking: Booking, **fields) -> Booking:
    """Change a booking. A blank sector goes back to the agency's; a fee of None keeps the fee."""
    _require_manager(user)
    if fields.get("fee_pence", 0) is None:
        fields.pop("fee_pence")
    for name, value in fields.items():
        setattr(booking, name, value)
    booking.delegate_name = " ".join(booking.delegate_name.split())
    booking.sector = booking.sector or sector_for_agency(booking.agency)
    _check_booking(booking)
    booking.save()
    return booking


# --- evaluations -----------------------------------------------------------------------------


@transaction.atomic
def evaluation_create(
    *,
    user,
    event: Event,
    confidence_before: int,
    confidence_after: int,
    confidence_follow_up: int | None = None,
    follow_up_on: date | None = None,
    booking: Booking | None = None,
    comments: str = "",
) -> Evaluation:
    """Record an evaluation of an event, the delegate's (``booking``) or anonymous."""
    _require_manager(user)
    if booking is not None and Evaluation.objects.filter(booking=booking).exists():
        raise ValidationError({"booking": EVALUATION_TWICE})
    return _save(
        Evaluation(
            event=event,
            booking=booking,
            confidence_before=confidence_before,
            confidence_after=confidence_after,
            confidence_follow_up=confidence_follow_up,
            follow_up_on=follow_up_on,
            comments=comments,
        )
    )


@transaction.atomic
def evaluation_update(*, user, evaluation: Evaluation, **fields) -> Evaluation:
    _require_manager(user)
    for name, value in fields.items():
        setattr(evaluation, name, value)
    return _save(evaluation)
