"""A performance analyst imports a return through the site, as a person would,
and every page on the way passes axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from safeboard.access.roles import Role
from safeboard.returns.models import Snapshot
from tests.browser.test_accessibility import AXE_OPTIONS, violation_report
from tests.factories import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GOOD = "area_code,area_name,mid_year,population_0_17\nE07000218,North,2017,12345\nE07000219,South,2017,27000\n"
BAD = "area_code,area_name,mid_year,population_0_17\nE07000218,North,2017,lots\n"


@pytest.fixture(autouse=True)
def _check_in_background(settings):
    # As in production: the check runs in a thread and the page shows progress.
    settings.SAFEBOARD_CHECK_UPLOADS_IN_BACKGROUND = True


@pytest.fixture(scope="module")
def axe():
    return Axe()


def _assert_accessible(axe, page, name: str) -> None:
    expect(page.locator("body")).to_have_class(re.compile(r"\bgovuk-frontend-supported\b"))
    violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
    assert not violations, violation_report(name, page.url, violations)


def _upload(page, tmp_path, content: str):
    page.goto("/returns/")
    page.get_by_role("button", name="Import a return").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import a return")
    page.get_by_label("ONS mid-year population by district (CSV)").check()
    source = tmp_path / "population.csv"
    source.write_text(content)
    page.get_by_label("Files", exact=True).set_input_files(str(source))
    page.get_by_role("button", name="Check the files").click()
    # The progress page hands over to the findings when the check is done.
    page.wait_for_url(re.compile(r"/findings/$"))


def test_analyst_imports_a_file_after_seeing_its_findings(new_page, partnership, tmp_path, axe):
    page = new_page(make_user(Role.PERFORMANCE_ANALYST))
    page.goto("/returns/upload/")
    _assert_accessible(axe, page, "upload")
    _upload(page, tmp_path, GOOD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the findings, then confirm")
    assert Snapshot.objects.count() == 0
    _assert_accessible(axe, page, "findings")
    page.get_by_role("button", name="Confirm and import").click()
    expect(page.locator("main")).to_contain_text("Imported 2 rows.")
    assert Snapshot.objects.get().row_counts == {"population": 2}
    _assert_accessible(axe, page, "snapshot")
    page.get_by_role("link", name="All snapshots").click()
    expect(page.locator("main table")).to_contain_text("In use")
    _assert_accessible(axe, page, "snapshots")


def test_a_refused_file_says_why_and_offers_no_confirm(new_page, partnership, tmp_path, axe):
    page = new_page(make_user(Role.PERFORMANCE_ANALYST))
    _upload(page, tmp_path, BAD)
    expect(page.get_by_role("heading", level=1)).to_have_text("These files cannot be imported")
    expect(page.locator("main table")).to_contain_text("'lots' is not a whole number")
    expect(page.get_by_role("button", name="Confirm and import")).to_have_count(0)
    _assert_accessible(axe, page, "refused findings")
    assert Snapshot.objects.count() == 0


def test_upload_form_errors_and_pseudonym_page_are_accessible(new_page, partnership, axe):
    page = new_page(make_user(Role.BUSINESS_UNIT))
    page.goto("/returns/upload/")
    page.get_by_role("button", name="Check the files").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Select the kind of file you are importing"
    )
    _assert_accessible(axe, page, "upload with errors")
    page.goto("/returns/pseudonym/")
    page.get_by_label("Child id").fill("ABC123")
    page.get_by_role("button", name="Look up").click()
    expect(page.get_by_test_id("pseudonym")).to_have_text(re.compile(r"^[0-9a-f]{20}$"))
    _assert_accessible(axe, page, "pseudonym")
