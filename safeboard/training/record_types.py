"""Training's records as the shared record pages (list, detail, create, edit, history).

Every write goes through ``services`` (the business unit only, the
framework's default rule). Bookings and evaluations are read through the
selectors that keep delegates' names to the business unit and their own
agency's lead; ``urls`` refuses their pages to everyone else, and every
opening of a booking is logged.
"""

from __future__ import annotations

from safeboard.records.types import Column, RecordType
from safeboard.records.years import year_bounds
from safeboard.training import forms, presenters, selectors, services
from safeboard.training.models import Booking, Course, Evaluation, Event

AREA = "Learning and improvement"


def _saver(create, update, record_name: str):
    def save(*, form, user, instance):
        fields = form.fields_for_service()
        if instance is None:
            return create(user=user, **fields)
        return update(user=user, **{record_name: instance}, **fields)

    return save


def _events_in_year(rows, year: int):
    return rows.filter(date__range=year_bounds(year))


def _by_event_in_year(rows, year: int):
    return rows.filter(event__date__range=year_bounds(year))


def _course_summary(course: Course):
    return [
        ("Code", course.code),
        ("Title", course.title),
        ("Length", f"{presenters.hours(course.length_hours)} hours"),
        ("Drivers of learning", course.drivers),
        ("Strategic priorities it serves", course.priorities),
        ("Fee for a delegate from outside the partnership", presenters.money(course.fee_pence)),
        ("Still offered", course.active),
    ]


COURSES = RecordType(
    namespace="training",
    slug="course",
    model=Course,
    form=forms.CourseForm,
    title="Courses",
    intro="The multi-agency training programme: each course, its length and why it is taught.",
    queryset=lambda user: selectors.course_list(user=user),
    columns=(
        Column("Course", "title"),
        Column("Code", "code"),
        Column("Length (hours)", lambda c: presenters.hours(c.length_hours), numeric=True),
        Column("Still offered", "active"),
    ),
    summary=_course_summary,
    sections=presenters.course_sections,
    save=_saver(services.course_create, services.course_update, "course"),
    export_area="training",
    area_label=AREA,
)


def _event_summary(event: Event):
    return [
        ("Course", event.course.title),
        ("Date", event.date),
        ("Venue", event.venue),
        ("Places", event.capacity),
        ("Trainers", event.trainers),
        ("Reference", event.reference),
    ]


EVENTS = RecordType(
    namespace="training",
    slug="event",
    model=Event,
    form=forms.EventForm,
    title="Training events",
    intro="Each delivery of a course. Choose another year below.",
    queryset=lambda user: selectors.event_list_with_counts(user=user),
    columns=(
        Column("Date", lambda e: presenters.day(e.date)),
        Column("Course", "course.title"),
        Column("Venue", "venue"),
        Column("Places", "capacity", numeric=True),
        Column("Bookings (not cancelled)", "booked_count", numeric=True),
        Column("Attended", "attended_count", numeric=True),
    ),
    summary=_event_summary,
    sections=presenters.event_sections,
    year_filter=_events_in_year,
    save=_saver(services.event_create, services.event_update, "event"),
    export_area="training",
    area_label=AREA,
)


def _booking_summary(booking: Booking):
    return [
        ("Event", str(booking.event)),
        ("Delegate", booking.delegate_name),
        ("E-mail", booking.delegate_email),
        ("Partner agency", booking.agency.name if booking.agency else "None"),
        ("Organisation", booking.organisation),
        ("Sector", booking.get_sector_display()),
        ("Status", booking.get_status_display()),
        ("Fee", presenters.money(booking.fee_pence)),
    ]


BOOKINGS = RecordType(
    namespace="training",
    slug="booking",
    model=Booking,
    form=forms.BookingForm,
    title="Bookings",
    intro=(
        "Delegates booked on the year's events. Delegates' details are personal data: "
        "every opening of a booking is recorded."
    ),
    queryset=lambda user: selectors.booking_list(user=user),
    columns=(
        Column("Delegate", "delegate_name"),
        Column("Course", "event.course.title"),
        Column("Date", lambda b: presenters.day(b.event.date)),
        Column("Organisation", "organisation"),
        Column("Status", "status"),
    ),
    summary=_booking_summary,
    year_filter=_by_event_in_year,
    save=_saver(services.booking_create, services.booking_update, "booking"),
    log_reads=True,
    export_area="training",
    area_label=AREA,
)


def _delegate(evaluation: Evaluation) -> str:
    return evaluation.booking.delegate_name if evaluation.booking else "Anonymous"


def _evaluation_summary(evaluation: Evaluation):
    return [
        ("Event", str(evaluation.event)),
        ("Delegate", _delegate(evaluation)),
        ("Confidence before", evaluation.confidence_before),
        ("Confidence just after", evaluation.confidence_after),
        ("Confidence at the follow-up", evaluation.confidence_follow_up),
        ("Date of the follow-up", evaluation.follow_up_on),
        ("Comments", evaluation.comments),
    ]


EVALUATIONS = RecordType(
    namespace="training",
    slug="evaluation",
    model=Evaluation,
    form=forms.EvaluationForm,
    title="Evaluations",
    intro="Delegates' confidence (1 to 10) before, just after and some weeks after an event.",
    queryset=lambda user: selectors.evaluation_list(user=user),
    columns=(
        Column("Event", lambda e: str(e.event)),
        Column("Delegate", _delegate),
        Column("Before", "confidence_before", numeric=True),
        Column("Just after", "confidence_after", numeric=True),
        Column("At follow-up", "confidence_follow_up", numeric=True),
    ),
    summary=_evaluation_summary,
    year_filter=_by_event_in_year,
    save=_saver(services.evaluation_create, services.evaluation_update, "evaluation"),
    log_reads=True,
    export_area="training",
    area_label=AREA,
)
