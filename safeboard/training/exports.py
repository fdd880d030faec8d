"""The training area's export: ``safeboard export training --year YYYY``.

Aggregates for everyone who may open the area (the Appendix C table,
events, attendance by agency and by sector against funding, rates, the
evaluations summary, income); the bookings by name only for the business
unit (all) and an agency lead (their own agency's).
"""

from __future__ import annotations

from decimal import Decimal

from safeboard.access.visibility import Visibility
from safeboard.records.areas import BoardArea, Table
from safeboard.training import policy, selectors, summaries
from safeboard.training.models import Booking


def _pounds(pence: int) -> Decimal:
    return (Decimal(pence) / 100).quantize(Decimal("0.01"))


def courses_table(user, year: int) -> Table:
    summary = summaries.course_summary(user=user, year=year)
    return Table(
        "courses",
        [
            "Course",
            "Code",
            "Length (hours)",
            "Drivers of learning",
            "Strategic priorities",
            "Events",
            "Delegates",
        ],
        [
            [
                row.course.title,
                row.course.code,
                row.course.length_hours,
                row.course.drivers,
                "; ".join(str(p) for p in row.course.priorities.all()),
                row.events,
                row.delegates,
            ]
            for row in summary.rows
        ],
    )


def events_table(user, year: int) -> Table:
    events = selectors.event_list(user=user, year=year).order_by("date", "reference")
    facts = selectors.booking_facts(user=user, year=year)
    outcomes: dict[int, dict[str, int]] = {}
    for fact in facts:
        counts = outcomes.setdefault(fact.event_id, dict.fromkeys(Booking.Status.values, 0))
        counts[fact.status] += 1
    rows = []
    for event in events:
        counts = outcomes.get(event.pk, dict.fromkeys(Booking.Status.values, 0))
        attended = counts[Booking.Status.ATTENDED]
        rows.append(
            [
                event.reference,
                event.course.title,
                event.date,
                event.venue,
                event.capacity,
                counts[Booking.Status.BOOKED],
                attended,
                counts[Booking.Status.DID_NOT_ATTEND],
                counts[Booking.Status.CANCELLED],
                summaries.percent(attended, event.capacity),
            ]
        )
    return Table(
        "events",
        [
            "Reference",
            "Course",
            "Date",
            "Venue",
            "Places",
            "Still booked",
            "Attended",
            "Did not attend",
            "Cancelled",
            "Fill rate (%)",
        ],
        rows,
    )


def _shares_table(name: str, first: str, shares: summaries.AttendanceShares) -> Table:
    return Table(
        name,
        [
            first,
            "Delegates",
            "Share of delegates (%)",
            "Share of funding (%)",
            "Difference (points)",
        ],
        [[r.label, r.attended, r.share, r.funding_share, r.difference] for r in shares.rows],
    )


def attendance_tables(user, year: int) -> list[Table]:
    return [
        _shares_table(
            "attendance_by_agency",
            "Agency",
            summaries.attendance_by_agency(user=user, year=year),
        ),
        _shares_table(
            "attendance_by_sector",
            "Sector",
            summaries.attendance_by_sector(user=user, year=year),
        ),
    ]


def rates_table(user, year: int) -> Table:
    fills = {row.label: row for row in summaries.fill_rates(user=user, year=year)}
    rows = []
    for r in summaries.booking_rates(user=user, year=year):
        fill = fills.get(r.label)
        rows.append(
            [
                r.label,
                r.bookings,
                r.attended,
                r.did_not_attend,
                r.cancelled,
                r.booked,
                r.did_not_attend_rate,
                r.cancellation_rate,
                fill.places if fill else None,
                fill.fill_rate if fill else None,
            ]
        )
    return Table(
        "attendance_rates",
        [
            "Course",
            "Bookings",
            "Attended",
            "Did not attend",
            "Cancelled",
            "Still booked",
            "Did-not-attend rate (%)",
            "Cancellation rate (%)",
            "Places",
            "Fill rate (%)",
        ],
        rows,
    )


def evaluations_table(user, year: int) -> Table:
    return Table(
        "evaluations_summary",
        [
            "Course",
            "Evaluations",
            "Mean confidence before",
            "Mean confidence just after",
            "Rose just after (%)",
            "Follow-ups",
            "Mean before (followed up)",
            "Mean at follow-up",
            "Rose at follow-up (%)",
        ],
        [
            [
                r.label,
                r.evaluations,
                r.mean_before,
                r.mean_after,
                r.share_rose_after,
                r.follow_ups,
                r.mean_before_followed_up,
                r.mean_follow_up,
                r.share_rose_follow_up,
            ]
            for r in summaries.confidence_change(user=user, year=year)
        ],
    )


def income_table(user, year: int) -> Table:
    return Table(
        "income",
        ["Course", "Charged places", "Income (£)"],
        [
            [r.label, r.charged_places, _pounds(r.income_pence)]
            for r in summaries.training_income(user=user, year=year)
        ],
    )


def bookings_table(user, year: int) -> Table:
    bookings = selectors.booking_list(user=user, year=year).order_by(
        "event__date", "event__reference", "delegate_name"
    )
    return Table(
        "bookings",
        [
            "Event reference",
            "Course",
            "Date",
            "Delegate",
            "E-mail",
            "Organisation",
            "Partner agency",
            "Sector",
            "Status",
            "Fee (£)",
        ],
        [
            [
                b.event.reference,
                b.event.course.title,
                b.event.date,
                b.delegate_name,
                b.delegate_email,
                b.organisation,
                b.agency.name if b.agency else "",
                b.get_sector_display(),
                b.get_status_display(),
                _pounds(b.fee_pence),
            ]
            for b in bookings
        ],
    )


def training_tables(user, year: int) -> list[Table]:
    tables = [
        courses_table(user, year),
        events_table(user, year),
        *attendance_tables(user, year),
        rates_table(user, year),
        evaluations_table(user, year),
        income_table(user, year),
    ]
    if policy.sees_delegates(user):
        tables.append(bookings_table(user, year))
    return tables


EXPORT_AREAS = [
    BoardArea(
        name="training",
        label="Learning and improvement",
        description=(
            "Courses, events and delegates (Appendix C), attendance by agency and sector "
            "against funding, attendance rates, confidence and income."
        ),
        url_name="training:index",
        visibility=Visibility.SIGNED_IN,
        tables=training_tables,
        order=30,
    )
]
