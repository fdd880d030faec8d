"""Each role signs in through the real pages in Chromium and sees its areas.

Sign-in goes through the start page and the sign-in form; the roles that need
two-factor sign-in set up their authenticator with the key the set-up page
shows. The service navigation must then list exactly the role's areas, and
the audit trail must be open to the business unit only.
"""

from __future__ import annotations

import base64
import re

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from safeboard.access.roles import ROLES, Role
from safeboard.web.navigation import areas_for
from tests.factories import TEST_PASSWORD, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NO_ROLE = "no-role"
BOARD_AREAS = ["Board", "Case reviews", "Child deaths", "Annual report"]
ALL_SIGNED_IN = ["Home", "Partnership", "Dashboards", *BOARD_AREAS, "Data quality", "Search"]
WITH_AGENCY = [
    "Home",
    "Partnership",
    "Dashboards",
    "Agency returns",
    *BOARD_AREAS,
    "Data quality",
    "Search",
]
# Written out by hand as well as derived from areas_for(), so a change to the
# navigation's rules that opens (or closes) the audit trail or child-level
# returns is caught here.
EXPECTED_AREAS = {
    Role.BUSINESS_UNIT: [
        "Home",
        "Partnership",
        "Returns",
        "Dashboards",
        "Agency returns",
        *BOARD_AREAS,
        "Data quality",
        "Search",
        "Audit",
    ],
    Role.PERFORMANCE_ANALYST: [
        "Home",
        "Partnership",
        "Returns",
        "Dashboards",
        "Agency returns",
        *BOARD_AREAS,
        "Data quality",
        "Search",
    ],
    Role.AGENCY_LEAD: WITH_AGENCY,
    Role.BOARD_MEMBER: WITH_AGENCY,
    Role.INDEPENDENT_CHAIR: WITH_AGENCY,
}
FORBIDDEN_HEADING = "You do not have access to this page"
NAVIGATION = ".govuk-service-navigation__list .govuk-service-navigation__item"


def code_for_key(setup_key: str) -> str:
    """The current code an authenticator app shows for the key on the set-up page."""
    key = setup_key.replace(" ", "").upper()
    key_bytes = base64.b32decode(key + "=" * (-len(key) % 8))
    return f"{totp(key_bytes, step=30, t0=0, digits=6, drift=0):06d}"


def sign_in_through_the_pages(page, username: str, password: str = TEST_PASSWORD):
    page.goto("/")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Safeboard")
    page.get_by_label("User name").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    page.locator("form").get_by_role("button", name="Sign in").click()


def set_up_two_factor(page, user) -> None:
    expect(page).to_have_url(re.compile(r"/accounts/two-factor/setup/\?next=%2Fhome%2F$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    setup_key = page.get_by_test_id("setup-key").inner_text()
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert (
        code_for_key(setup_key)
        == f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    )
    page.get_by_label("Code from your authenticator app").fill(code_for_key(setup_key))
    page.get_by_role("button", name="Continue").click()


def navigation_labels(page) -> list[str]:
    return [text.strip() for text in page.locator(NAVIGATION).all_inner_texts()]


@pytest.mark.parametrize("role", [*Role, None], ids=[*(r.value for r in Role), NO_ROLE])
def test_each_role_signs_in_and_sees_only_its_areas(page, live_server, partnership, role):
    user = make_user(role)
    two_factor = role is not None and ROLES[role].requires_two_factor

    sign_in_through_the_pages(page, user.username)
    if two_factor:
        set_up_two_factor(page, user)
        assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 1
        expect(page.get_by_text("Two-factor sign-in is set up.")).to_be_visible()

    expect(page).to_have_url(f"{live_server.url}/home/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Home")
    expect(page.get_by_text(f"Signed in as {user.username}")).to_be_visible()

    expected = [area.label for area in areas_for(user)]
    assert navigation_labels(page) == expected
    if role in EXPECTED_AREAS:
        assert expected == EXPECTED_AREAS[role]
    assert set(ALL_SIGNED_IN) <= set(expected)
    assert ("Audit" in expected) == (role is Role.BUSINESS_UNIT)

    response = page.goto("/audit/")
    if role is Role.BUSINESS_UNIT:
        assert response.status == 200
        expect(page.get_by_role("heading", level=1)).to_have_text("Changes to records")
        page.get_by_role("link", name="Audit").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Changes to records")
    else:
        assert response.status == 403
        expect(page.get_by_role("heading", level=1)).to_have_text(FORBIDDEN_HEADING)
        assert page.get_by_role("link", name="Audit").count() == 0
        response = page.goto("/audit/events/")
        assert response.status == 403


def test_two_factor_role_reaches_nothing_before_the_code(page, live_server, partnership):
    make_user(Role.PERFORMANCE_ANALYST)
    sign_in_through_the_pages(page, "performance-analyst")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    page.goto("/partnership/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")
    page.get_by_label("Code from your authenticator app").fill("000000")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor sign-in")


def test_sign_out_ends_the_session(page, live_server, partnership):
    make_user(Role.AGENCY_LEAD)
    sign_in_through_the_pages(page, "agency-lead")
    expect(page).to_have_url(f"{live_server.url}/home/")

    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(f"{live_server.url}/accounts/signed-out/")
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)

    page.goto("/home/")
    expect(page).to_have_url(f"{live_server.url}/accounts/sign-in/?next=/home/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Safeboard")


def test_error_summary_links_focus_their_fields(page, live_server, partnership):
    page.goto("/accounts/sign-in/")
    page.locator("form").get_by_role("button", name="Sign in").click()

    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_be_focused()
    links = summary.get_by_role("link")
    expect(links).to_have_count(2)
    links.nth(0).click()
    expect(page.get_by_label("User name")).to_be_focused()
    links.nth(1).click()
    expect(page.get_by_label("Password", exact=True)).to_be_focused()


def test_wrong_password_shows_the_error_summary(page, live_server, partnership):
    make_user(Role.AGENCY_LEAD)
    sign_in_through_the_pages(page, "agency-lead", password="not the password")

    expect(page).to_have_url(f"{live_server.url}/accounts/sign-in/")
    summary = page.locator(".govuk-error-summary")
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    expect(summary).to_contain_text("Enter a correct user name and password.")
    # GOV.UK Frontend moves focus to the summary so screen readers announce it.
    expect(summary).to_be_focused()

    # Each error links to the field to correct; following it focuses the field.
    link = summary.get_by_role("link", name="Enter a correct user name and password", exact=False)
    expect(link).to_have_count(1)
    link.click()
    expect(page.get_by_label("User name")).to_be_focused()
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
