"""The training pages through the test client: the summary, the record pages, the import."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event as LogEvent
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from safeboard.training.models import Booking, Course, Event
from tests.factories import sign_in
from tests.training.conftest import YEAR
from tests.training.test_imports import GOOD, csv_bytes


def _get(client, user, url):
    sign_in(client, user)
    return client.get(url)


# --- the year's summary ---------------------------------------------------------------------


@pytest.mark.parametrize("role", [*Role, None])
def test_every_signed_in_user_reads_the_years_figures_and_no_names(client, programme, users, role):
    response = _get(client, users[role], reverse("training:index") + f"?year={YEAR}")
    assert response.status_code == 200
    text = response.content.decode()
    assert "2 courses, 3 events and 7 delegates" in text
    assert "Ada One" not in text  # aggregates only, whoever asks
    assert "Little Acorns" not in text


def test_the_summary_opens_on_the_latest_year_with_events(client, programme, users):
    # X (1 April 2018) is the latest event held: 2018/19 is shown first.
    response = _get(client, users[Role.BOARD_MEMBER], reverse("training:index"))
    assert "2018/19" in response.content.decode()


def test_links_to_delegates_only_for_those_who_may_see_them(client, programme, users):
    url = reverse("training:index") + f"?year={YEAR}"
    assert (
        reverse("training:booking-list")
        in _get(client, users[Role.BUSINESS_UNIT], url).content.decode()
    )
    assert (
        reverse("training:booking-list")
        in _get(client, users[Role.AGENCY_LEAD], url).content.decode()
    )
    board = _get(client, users[Role.BOARD_MEMBER], url).content.decode()
    assert reverse("training:booking-list") not in board
    assert reverse("training:import") not in board


# --- record pages ---------------------------------------------------------------------------


def test_the_agency_lead_lists_only_own_agency_delegates(client, programme, users):
    response = _get(
        client, users[Role.AGENCY_LEAD], reverse("training:booking-list") + f"?year={YEAR}"
    )
    text = response.content.decode()
    for name in ("Cy Three", "Di Four", "Gus Seven", "Lou Twelve"):  # police, 2017/18
        assert name in text
    for name in ("Ada One", "Ed Five", "Jo Ten"):
        assert name not in text


def test_opening_bookings_is_logged_without_names(client, programme, users):
    user = users[Role.BUSINESS_UNIT]
    _get(client, user, reverse("training:booking-list"))
    client.get(reverse("training:booking-detail", args=[programme.bookings[1].pk]))
    events = LogEvent.objects.filter(area="training", action=LogEvent.Action.VIEWED)
    assert [(e.object_type, e.object_ref) for e in events.order_by("pk")] == [
        ("booking-list", ""),
        ("booking", str(programme.bookings[1].pk)),
    ]
    assert "Ada" not in json.dumps([e.detail for e in events])


def test_event_page_shows_outcomes_to_all_and_names_by_rule(client, programme, users):
    url = reverse("training:event-detail", args=[programme.events["A1"].pk])
    board = _get(client, users[Role.BOARD_MEMBER], url).content.decode()
    assert "Did not attend" in board
    assert "Ada One" not in board
    lead = _get(client, users[Role.AGENCY_LEAD], url).content.decode()
    assert "Cy Three" in lead
    assert "Ada One" not in lead
    assert "Ada One" in _get(client, users[Role.BUSINESS_UNIT], url).content.decode()


def test_business_unit_adds_a_course_with_its_fee_in_pounds(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("training:course-create"),
        {
            "code": "CSE-AWARE",
            "title": "Raising awareness",
            "length_hours": "3.5",
            "fee": "£45.50",
            "active": "on",
        },
    )
    assert response.status_code == 302
    course = Course.objects.get(code="CSE-AWARE")
    assert course.fee_pence == 4550
    response = client.post(
        reverse("training:course-create"),
        {"code": "X", "title": "Bad fee", "length_hours": "1", "fee": "lots"},
    )
    assert response.status_code == 200
    assert "Enter the fee in pounds" in response.content.decode()


def test_business_unit_books_a_delegate_and_the_sector_comes_from_the_agency(
    client, programme, users
):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("training:booking-create"),
        {
            "event": programme.events["A2"].pk,
            "delegate_name": "Uma New",
            "agency": programme.health.pk,
            "status": "booked",
            "fee": "£15",
        },
    )
    assert response.status_code == 302
    booking = Booking.objects.get(delegate_name="Uma New")
    assert (booking.sector, booking.fee_pence) == ("health", 1500)
    # Changing the status with the fee box left blank keeps the fee.
    edit = client.get(reverse("training:booking-edit", args=[booking.pk]))
    version = edit.context["form"].initial["version"]
    response = client.post(
        reverse("training:booking-edit", args=[booking.pk]),
        {
            "event": programme.events["A2"].pk,
            "delegate_name": "Uma New",
            "agency": programme.health.pk,
            "organisation": "Testshire Health",
            "sector": "",
            "status": "attended",
            "fee": "",
            "version": version,
        },
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert (booking.status, booking.sector, booking.fee_pence) == ("attended", "health", 1500)


def test_an_event_gets_its_reference_when_none_is_given(client, programme, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("training:event-create"),
        {"course": programme.beta.pk, "date": "2017-09-12", "venue": "Hall", "capacity": "20"},
    )
    assert response.status_code == 302
    assert Event.objects.filter(reference="BETA-20170912").exists()


# --- the import -----------------------------------------------------------------------------


def _upload(client, data: bytes, name="bookings.csv"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(reverse("training:import"), {"file": SimpleUploadedFile(name, data)})


def test_import_shows_every_problem_and_stores_nothing(client, programme, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    before = Booking.objects.count()
    bad = csv_bytes(
        ",ALPHA,31/02/2018,Cy Bad,,Testshire Police,,attended,",
        "ALPHA-20180331,,,Ed Bad,,Testshire Police,,maybe,",
    )
    response = _upload(client, bad)
    text = response.content.decode()
    assert response.status_code == 200
    assert "Nothing has been stored" in text
    assert "31/02/2018" in text
    assert "is not a status" in text
    assert Booking.objects.count() == before


def test_import_previews_then_stores_on_confirm(client, programme, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    before = Booking.objects.count()
    response = _upload(client, GOOD)
    text = response.content.decode()
    assert "Check the bookings before storing them" in text
    assert "store 3 new bookings" in text
    assert Booking.objects.count() == before  # nothing yet
    token = response.context["token"]
    response = client.post(reverse("training:import-confirm"), {"token": token})
    assert response.status_code == 302
    assert Booking.objects.count() == before + 3
    # The same token cannot be used twice: the upload is gone.
    response = client.post(reverse("training:import-confirm"), {"token": token}, follow=True)
    assert "expired" in response.content.decode()
    assert Booking.objects.count() == before + 3


def test_import_can_be_discarded(client, programme, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    before = Booking.objects.count()
    token = _upload(client, GOOD).context["token"]
    client.post(reverse("training:import-confirm"), {"token": token, "discard": "1"})
    response = client.post(reverse("training:import-confirm"), {"token": token}, follow=True)
    assert "expired" in response.content.decode()
    assert Booking.objects.count() == before


def test_someone_elses_upload_cannot_be_confirmed(client, programme, users):
    from tests.factories import make_user

    sign_in(client, users[Role.BUSINESS_UNIT])
    token = _upload(client, GOOD).context["token"]
    other = make_user(Role.BUSINESS_UNIT, username="other-bu")
    sign_in(client, other)
    response = client.post(reverse("training:import-confirm"), {"token": token}, follow=True)
    assert "expired or belongs to someone else" in response.content.decode()
    assert not Booking.objects.filter(delegate_name="Rae New").exists()


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.BUSINESS_UNIT])
def test_only_the_business_unit_may_confirm(client, programme, users, role):
    sign_in(client, users[role])
    assert client.post(reverse("training:import-confirm"), {"token": "abc"}).status_code == 403


def test_confirm_takes_post_only(client, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse("training:import-confirm")).status_code == 405


# --- the export -----------------------------------------------------------------------------


def _tables(user):
    return {t.name: t for t in board_area("training").tables(user, YEAR)}


def test_export_tables_for_each_role(programme, users):
    aggregate = {
        "courses",
        "events",
        "attendance_by_agency",
        "attendance_by_sector",
        "attendance_rates",
        "evaluations_summary",
        "income",
    }
    assert set(_tables(users[Role.BOARD_MEMBER])) == aggregate
    assert set(_tables(users[Role.INDEPENDENT_CHAIR])) == aggregate
    assert set(_tables(users[Role.BUSINESS_UNIT])) == aggregate | {"bookings"}
    lead = _tables(users[Role.AGENCY_LEAD])
    # The police lead's bookings: b3, b4, b7, b12 in 2017/18.
    assert sorted(row[3] for row in lead["bookings"].rows) == [
        "Cy Three",
        "Di Four",
        "Gus Seven",
        "Lou Twelve",
    ]
    assert len(_tables(users[Role.BUSINESS_UNIT])["bookings"].rows) == 12


def test_export_courses_and_events_tables(programme, users):
    tables = _tables(users[Role.BOARD_MEMBER])
    assert [(r[0], r[5], r[6]) for r in tables["courses"].rows] == [("Alpha", 2, 5), ("Beta", 1, 2)]
    # B1 (1 April 2017): 5 places, attended b9 b10, did not attend b11, cancelled b12: 40% full.
    first = tables["events"].rows[0]
    assert first[0] == "BETA-20170401"
    assert first[4:] == [5, 0, 2, 1, 1, 40]
    assert [r[1:3] for r in tables["income"].rows][-1] == [9, 80]


def test_the_export_is_logged(programme, users):
    content, name = area_export(
        user=users[Role.BOARD_MEMBER], area=board_area("training"), year=YEAR, fmt="json"
    )
    assert name == "training-2017-18.json"
    document = json.loads(content)
    assert "bookings" not in document["tables"]
    logged = LogEvent.objects.get(area="training", action=LogEvent.Action.EXPORTED)
    assert logged.detail["year"] == YEAR
