"""Bookings and attendance from a booking system's CSV export.

The file: UTF-8 (with or without a byte order mark), comma-separated, the
first row naming the columns (any case; spaces count as underscores):

==================  ========  ==============================================================
column              required  what
==================  ========  ==============================================================
event_reference     either    the event's reference, e.g. CSE-AWARE-20170512
course              or both   the course code or title (when there is no event_reference)
event_date          of these  the event's date, DD/MM/YYYY or YYYY-MM-DD
delegate_name       yes       the delegate's name
delegate_email      no        the delegate's e-mail address
organisation        yes       the delegate's organisation; a partner agency's name or short
                              name links the booking to the agency, anything else is kept
                              as written
sector              no        local authority, police, health, education, probation,
                              voluntary or other; blank: from the agency's type (other if
                              the organisation is not a partner agency)
status              yes       booked, attended, did not attend (or DNA), cancelled
fee                 no        the fee charged, in pounds (45 or 45.00); blank: for a new
                              booking the course's fee, or nothing for a partner agency's
                              delegate; for one already held, unchanged
==================  ========  ==============================================================

``import_check`` reads the whole file and stores nothing: it returns every
row's planned booking (new, changed or unchanged) and every problem (its row,
column and value, what is wrong and what to do). ``import_confirm`` checks
again and stores every row or, if any problem remains, none. A delegate is
one booking per event (name and e-mail, any case), so importing the same
file twice changes nothing the second time, and a later export with
attendance marked updates the bookings it made.

Names never leave this module except on the preview page for the business
unit: the event log gets counts only.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction

from safeboard.audit.models import Event as LogEvent
from safeboard.audit.services import event_record
from safeboard.partnership.models import Agency
from safeboard.training import policy, services
from safeboard.training.models import Booking, Course, Event, Sector, sector_for_agency

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 20_000

EVENT_REFERENCE = "event_reference"
COURSE = "course"
EVENT_DATE = "event_date"
DELEGATE_NAME = "delegate_name"
DELEGATE_EMAIL = "delegate_email"
ORGANISATION = "organisation"
SECTOR = "sector"
STATUS = "status"
FEE = "fee"
COLUMNS = (
    EVENT_REFERENCE,
    COURSE,
    EVENT_DATE,
    DELEGATE_NAME,
    DELEGATE_EMAIL,
    ORGANISATION,
    SECTOR,
    STATUS,
    FEE,
)
REQUIRED = (DELEGATE_NAME, ORGANISATION, STATUS)
# (column, required?, what it holds): the format as the upload page explains it.
COLUMN_HELP = (
    (EVENT_REFERENCE, "Either this", "The event's reference, e.g. CSE-AWARE-20170512."),
    (COURSE, "or these two", "The course code or title."),
    (EVENT_DATE, "or these two", "The event's date, DD/MM/YYYY or YYYY-MM-DD."),
    (DELEGATE_NAME, "Yes", "The delegate's name."),
    (DELEGATE_EMAIL, "No", "The delegate's e-mail address."),
    (
        ORGANISATION,
        "Yes",
        "The delegate's organisation; a partner agency's name links the booking to it.",
    ),
    (
        SECTOR,
        "No",
        (
            "Local authority, police, health, education, probation, voluntary or other; "
            "blank for the agency's own."
        ),
    ),
    (STATUS, "Yes", "Booked, attended, did not attend (or DNA), or cancelled."),
    (
        FEE,
        "No",
        "The fee in pounds; blank for the course's fee (nothing for a partner agency's delegate).",
    ),
)

FILE_EMPTY = "The file is empty: export the bookings again."
FILE_TOO_BIG = "The file is larger than 5 MB: export one year or one course at a time."
FILE_UTF16 = (
    "The file is saved as UTF-16 (Excel's 'Unicode text'), not UTF-8: "
    "save it as 'CSV UTF-8 (comma delimited)' and upload it again."
)
FILE_NOT_UTF8 = (
    "The file is not UTF-8: row {row} has a character UTF-8 cannot read "
    "(an older Excel 'CSV' saves Windows-1252). "
    "Save it as 'CSV UTF-8 (comma delimited)' and upload it again."
)
FILE_NOT_CSV = "The file cannot be read as CSV ({error}): open it and save it again as CSV UTF-8."
NO_HEADER = "The first row must name the columns: " + ", ".join(COLUMNS) + "."
NO_ROWS = "The file names its columns but has no bookings under them."
TOO_MANY_ROWS = f"The file has more than {MAX_ROWS:,} bookings: split it and upload each part."
DUPLICATE_COLUMN = "The column '{column}' appears more than once: keep one and upload again."
MISSING_COLUMNS = (
    "The required column{s} {columns} {are} missing: name the columns in the first row "
    "as the format says ({expected})."
)
NO_EVENT_COLUMNS = (
    "Say which event each booking is for: add an event_reference column, "
    "or both a course and an event_date column."
)
IGNORED_COLUMNS = "The column{s} {columns} {are} not part of the format and {were} ignored."
RAGGED_ROW = (
    "The row has {count} values but the first row names {width} columns: "
    "check for a comma in a value that is not in quotes."
)
REQUIRED_VALUE = "Enter the {what}: it is blank."
UNKNOWN_REFERENCE = (
    "No event has the reference '{value}': check it against the events page, "
    "or give the course and event_date instead."
)
REFERENCE_MISMATCH = (
    "The event {reference} is {course} on {date}, but this row says {value}: "
    "correct the row or leave this column blank."
)
NO_EVENT_GIVEN = "Give the event_reference, or both the course and the event_date."
UNKNOWN_COURSE = (
    "No course is called '{value}': use the course code (such as {example}) "
    "or its title as on the courses page, or add the course first."
)
BAD_DATE = (
    "'{value}' is not a real date: give the event's date as DD/MM/YYYY (12/05/2017) "
    "or YYYY-MM-DD (2017-05-12)."
)
NO_EVENT_ON_DATE = "There is no {course} event on {date}: check the date, or add the event first."
SEVERAL_EVENTS = (
    "There are {count} {course} events on {date}: give the event_reference to say which."
)
UNKNOWN_STATUS = "'{value}' is not a status: use booked, attended, did not attend or cancelled."
UNKNOWN_SECTOR = "'{value}' is not a sector: use {sectors}, or leave it blank."
BAD_EMAIL = "'{value}' is not an e-mail address: correct it or leave it blank."
BAD_FEE = (
    "'{value}' is not an amount of money: give pounds and pence (45 or 45.00), "
    "or leave it blank for the course's fee."
)
DUPLICATE_ROW = (
    "The same delegate is booked on the same event on row {row}: "
    "keep one row per delegate per event."
)
REFUSED = "The file has problems: nothing was stored. Correct them and upload it again."
NOT_MANAGER = "Only the business unit can import bookings."

STATUS_WORDS = {
    "booked": Booking.Status.BOOKED,
    "attended": Booking.Status.ATTENDED,
    "did not attend": Booking.Status.DID_NOT_ATTEND,
    "dna": Booking.Status.DID_NOT_ATTEND,
    "no show": Booking.Status.DID_NOT_ATTEND,
    "cancelled": Booking.Status.CANCELLED,
    "canceled": Booking.Status.CANCELLED,
}
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")


@dataclass(frozen=True)
class RowError:
    """One problem: its row (None for the file as a whole), column, value and message."""

    row: int | None
    column: str
    value: str
    message: str


@dataclass
class PlannedBooking:
    """What one row will do when confirmed."""

    row: int
    event: Event
    delegate_name: str
    delegate_email: str
    agency: Agency | None
    organisation: str
    sector: str
    status: str
    fee_pence: int | None  # None: the default fee (new) or unchanged (held)
    existing: Booking | None = None
    changes: list[str] = field(default_factory=list)

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"

    @property
    def action(self) -> str:
        if self.existing is None:
            return self.NEW
        return self.CHANGED if self.changes else self.UNCHANGED


@dataclass
class ImportPlan:
    rows: list[PlannedBooking] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sha256: str = ""

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


class ImportRefusedError(Exception):
    def __init__(self, plan: ImportPlan):
        super().__init__(REFUSED)
        self.plan = plan


# --- reading the file ------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str | None, RowError | None]:
    if not data.strip():
        return None, RowError(None, "", "", FILE_EMPTY)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return None, RowError(None, "", "", FILE_UTF16)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif b"\x00" in data[:4096]:
        return None, RowError(None, "", "", FILE_UTF16)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        row = data[: error.start].count(b"\n") + 1
        return None, RowError(None, "", "", FILE_NOT_UTF8.format(row=row))


def _column_name(text: str) -> str:
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def _records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(row number as a spreadsheet shows it, values) for every record, the header first."""
    yield from enumerate(csv.reader(io.StringIO(text, newline="")), start=1)


def _words(value: str) -> str:
    return " ".join(value.replace("_", " ").replace("-", " ").split()).casefold()


def _parse_date(value: str) -> date | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    return None


def _parse_fee(value: str) -> int | None | str:
    """Pence, None for blank, or the text back when it is not money."""
    text = value.strip().replace(",", "").removeprefix("£").strip()
    if text == "":
        return None
    if not re.fullmatch(r"\d+(\.\d{1,2})?", text):
        return value
    try:
        return int(Decimal(text) * 100)
    except InvalidOperation:
        return value


class _Lookups:
    """Courses, events and agencies, read once per file."""

    def __init__(self):
        self.courses: dict[str, Course] = {}
        for course in Course.objects.all():
            self.courses[_words(course.code)] = course
            self.courses[_words(course.title)] = course
        self.example_code = next(iter(Course.objects.order_by("code")), None)
        self.events_by_reference = {
            e.reference.casefold(): e for e in Event.objects.select_related("course")
        }
        self.events_by_course_date: dict[tuple[int, date], list[Event]] = {}
        for event in self.events_by_reference.values():
            self.events_by_course_date.setdefault((event.course_id, event.date), []).append(event)
        self.agencies: dict[str, Agency] = {}
        for agency in Agency.objects.all():
            if agency.short_name:
                self.agencies.setdefault(_words(agency.short_name), agency)
        for agency in Agency.objects.all():
            self.agencies[_words(agency.name)] = agency
        self.sectors = {}
        for sector in Sector:
            self.sectors[_words(sector.value)] = sector.value
            self.sectors[_words(sector.label)] = sector.value
        self.held: dict[int, dict[str, Booking]] = {}

    def booking_held(self, event: Event, key: str) -> Booking | None:
        """The booking already held for this delegate at this event, if any."""
        if event.pk not in self.held:
            self.held[event.pk] = {b.delegate_key: b for b in Booking.objects.filter(event=event)}
        return self.held[event.pk].get(key)


def _header(values: list[str], plan: ImportPlan) -> list[str] | None:
    header = [_column_name(value) for value in values]
    if not any(header):
        plan.errors.append(RowError(1, "", "", NO_HEADER))
        return None
    seen: set[str] = set()
    for column in header:
        if column and column in seen:
            plan.errors.append(RowError(1, column, column, DUPLICATE_COLUMN.format(column=column)))
        seen.add(column)
    missing = [column for column in REQUIRED if column not in seen]
    if missing:
        plural = len(missing) > 1
        plan.errors.append(
            RowError(
                1,
                ", ".join(missing),
                "",
                MISSING_COLUMNS.format(
                    s="s" if plural else "",
                    columns=", ".join(missing),
                    are="are" if plural else "is",
                    expected=", ".join(COLUMNS),
                ),
            )
        )
    if EVENT_REFERENCE not in seen and not {COURSE, EVENT_DATE} <= seen:
        plan.errors.append(RowError(1, EVENT_REFERENCE, "", NO_EVENT_COLUMNS))
    extra = [column for column in header if column and column not in COLUMNS]
    if extra:
        plural = len(extra) > 1
        plan.warnings.append(
            IGNORED_COLUMNS.format(
                s="s" if plural else "",
                columns=", ".join(extra),
                are="are" if plural else "is",
                were="were" if plural else "was",
            )
        )
    return None if plan.errors else header


def _event_for(number: int, cells: dict[str, str], lookups: _Lookups, plan: ImportPlan):
    reference = cells.get(EVENT_REFERENCE, "")
    course_text = cells.get(COURSE, "")
    date_text = cells.get(EVENT_DATE, "")
    day = None
    if date_text:
        day = _parse_date(date_text)
        if day is None:
            plan.errors.append(
                RowError(number, EVENT_DATE, date_text, BAD_DATE.format(value=date_text))
            )
            return None
    course = None
    if course_text:
        course = lookups.courses.get(_words(course_text))
        if course is None:
            example = lookups.example_code.code if lookups.example_code else "CSE-AWARE"
            plan.errors.append(
                RowError(
                    number,
                    COURSE,
                    course_text,
                    UNKNOWN_COURSE.format(value=course_text, example=example),
                )
            )
            return None
    if reference:
        event = lookups.events_by_reference.get(reference.casefold())
        if event is None:
            plan.errors.append(
                RowError(
                    number, EVENT_REFERENCE, reference, UNKNOWN_REFERENCE.format(value=reference)
                )
            )
            return None
        for column, given, wrong in (
            (COURSE, course_text, course is not None and course.pk != event.course_id),
            (EVENT_DATE, date_text, day is not None and day != event.date),
        ):
            if wrong:
                plan.errors.append(
                    RowError(
                        number,
                        column,
                        given,
                        REFERENCE_MISMATCH.format(
                            reference=event.reference,
                            course=event.course.title,
                            date=f"{event.date:%d/%m/%Y}",
                            value=given,
                        ),
                    )
                )
                return None
        return event
    if course is None or day is None:
        column = COURSE if course is None and day is not None else EVENT_DATE
        if course is None and day is None:
            column = EVENT_REFERENCE
        plan.errors.append(RowError(number, column, "", NO_EVENT_GIVEN))
        return None
    events = lookups.events_by_course_date.get((course.pk, day), [])
    if not events:
        plan.errors.append(
            RowError(
                number,
                EVENT_DATE,
                date_text,
                NO_EVENT_ON_DATE.format(course=course.title, date=f"{day:%d/%m/%Y}"),
            )
        )
        return None
    if len(events) > 1:
        plan.errors.append(
            RowError(
                number,
                EVENT_REFERENCE,
                "",
                SEVERAL_EVENTS.format(
                    count=len(events), course=course.title, date=f"{day:%d/%m/%Y}"
                ),
            )
        )
        return None
    return events[0]


def _row(number: int, cells: dict[str, str], lookups: _Lookups, plan: ImportPlan):
    """The row as a planned booking, or None with its problems added to the plan."""
    before = len(plan.errors)
    event = _event_for(number, cells, lookups, plan)
    name = " ".join(cells.get(DELEGATE_NAME, "").split())
    if not name:
        plan.errors.append(
            RowError(number, DELEGATE_NAME, "", REQUIRED_VALUE.format(what="delegate's name"))
        )
    email = cells.get(DELEGATE_EMAIL, "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            plan.errors.append(
                RowError(number, DELEGATE_EMAIL, email, BAD_EMAIL.format(value=email))
            )
    status_text = cells.get(STATUS, "")
    status = STATUS_WORDS.get(_words(status_text))
    if not status_text:
        plan.errors.append(RowError(number, STATUS, "", REQUIRED_VALUE.format(what="status")))
    elif status is None:
        plan.errors.append(
            RowError(number, STATUS, status_text, UNKNOWN_STATUS.format(value=status_text))
        )
    organisation = " ".join(cells.get(ORGANISATION, "").split())
    agency = lookups.agencies.get(_words(organisation)) if organisation else None
    sector_text = cells.get(SECTOR, "")
    sector = lookups.sectors.get(_words(sector_text)) if sector_text else sector_for_agency(agency)
    if sector is None:
        sectors = ", ".join(s.label.lower() for s in Sector)
        plan.errors.append(
            RowError(
                number,
                SECTOR,
                sector_text,
                UNKNOWN_SECTOR.format(value=sector_text, sectors=sectors),
            )
        )
    if not organisation and not sector_text:
        plan.errors.append(
            RowError(
                number, ORGANISATION, "", REQUIRED_VALUE.format(what="organisation (or the sector)")
            )
        )
    fee_text = cells.get(FEE, "")
    fee = _parse_fee(fee_text)
    if isinstance(fee, str):
        plan.errors.append(RowError(number, FEE, fee_text, BAD_FEE.format(value=fee_text)))
    if len(plan.errors) > before:
        return None
    return PlannedBooking(
        row=number,
        event=event,
        delegate_name=name,
        delegate_email=email,
        agency=agency,
        organisation=organisation,
        sector=sector,
        status=status,
        fee_pence=fee,
    )


def _compare(planned: PlannedBooking, held: Booking) -> list[str]:
    """What confirming would change in the booking already held (no names)."""
    changes = []
    if held.status != planned.status:
        changes.append(
            f"status: {held.get_status_display().lower()} to "
            f"{Booking.Status(planned.status).label.lower()}"
        )
    if held.sector != planned.sector:
        changes.append(
            f"sector: {held.get_sector_display().lower()} to {Sector(planned.sector).label.lower()}"
        )
    if held.agency_id != (planned.agency.pk if planned.agency else None):
        changes.append("agency")
    if held.organisation != planned.organisation:
        changes.append("organisation")
    if planned.fee_pence is not None and held.fee_pence != planned.fee_pence:
        changes.append(f"fee: £{held.fee_pence / 100:.2f} to £{planned.fee_pence / 100:.2f}")
    return changes


def import_check(*, user, data: bytes) -> ImportPlan:
    """Every row of the file as a planned booking, and every problem; nothing is stored."""
    if not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)
    plan = ImportPlan(sha256=hashlib.sha256(data).hexdigest())
    if len(data) > MAX_BYTES:
        plan.errors.append(RowError(None, "", "", FILE_TOO_BIG))
        return plan
    text, problem = _decode(data)
    if problem is not None:
        plan.errors.append(problem)
        return plan
    records = _records(text)
    try:
        first = next(records, None)
        if first is None:
            plan.errors.append(RowError(None, "", "", FILE_EMPTY))
            return plan
        header = _header(first[1], plan)
        if header is None:
            return plan
        lookups = _Lookups()
        first_row: dict[tuple[int, str], int] = {}
        width = len(header)
        for number, values in records:
            if not any(value.strip() for value in values):
                continue
            if number > MAX_ROWS + 1:
                plan.errors.append(RowError(None, "", "", TOO_MANY_ROWS))
                return plan
            if len(values) > width and any(v.strip() for v in values[width:]):
                plan.errors.append(
                    RowError(number, "", "", RAGGED_ROW.format(count=len(values), width=width))
                )
                continue
            cells = {
                column: value.strip()
                for column, value in zip(header, values, strict=False)
                if column in COLUMNS
            }
            planned = _row(number, cells, lookups, plan)
            if planned is None:
                continue
            key = Booking.key_for(planned.delegate_name, planned.delegate_email)
            earlier = first_row.get((planned.event.pk, key))
            if earlier is not None:
                plan.errors.append(
                    RowError(
                        number,
                        DELEGATE_NAME,
                        planned.delegate_name,
                        DUPLICATE_ROW.format(row=earlier),
                    )
                )
                continue
            first_row[(planned.event.pk, key)] = number
            planned.existing = lookups.booking_held(planned.event, key)
            if planned.existing is not None:
                planned.changes = _compare(planned, planned.existing)
            plan.rows.append(planned)
    except csv.Error as error:
        plan.errors.append(RowError(None, "", "", FILE_NOT_CSV.format(error=error)))
        return plan
    if not plan.rows and not plan.errors:
        plan.errors.append(RowError(None, "", "", NO_ROWS))
    if plan.errors:
        plan.rows = []  # a file with problems plans nothing
    return plan


@dataclass(frozen=True)
class ImportResult:
    created: int
    changed: int
    unchanged: int


@transaction.atomic
def import_confirm(*, user, data: bytes, request=None) -> ImportResult:
    """Store every booking of the file, or none: the check runs again first."""
    plan = import_check(user=user, data=data)
    if not plan.ok:
        raise ImportRefusedError(plan)
    for planned in plan.rows:
        if planned.existing is None:
            services.booking_create(
                user=user,
                event=planned.event,
                delegate_name=planned.delegate_name,
                delegate_email=planned.delegate_email,
                agency=planned.agency,
                organisation=planned.organisation,
                sector=planned.sector,
                status=planned.status,
                fee_pence=planned.fee_pence,
            )
        elif planned.changes:
            fields = {
                "status": planned.status,
                "sector": planned.sector,
                "agency": planned.agency,
                "organisation": planned.organisation,
            }
            if planned.fee_pence is not None:
                fields["fee_pence"] = planned.fee_pence
            services.booking_update(user=user, booking=planned.existing, **fields)
    result = ImportResult(
        created=plan.count(PlannedBooking.NEW),
        changed=plan.count(PlannedBooking.CHANGED),
        unchanged=plan.count(PlannedBooking.UNCHANGED),
    )
    event_record(
        request=request,
        user=user,
        action=LogEvent.Action.IMPORTED,
        area="training",
        object_type="bookings",
        object_ref=plan.sha256[:16],
        detail={
            "rows": len(plan.rows),
            "created": result.created,
            "changed": result.changed,
            "unchanged": result.unchanged,
        },
    )
    return result
