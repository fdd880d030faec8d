"""The training area's tables and summary lists, as data for the GOV.UK macros."""

from __future__ import annotations

from decimal import Decimal

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.training import policy, selectors, services
from safeboard.training.imports import COLUMN_HELP, ImportPlan, PlannedBooking
from safeboard.training.models import Booking, Sector
from safeboard.training.summaries import (
    AttendanceShares,
    ConfidenceRow,
    CourseSummary,
    FillRow,
    IncomeRow,
    RateRow,
)
from safeboard.web import components

NO_FIGURE = "Not applicable"  # a rate or mean with nothing to divide by
NOT_KNOWN = "Not known"  # a funding share while the budget holds no contributions


def money(pence: int | None) -> str:
    """£80, £15.50: whole pounds without pence."""
    if pence is None:
        return ""
    pounds = Decimal(pence) / 100
    return f"£{pounds:,.0f}" if pence % 100 == 0 else f"£{pounds:,.2f}"


def pct(value: Decimal | None, missing: str = NO_FIGURE) -> str:
    return missing if value is None else f"{value}%"


def points(value: Decimal | None) -> str:
    if value is None:
        return NOT_KNOWN
    return f"{value:+}" if value else "0.0"


def score(value: Decimal | None) -> str:
    return NO_FIGURE if value is None else str(value)


def hours(value: Decimal) -> str:
    return f"{value.normalize():f}"


def day(value) -> str:
    return date_format(value, "j F Y")


def _heading(text: str) -> SafeString:
    return format_html('<h2 class="govuk-heading-m">{}</h2>', text)


# --- the year's summary ---------------------------------------------------------------------


def course_summary_table(summary: CourseSummary, caption: str) -> SafeString:
    rows = [
        [
            components.link(
                row.course.title, reverse("training:course-detail", args=[row.course.pk])
            ),
            hours(row.course.length_hours),
            row.course.drivers,
            row.events,
            row.delegates,
        ]
        for row in summary.rows
    ]
    if rows:
        rows.append(
            [
                {"html": format_html("<strong>All {} courses</strong>", summary.courses)},
                "",
                "",
                summary.events,
                summary.delegates,
            ]
        )
    return components.table(
        caption=caption,
        head=["Course", "Length (hours)", "Drivers of learning", "Events", "Delegates"],
        rows=rows,
        numeric=[1, 3, 4],
        empty="No events in this year.",
    )


def shares_table(shares: AttendanceShares, *, first: str, caption: str) -> SafeString:
    rows = [
        [
            row.label,
            row.attended,
            pct(row.share),
            pct(row.funding_share, NOT_KNOWN),
            points(row.difference),
        ]
        for row in shares.rows
    ]
    return components.table(
        caption=caption,
        head=[
            first,
            "Delegates",
            "Share of delegates",
            "Share of funding",
            "Difference (points)",
        ],
        rows=rows,
        numeric=[1, 2, 3, 4],
        empty="No delegates in this year.",
    )


def rates_table(rows: list[RateRow], caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=[
            "Course",
            "Bookings",
            "Attended",
            "Did not attend",
            "Cancelled",
            "Still booked",
            "Did-not-attend rate",
            "Cancellation rate",
        ],
        rows=[
            [
                r.label,
                r.bookings,
                r.attended,
                r.did_not_attend,
                r.cancelled,
                r.booked,
                pct(r.did_not_attend_rate),
                pct(r.cancellation_rate),
            ]
            for r in rows
        ],
        numeric=[1, 2, 3, 4, 5, 6, 7],
    )


def fill_table(rows: list[FillRow], caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=["Course", "Events", "Places", "Attended", "Fill rate"],
        rows=[[r.label, r.events, r.places, r.attended, pct(r.fill_rate)] for r in rows],
        numeric=[1, 2, 3, 4],
    )


def confidence_table(rows: list[ConfidenceRow], caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=[
            "Course",
            "Evaluations",
            "Before",
            "Just after",
            "Rose just after",
            "Follow-ups",
            "Before (followed up)",
            "At follow-up",
            "Rose at follow-up",
        ],
        rows=[
            [
                r.label,
                r.evaluations,
                score(r.mean_before),
                score(r.mean_after),
                pct(r.share_rose_after),
                r.follow_ups,
                score(r.mean_before_followed_up),
                score(r.mean_follow_up),
                pct(r.share_rose_follow_up),
            ]
            for r in rows
        ],
        numeric=[1, 2, 3, 4, 5, 6, 7, 8],
    )


def income_table(rows: list[IncomeRow], caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=["Course", "Charged places", "Income"],
        rows=[[r.label, r.charged_places, money(r.income_pence)] for r in rows],
        numeric=[1, 2],
    )


# --- record pages ---------------------------------------------------------------------------


def course_sections(request, course) -> list[SafeString]:
    events = selectors.event_list(user=request.user, course=course).order_by("-date")
    table = components.table(
        caption=f"Events of {course.title}",
        head=["Date", "Venue", "Places", "Reference"],
        rows=[
            [
                components.link(day(e.date), reverse("training:event-detail", args=[e.pk])),
                e.venue,
                e.capacity,
                e.reference,
            ]
            for e in events
        ],
        numeric=[2],
        empty="No events of this course yet.",
    )
    sections = [_heading("Events"), table]
    if policy.can_manage(request.user):
        href = reverse("training:event-create") + f"?course={course.pk}"
        sections.append(components.link("Add an event of this course", href))
    return sections


def event_sections(request, event) -> list[SafeString]:
    """The event's outcome for everyone; its bookings by name for those who may see them."""
    counts = {status: 0 for status in Booking.Status.values}
    for status in event.bookings.values_list("status", flat=True):
        counts[status] += 1
    outcome = components.summary_list(
        [(Booking.Status(status).label, counts[status]) for status in Booking.Status.values]
        + [("Places", event.capacity)]
    )
    sections = [_heading("Bookings"), outcome]
    user = request.user
    if policy.sees_delegates(user):
        bookings = selectors.booking_list(user=user, event=event)
        sections.append(
            components.table(
                caption=f"Delegates booked on {event}",
                head=["Delegate", "Organisation", "Sector", "Status"],
                rows=[
                    [
                        components.link(
                            b.delegate_name, reverse("training:booking-detail", args=[b.pk])
                        ),
                        b.organisation,
                        b.get_sector_display(),
                        b.get_status_display(),
                    ]
                    for b in bookings
                ],
                empty="No bookings you can see."
                if not policy.can_manage(user)
                else "No bookings yet.",
            )
        )
    if policy.can_manage(user):
        for text, name in (
            ("Add a booking on this event", "training:booking-create"),
            ("Add an evaluation of this event", "training:evaluation-create"),
        ):
            sections.append(
                format_html(
                    '<p class="govuk-body">{}</p>',
                    components.link(text, reverse(name) + f"?event={event.pk}"),
                )
            )
    return sections


# --- the import -----------------------------------------------------------------------------


def import_columns_table() -> SafeString:
    return components.table(
        caption="The columns of a bookings file",
        head=["Column", "Required", "What it holds"],
        rows=[list(row) for row in COLUMN_HELP],
    )


def import_errors_table(plan: ImportPlan) -> SafeString:
    return components.table(
        caption="Problems in the file",
        caption_visible=True,
        head=["Row", "Column", "Value", "What is wrong and what to do"],
        rows=[
            [
                "The file" if e.row is None else e.row,
                e.column or "",
                e.value or "",
                e.message,
            ]
            for e in plan.errors
        ],
    )


ACTION_WORDS = {
    PlannedBooking.NEW: "New booking",
    PlannedBooking.CHANGED: "Changes",
    PlannedBooking.UNCHANGED: "Already held, unchanged",
}


def _what_happens(row: PlannedBooking) -> str:
    words = ACTION_WORDS[row.action]
    return f"{words}: {'; '.join(row.changes)}" if row.changes else words


def _fee_words(row: PlannedBooking) -> str:
    if row.fee_pence is not None:
        return money(row.fee_pence)
    if row.existing is not None:
        return f"As before ({money(row.existing.fee_pence)})"
    return money(services.default_fee(row.event, row.agency))


def import_preview_table(plan: ImportPlan) -> SafeString:
    return components.table(
        caption="What confirming will store",
        caption_visible=True,
        head=[
            "Row",
            "Event",
            "Delegate",
            "Organisation",
            "Sector",
            "Status",
            "Fee",
            "What happens",
        ],
        rows=[
            [
                r.row,
                f"{r.event.course.title}, {r.event.date:%d/%m/%Y}",
                r.delegate_name,
                r.organisation + ("" if r.agency or not r.organisation else " (not a partner)"),
                Sector(r.sector).label,
                Booking.Status(r.status).label,
                _fee_words(r),
                _what_happens(r),
            ]
            for r in plan.rows
        ],
    )
