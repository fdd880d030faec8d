"""Bookings from a booking system's CSV: checked row by row, previewed, stored all or nothing."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from safeboard.access.roles import Role
from safeboard.audit.models import Event as LogEvent
from safeboard.training import imports, pending
from safeboard.training.models import Booking

HEADER = "event_reference,course,event_date,delegate_name,delegate_email,organisation,sector,status,fee\r\n"


def csv_bytes(*rows: str, header: str = HEADER, bom: bool = False) -> bytes:
    text = header + "".join(row + "\r\n" for row in rows)
    return (("\ufeff" if bom else "") + text).encode("utf-8")


# Three bookings for A2 (Alpha, 31/03/2018): by reference, by course code and date, by title.
GOOD = csv_bytes(
    "ALPHA-20180331,,,Rae New,rae@example.org,Testshire Police,,booked,",
    ",ALPHA,31/03/2018,Sol New,,Testshire County Council,,attended,15.50",
    ",alpha,2018-03-31,Tam New,,Little Acorns Nursery,Education,Did not attend,£0",
)


@pytest.fixture
def bu(users):
    return users[Role.BUSINESS_UNIT]


def _errors(plan):
    return [(e.row, e.column, e.value) for e in plan.errors]


def test_a_good_file_is_previewed_without_storing_anything(programme, bu):
    before = Booking.objects.count()
    plan = imports.import_check(user=bu, data=GOOD)
    assert plan.ok
    assert plan.errors == []
    assert Booking.objects.count() == before
    assert [(r.row, r.event, r.action) for r in plan.rows] == [
        (2, programme.events["A2"], "new"),
        (3, programme.events["A2"], "new"),
        (4, programme.events["A2"], "new"),
    ]
    police, council, nursery = plan.rows
    assert (police.agency, police.sector, police.status, police.fee_pence) == (
        programme.police,
        "police",
        "booked",
        None,
    )
    assert (council.agency, council.sector, council.fee_pence) == (
        programme.council,
        "local-authority",
        1550,
    )
    assert (
        nursery.agency,
        nursery.organisation,
        nursery.sector,
        nursery.status,
        nursery.fee_pence,
    ) == (
        None,
        "Little Acorns Nursery",
        "education",
        "did-not-attend",
        0,
    )


@pytest.mark.parametrize("bom", [False, True])
def test_confirm_stores_every_row_and_a_second_import_duplicates_nothing(programme, bu, bom):
    data = GOOD.replace(b"event_reference", b"\xef\xbb\xbfevent_reference", 1) if bom else GOOD
    result = imports.import_confirm(user=bu, data=data)
    assert (result.created, result.changed, result.unchanged) == (3, 0, 0)
    stored = Booking.objects.filter(event=programme.events["A2"]).order_by("delegate_name")
    # b7 and b8 were there already.
    assert [(b.delegate_name, b.status, b.fee_pence) for b in stored] == [
        ("Gus Seven", "attended", 0),
        ("Hal Eight", "booked", 2000),
        ("Rae New", "booked", 0),  # blank fee: a partner agency's place is free
        ("Sol New", "attended", 1550),
        ("Tam New", "did-not-attend", 0),
    ]
    again = imports.import_confirm(user=bu, data=data)
    assert (again.created, again.changed, again.unchanged) == (0, 0, 3)
    assert Booking.objects.filter(event=programme.events["A2"]).count() == 5


def test_a_later_export_records_attendance_on_the_bookings_it_made(programme, bu):
    imports.import_confirm(user=bu, data=GOOD)
    later = csv_bytes(
        "ALPHA-20180331,,,RAE NEW,Rae@Example.org,Testshire Police,,attended,",  # case differs
        ",ALPHA,31/03/2018,Sol New,,Testshire County Council,,attended,15.50",
        "ALPHA-20180331,,,Hal Eight,,Testshire County Council,,cancelled,",  # made by hand
    )
    plan = imports.import_check(user=bu, data=later)
    assert [(r.action, r.changes) for r in plan.rows] == [
        ("changed", ["status: booked to attended"]),
        ("unchanged", []),
        ("changed", ["status: booked to cancelled"]),
    ]
    imports.import_confirm(user=bu, data=later)
    assert Booking.objects.get(delegate_name="Rae New").status == "attended"
    hal = Booking.objects.get(delegate_name="Hal Eight")
    assert (hal.status, hal.fee_pence) == ("cancelled", 2000)  # blank fee: kept


def test_bad_rows_are_each_named_and_nothing_is_stored(programme, bu):
    data = csv_bytes(
        "NOPE-1,,,Ann Bad,,Testshire Police,,attended,",  # row 2: unknown reference
        ",Gamma,31/03/2018,Bo Bad,,Testshire Police,,attended,",  # 3: unknown course
        ",ALPHA,31/02/2018,Cy Bad,,Testshire Police,,attended,",  # 4: impossible date
        ",ALPHA,01/03/2018,Di Bad,,Testshire Police,,attended,",  # 5: no event that day
        "ALPHA-20180331,,,Ed Bad,,Testshire Police,,maybe,",  # 6: unknown status
        "ALPHA-20180331,,,Flo Bad,not-an-email,Testshire Police,,attended,",  # 7: e-mail
        "ALPHA-20180331,,,Gus Bad,,Testshire Police,,attended,free",  # 8: fee
        "ALPHA-20180331,,,Hal Ok,,Testshire Police,,attended,",  # 9: fine on its own
        "ALPHA-20180331,,,hal ok,,Testshire Police,,booked,",  # 10: duplicate of row 9
        "ALPHA-20180331,,,,,Testshire Police,,attended,",  # 11: no name
        "ALPHA-20180331,,,Ian Bad,,Testshire Police,Army,attended,",  # 12: unknown sector
        "ALPHA-20180331,,,Jo Bad,,Testshire Police,,attended,,extra",  # 13: ragged
        "ALPHA-20180331,Beta,,Kit Bad,,Testshire Police,,attended,",  # 14: course disagrees
        ",,,Lou Bad,,Testshire Police,,attended,",  # 15: no event given
        "ALPHA-20180331,,,Max Bad,,,,attended,",  # 16: no organisation or sector
    )
    plan = imports.import_check(user=bu, data=data)
    assert not plan.ok
    assert plan.rows == []
    assert _errors(plan) == [
        (2, "event_reference", "NOPE-1"),
        (3, "course", "Gamma"),
        (4, "event_date", "31/02/2018"),
        (5, "event_date", "01/03/2018"),
        (6, "status", "maybe"),
        (7, "delegate_email", "not-an-email"),
        (8, "fee", "free"),
        (10, "delegate_name", "hal ok"),
        (11, "delegate_name", ""),
        (12, "sector", "Army"),
        (13, "", ""),
        (14, "course", "Beta"),
        (15, "event_reference", ""),
        (16, "organisation", ""),
    ]
    messages = {e.row: e.message for e in plan.errors}
    assert messages[4] == imports.BAD_DATE.format(value="31/02/2018")
    assert "There is no Alpha event on 01/03/2018" in messages[5]
    assert messages[10] == imports.DUPLICATE_ROW.format(row=9)
    before = Booking.objects.count()
    with pytest.raises(imports.ImportRefusedError):
        imports.import_confirm(user=bu, data=data)
    assert Booking.objects.count() == before
    assert not LogEvent.objects.filter(area="training").exists()


def test_two_events_of_a_course_on_one_day_need_the_reference(programme, bu):
    from datetime import date

    from safeboard.training import services

    services.event_create(
        user=bu, course=programme.alpha, date=date(2018, 3, 31), venue="Other", capacity=5
    )
    plan = imports.import_check(
        user=bu, data=csv_bytes(",ALPHA,31/03/2018,Ann,,Testshire Police,,booked,")
    )
    assert _errors(plan) == [(2, "event_reference", "")]
    assert "There are 2 Alpha events on 31/03/2018" in plan.errors[0].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", imports.FILE_EMPTY),
        (
            "event_reference,delegate_name,organisation,status\r\nALPHA-20180331,Zoë Brontë,Testshire Police,booked\r\n".encode(
                "cp1252"
            ),
            imports.FILE_NOT_UTF8.format(row=2),
        ),
        (
            "event_reference,delegate_name,organisation,status\r\n".encode("utf-16"),
            imports.FILE_UTF16,
        ),
        (
            "event_reference,delegate_name,organisation,status\r\n".encode("utf-16-le"),
            imports.FILE_UTF16,
        ),
        (HEADER.encode(), imports.NO_ROWS),
    ],
)
def test_unreadable_files_are_refused_as_a_whole(programme, bu, data, message):
    plan = imports.import_check(user=bu, data=data)
    assert [(e.row, e.message) for e in plan.errors] == [(None, message)]


def test_utf8_names_are_kept(programme, bu):
    data = csv_bytes("ALPHA-20180331,,,Zoë Brontë,,Testshire Police,,booked,", bom=True)
    imports.import_confirm(user=bu, data=data)
    assert Booking.objects.filter(delegate_name="Zoë Brontë").exists()


def test_missing_columns_are_named(programme, bu):
    plan = imports.import_check(
        user=bu, data=csv_bytes("ALPHA-20180331,Ann", header="event_reference,delegate_name\r\n")
    )
    assert [(e.row, e.column) for e in plan.errors] == [(1, "organisation, status")]
    assert "The required columns organisation, status are missing" in plan.errors[0].message


def test_without_a_way_to_find_the_event_the_file_is_refused(programme, bu):
    plan = imports.import_check(
        user=bu,
        data=csv_bytes(
            "Alpha,Ann,Police,booked", header="course,delegate_name,organisation,status\r\n"
        ),
    )
    assert [e.message for e in plan.errors] == [imports.NO_EVENT_COLUMNS]


def test_header_names_are_read_in_any_case_and_extra_columns_are_ignored(programme, bu):
    header = "Event Reference,Delegate Name,Organisation,Status,Dietary needs\r\n"
    plan = imports.import_check(
        user=bu, data=csv_bytes("ALPHA-20180331,Ann,Testshire Police,DNA,none", header=header)
    )
    assert plan.ok
    assert plan.rows[0].status == "did-not-attend"
    assert plan.warnings == [
        imports.IGNORED_COLUMNS.format(s="", columns="dietary_needs", are="is", were="was")
    ]


def test_duplicate_column_is_refused(programme, bu):
    header = "event_reference,delegate_name,organisation,status,status\r\n"
    plan = imports.import_check(
        user=bu, data=csv_bytes("ALPHA-20180331,Ann,Testshire Police,booked,booked", header=header)
    )
    assert [(e.row, e.column) for e in plan.errors] == [(1, "status")]


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.BUSINESS_UNIT])
def test_only_the_business_unit_imports(programme, users, role):
    with pytest.raises(PermissionDenied):
        imports.import_check(user=users[role], data=GOOD)
    with pytest.raises(PermissionDenied):
        imports.import_confirm(user=users[role], data=GOOD)
    assert Booking.objects.count() == 14


def test_the_event_log_gets_counts_and_no_names(programme, bu):
    imports.import_confirm(user=bu, data=GOOD)
    logged = LogEvent.objects.get(area="training", action=LogEvent.Action.IMPORTED)
    assert logged.detail == {"rows": 3, "created": 3, "changed": 0, "unchanged": 0}
    text = str(logged.detail) + logged.object_ref
    assert "New" not in text
    assert "rae@" not in text


def test_a_pending_upload_belongs_to_its_uploader(programme, users, bu):
    token = pending.pending_save(user=bu, data=GOOD)
    assert pending.pending_load(user=bu, token=token) == GOOD
    with pytest.raises(pending.PendingNotFoundError):
        pending.pending_load(user=users[Role.BOARD_MEMBER], token=token)
    with pytest.raises(pending.PendingNotFoundError):
        pending.pending_load(user=bu, token="../../secrets")
    pending.pending_discard(token=token)
    with pytest.raises(pending.PendingNotFoundError):
        pending.pending_load(user=bu, token=token)
