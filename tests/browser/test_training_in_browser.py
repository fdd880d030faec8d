"""Learning and improvement in the browser.

The business unit reads the year's figures, adds a course and an event,
imports a booking system's export (a file with problems first, then a good
one, previewed before it is stored); the police's agency lead sees the
figures and their own agency's delegates only; a board member sees the
figures and is refused the delegates. Every page on the way passes axe.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.training.models import Booking, Course, Event
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.training.conftest import build_programme
from tests.training.test_imports import csv_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SUMMARY = "/board/training/?year=2018"


@pytest.fixture
def programme(users):
    return build_programme(users)


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _upload(page, data: bytes) -> None:
    page.goto("/board/training/import/")
    page.get_by_label("The bookings export (CSV)").set_input_files(
        files=[{"name": "bookings.csv", "mimeType": "text/csv", "buffer": data}]
    )
    page.get_by_role("button", name="Check the file").click()


def test_business_unit_runs_the_programme_and_imports_bookings(new_page, programme, users, axe):
    page = new_page(users[Role.BUSINESS_UNIT])
    page.goto(SUMMARY)
    expect(page.get_by_role("heading", level=1)).to_have_text("Learning and improvement")
    expect(page.locator("main")).to_contain_text("2 courses, 3 events and 7 delegates")
    _assert_accessible(axe, page, "training summary")

    page.get_by_role("link", name="Courses", exact=True).click()
    page.get_by_role("button", name="Add course").click()
    _assert_accessible(axe, page, "add a course")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("There is a problem")
    _assert_accessible(axe, page, "add a course with errors")
    page.get_by_label("Code").fill("CSE-AWARE")
    page.get_by_label("Title").fill("Raising awareness of child sexual exploitation")
    page.get_by_label("Length in hours").fill("3.5")
    page.get_by_label("Fee for a delegate from outside the partnership (£)").fill("40")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Course added.")
    _assert_accessible(axe, page, "course detail")
    course = Course.objects.get(code="CSE-AWARE")
    assert course.fee_pence == 4000

    page.get_by_role("link", name="Add an event of this course").click()
    page.get_by_label("Date").fill("2017-09-12")
    page.get_by_label("Venue").fill("Shire Hall, Warwick")
    page.get_by_label("Places").fill("20")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("main")).to_contain_text("Event added.")
    assert Event.objects.filter(reference="CSE-AWARE-20170912").exists()

    before = Booking.objects.count()
    _upload(
        page,
        csv_bytes(
            "CSE-AWARE-20170912,,,Rae New,,Testshire Police,,attended,",
            ",CSE-AWARE,31/09/2017,Sol New,,Testshire Police,,attended,",
            "CSE-AWARE-20170912,,,Tam New,,Testshire Police,,maybe,",
        ),
    )
    errors = page.get_by_role("table", name="Problems in the file")
    expect(errors).to_contain_text("31/09/2017")
    expect(errors).to_contain_text("'maybe' is not a status")
    expect(page.locator("main")).to_contain_text("Nothing has been stored")
    _assert_accessible(axe, page, "import with problems")
    assert Booking.objects.count() == before

    _upload(
        page,
        csv_bytes(
            "CSE-AWARE-20170912,,,Rae New,,Testshire Police,,attended,",
            ",CSE-AWARE,12/09/2017,Sol New,,Little Acorns Nursery,Education,attended,",
            "CSE-AWARE-20170912,,,Tam New,,Testshire Health,,did not attend,",
        ),
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the bookings before storing them"
    )
    expect(page.locator("main")).to_contain_text("Confirming will store 3 new bookings")
    _assert_accessible(axe, page, "import preview")
    assert Booking.objects.count() == before
    page.get_by_role("button", name="Confirm and store the bookings").click()
    expect(page.locator("main")).to_contain_text("3 new bookings stored, 0 changed")
    _assert_accessible(axe, page, "bookings after the import")
    assert Booking.objects.count() == before + 3

    page.goto("/home/")
    expect(page.locator("main")).to_contain_text("Learning and improvement")


def test_agency_lead_sees_own_agency_delegates_and_board_member_none(
    new_page, programme, users, axe
):
    lead = new_page(users[Role.AGENCY_LEAD])
    lead.goto(SUMMARY)
    lead.get_by_role("link", name="Bookings in 2017/18").click()
    main = lead.locator("main")
    expect(main).to_contain_text("Cy Three")  # a police delegate
    expect(main).not_to_contain_text("Ada One")  # a council delegate
    _assert_accessible(axe, lead, "bookings as the agency lead")

    board = new_page(users[Role.BOARD_MEMBER])
    board.goto(SUMMARY)
    expect(board.locator("main")).to_contain_text("Delegates by sector against funding")
    expect(board.locator("main")).not_to_contain_text("Bookings in 2017/18")
    response = board.goto("/board/training/booking/")
    assert response.status == 403
    board.goto(f"/board/training/event/{programme.events['A1'].pk}/")
    expect(board.locator("main")).to_contain_text("Did not attend")
    expect(board.locator("main")).not_to_contain_text("Ada One")
    _assert_accessible(axe, board, "event as a board member")
