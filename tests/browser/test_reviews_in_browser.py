"""Serious incidents and practice reviews in the browser.

The business unit records a notification over Christmas, its rapid review and the local
review it decides on, a finding, a recommendation and an action; the case review group
reads them and sees the overdue deadline on its home page; a board member reads only the
figures, with small numbers as c. Every page on the way passes axe (WCAG 2.2 A and AA).
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.actions.models import Action
from safeboard.partnership.models import Person
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import agency, make_user
from tests.reviews.conftest import make_incident, make_rapid_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _open(new_page, user):
    """A signed-in page; patient, as a shared machine under load can be slow to answer."""
    page = new_page(user)
    page.set_default_timeout(30_000)
    return page


def _save(page) -> None:
    page.locator("main form").get_by_role("button", name="Save").click()
    page.wait_for_load_state()


def test_the_business_unit_takes_a_case_from_notification_to_action(new_page, partnership, axe):
    Person.objects.create(
        agency=agency("Testshire County Council"), full_name="Jo Carver", email="jo@example.org"
    )
    page = _open(new_page, make_user(Role.BUSINESS_UNIT, username="bu"))
    page.goto("/reviews/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Serious incidents and practice reviews"
    )
    _assert_accessible(axe, page, "reviews index")

    page.get_by_role("link", name="Serious incident notifications").click()
    page.get_by_role("button", name="Add serious incident notification").click()
    _assert_accessible(axe, page, "notification form")
    page.get_by_label("Reference", exact=True).fill("Child Jones")
    _save(page)
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Enter a case reference like SIN 2018-01"
    )
    _assert_accessible(axe, page, "notification form with errors")
    page.get_by_label("Reference", exact=True).fill("SIN 2018-02")
    page.get_by_label("Local authority", exact=True).select_option(label="Testshire")
    page.get_by_label("Harm").select_option(label="A child died")
    page.get_by_label("Date the local authority became aware").fill("2018-12-20")
    page.get_by_label("Date notified to the national panel").fill("2019-01-02")
    _save(page)
    main = page.locator("main")
    expect(main).to_contain_text("Serious incident notification added.")
    # Due Mon 31 December 2018 over Christmas; made Wed 2 January: a working day late.
    expect(main).to_contain_text("31 December 2018")
    expect(main).to_contain_text("Met 1 working day late")
    expect(main).to_contain_text("15 January 2019")
    _assert_accessible(axe, page, "notification detail")

    page.get_by_role("button", name="Start the rapid review").click()
    page.get_by_label("Date completed and sent to the national panel").fill("2019-01-14")
    page.get_by_label("Commission a local child safeguarding practice review").check()
    _save(page)
    expect(main).to_contain_text("Met")
    _assert_accessible(axe, page, "rapid review detail")

    page.get_by_role("button", name="Commission the local review").click()
    _assert_accessible(axe, page, "review form")
    page.get_by_label("Reference", exact=True).fill("LCSPR 2019-01")
    page.get_by_label("Date commissioned").fill("2019-01-31")
    page.get_by_label("Lead reviewers").fill("Morgan Garrow")
    page.get_by_label("Terms of reference").fill("How agencies shared what they knew.")
    page.get_by_label("Scope").fill("The year before the incident.")
    page.get_by_label("Action plan owner").select_option(label="Jo Carver")
    _save(page)
    expect(main).to_contain_text("Practice review added.")
    expect(main).to_contain_text("31 July 2019")  # 6 months on
    _assert_accessible(axe, page, "review detail")

    page.get_by_role("button", name="Add a finding").click()
    page.get_by_label("The finding").fill("Each agency saw only part of the picture.")
    _save(page)
    page.goto(f"/reviews/review/{PracticeReview.objects.get().pk}/")
    page.get_by_role("button", name="Add a recommendation").click()
    page.get_by_label("The recommendation").fill("Share what each agency knows at the start.")
    _save(page)
    page.goto(f"/reviews/review/{PracticeReview.objects.get().pk}/")
    page.get_by_role("button", name="Raise an action for recommendation 1").click()
    _assert_accessible(axe, page, "raise an action")
    page.get_by_role("button", name="Raise the action").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    _assert_accessible(axe, page, "raise an action with errors")
    page.get_by_label("The action").fill("Run a multi-agency audit of information sharing.")
    page.get_by_label("Owner agency").select_option(label="Testshire County Council")
    page.get_by_label("Due date").fill("2019-09-30")
    page.get_by_role("button", name="Raise the action").click()
    expect(main).to_contain_text("Action raised.")
    expect(main).to_contain_text("1.1 Run a multi-agency audit of information sharing.")
    expect(main).to_contain_text("Each agency saw only part of the picture.")
    _assert_accessible(axe, page, "review with its finding, recommendation and action")
    assert Action.objects.get().recommendation.plan.title == "LCSPR 2019-01: action plan"
    assert SeriousIncident.objects.get().rapid_review.decision == "local-review"


def test_the_group_reads_and_sees_whats_overdue_a_board_member_the_figures(
    new_page, partnership, axe
):
    done = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
    make_rapid_review(done, date(2018, 7, 20), RapidReview.Decision.NO_REVIEW)
    make_incident("SIN 2019-01", date(2019, 2, 4), date(2019, 2, 12))  # rapid review overdue

    group = _open(new_page, make_user(Role.CASE_REVIEW_MEMBER, username="reviewer"))
    group.goto("/home/")
    panel = group.locator("section", has_text="Serious incidents and reviews: overdue")
    expect(panel).to_contain_text("SIN 2019-01")
    expect(panel).to_contain_text("rapid review was due by 25 February 2019")
    _assert_accessible(axe, group, "home with the overdue panel")
    panel.get_by_role("link", name="SIN 2019-01").click()
    expect(group.get_by_role("heading", level=1)).to_have_text("SIN 2019-01")
    expect(
        group.get_by_role("link", name="Change this serious incident notification")
    ).to_have_count(0)
    group.goto("/reviews/")
    expect(group.locator("main")).to_contain_text("working days overdue")
    _assert_accessible(axe, group, "index with open deadlines")
    group.goto("/reviews/figures/?year=2019")
    # Unsuppressed for the group: 2 notified in 2018/19 (6 July, 12 February), 1 on time.
    expect(
        group.get_by_role("row", name=re.compile(r"^Serious incidents notified 2 "))
    ).to_be_visible()
    _assert_accessible(axe, group, "figures, unsuppressed")

    board = _open(new_page, make_user(Role.BOARD_MEMBER, username="board"))
    board.goto("/reviews/")
    expect(board.locator("main")).not_to_contain_text("SIN 2019-01")
    board.get_by_role("link", name=re.compile("The figures for")).click()
    board.goto("/reviews/figures/?year=2019")
    expect(
        board.get_by_role("row", name=re.compile(r"^Serious incidents notified c "))
    ).to_be_visible()
    expect(board.locator("main")).to_contain_text("Numbers from 1 to 5 are shown as c")
    _assert_accessible(axe, board, "figures, suppressed")
    response = board.goto("/reviews/notification/")
    assert response.status == 403
    expect(board.locator("main")).not_to_contain_text("SIN 2019-01")
