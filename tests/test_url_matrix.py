"""Every URL, requested as every role and as an anonymous visitor.

The matrix below states, for each named URL, who may open it. A test walks
the URL configuration and fails when a URL is missing here, so a new page
cannot ship without its access rule being written down and tested.
"""

from __future__ import annotations

import importlib
import importlib.util

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from safeboard.access.roles import Role
from safeboard.partnership.models import Person
from tests.factories import agency, sign_in
from tests.matrix_sets import (
    ALL_AGENCIES,
    BUSINESS_UNIT,
    CHILD_LEVEL,
    FRONT_DOOR,
    PUBLIC,
    SIGNED_IN,
)

# url name -> who may open it: PUBLIC, or the set of roles (None = no role).
MATRIX: dict[str, object] = {
    "web:start": FRONT_DOOR,
    "web:accessibility": PUBLIC,
    "web:home": SIGNED_IN,
    "web:search": SIGNED_IN,
    "accounts:sign-in": FRONT_DOOR,
    "accounts:signed-out": PUBLIC,
    "accounts:password-reset": PUBLIC,
    "accounts:password-reset-sent": PUBLIC,
    "accounts:password-reset-confirm": PUBLIC,
    "accounts:password-reset-complete": PUBLIC,
    "accounts:password-change": SIGNED_IN,
    "partnership:overview": SIGNED_IN,
    "partnership:agency-list": SIGNED_IN,
    "partnership:agency-detail": SIGNED_IN,
    "partnership:agency-create": BUSINESS_UNIT,
    "partnership:agency-edit": BUSINESS_UNIT,
    "partnership:person-list": SIGNED_IN,
    # A person in another agency than the user's: own-agency roles must not see them.
    "partnership:person-detail": ALL_AGENCIES,
    "audit:changes": BUSINESS_UNIT,
    "audit:events": BUSINESS_UNIT,
    "returns:snapshot-list": CHILD_LEVEL,
    "returns:snapshot-detail": CHILD_LEVEL,
    "returns:upload": CHILD_LEVEL,
    "returns:pseudonym": BUSINESS_UNIT,
    # Agency returns: every role opens the area; an agency lead sees only their own agency's.
    "agency_returns:list": frozenset(Role),
    "agency_returns:template-detail": frozenset(Role),
    "agency_returns:template-download": frozenset(Role),
    # The police's own return: only its agency lead fills it in or uploads it.
    "agency_returns:fill": frozenset({Role.AGENCY_LEAD}),
    "agency_returns:upload": frozenset({Role.AGENCY_LEAD}),
    # The county council's accepted return: own-agency roles (police) must not see it.
    "agency_returns:detail": ALL_AGENCIES,
    "agency_returns:review": BUSINESS_UNIT,
    "data_quality:overview": SIGNED_IN,
    "agency_returns:figures": SIGNED_IN,
    "agency_returns:figure-detail": SIGNED_IN,
    # Dashboards: aggregates, for every signed-in user (sources in full only for child-level).
    "dashboards:index": SIGNED_IN,
    "dashboards:section": SIGNED_IN,
    "dashboards:figure": SIGNED_IN,
}
# Tested on their own below: they redirect or take POST only.
SPECIAL = {
    "accounts:sign-out",
    "accounts:two-factor-setup",
    "accounts:two-factor-verify",
    # An upload belongs to its uploader: tested in tests/returns/test_web_import.py.
    "returns:upload-progress",
    "returns:upload-status",
    "returns:upload-findings",
    "returns:upload-findings-csv",
    "returns:upload-confirm",
    # A chart needs imported returns to draw: tested in tests/dashboards/test_views.py.
    "dashboards:chart-svg",
}
# The board's areas keep their rows beside their tests: tests/<app>/matrix.py
# holds MATRIX (and SPECIAL, if any) and url(name) for the records it needs.
BOARD_APPS = (
    "records",
    "governance",
    "budget",
    "training",
    "agency_reports",
    "actions",
    "assurance",
    "reviews",
    "cdop",
    "report",
)


def _board_matrix_modules():
    for app in BOARD_APPS:
        if importlib.util.find_spec(f"tests.{app}.matrix") is not None:
            yield app, importlib.import_module(f"tests.{app}.matrix")


for _app, _module in _board_matrix_modules():
    MATRIX.update(_module.MATRIX)
    SPECIAL |= set(getattr(_module, "SPECIAL", ()))

IGNORED_NAMESPACES = {"admin"}  # tested in test_admin_access.py


def _url_names(patterns, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            namespace = pattern.namespace
            if namespace in IGNORED_NAMESPACES:
                continue
            names |= _url_names(pattern.url_patterns, f"{namespace}:" if namespace else prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(prefix + pattern.name)
    return names


def test_every_url_is_in_the_matrix():
    names = _url_names(get_resolver().url_patterns)
    missing = names - set(MATRIX) - SPECIAL
    stale = (set(MATRIX) | SPECIAL) - names
    assert not missing, f"Add these URLs to the access matrix: {sorted(missing)}"
    assert not stale, f"These matrix rows name no URL: {sorted(stale)}"


@pytest.fixture
def other_agency_person(partnership):
    return Person.objects.create(agency=agency("Testshire Health"), full_name="Pat Other")


@pytest.fixture
def snapshot(db):
    from safeboard.returns.models import Snapshot

    return Snapshot.objects.create(
        kind="population", sha256="0" * 64, folder="population-test", imported_by_name="test"
    )


def _url(name: str, other_agency_person, snapshot=None) -> str:
    if name == "returns:snapshot-detail":
        return reverse(name, args=[snapshot.pk])
    if name == "partnership:person-detail":
        return reverse(name, args=[other_agency_person.pk])
    if name in {"partnership:agency-detail", "partnership:agency-edit"}:
        return reverse(name, args=[agency("Testshire Health").pk])
    if name == "accounts:password-reset-confirm":
        return reverse(name, kwargs={"uidb64": "MQ", "token": "not-a-real-token"})
    if name.startswith("agency_returns:"):
        from tests.agency_returns.matrix import agency_return_url

        return agency_return_url(name)
    for app, module in _board_matrix_modules():
        if name.startswith(f"{app}:"):
            return module.url(name)
    if name.startswith("dashboards:"):
        from tests.dashboards.matrix import dashboard_url

        return dashboard_url(name)
    return reverse(name)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_signed_in_access(client, users, other_agency_person, snapshot, name):
    """Every role (and a user with none) against one URL, on one set of records.

    The roles share the test's records (made once, so the whole matrix runs in
    minutes); the failures of every role are reported together.
    """
    url = _url(name, other_agency_person, snapshot)
    wrong = []
    for role in [*Role, None]:
        sign_in(client, users[role])
        response = client.get(url)
        if MATRIX[name] is FRONT_DOOR:
            if response.status_code != 302 or response["Location"] != reverse("web:home"):
                wrong.append(f"{role}: expected a redirect home, got {response.status_code}")
            continue
        allowed = MATRIX[name] is PUBLIC or role in MATRIX[name]
        if allowed and response.status_code != 200:
            wrong.append(f"{role} should open {name}, got {response.status_code}")
        # A refused area is 403; a record outside the user's scope is 404,
        # so its existence does not leak.
        if not allowed and response.status_code not in {403, 404}:
            wrong.append(f"{role} must be refused {name}, got {response.status_code}")
        if not allowed and b"Pat Other" in response.content:
            wrong.append(f"{role} was shown another agency's person on {name}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_anonymous_access(client, partnership, other_agency_person, snapshot, name):
    response = client.get(_url(name, other_agency_person, snapshot))
    if MATRIX[name] in (PUBLIC, FRONT_DOOR):
        assert response.status_code == 200
    else:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:sign-in"))


def test_restricted_role_unverified_is_sent_to_two_factor(client, users):
    sign_in(client, users[Role.CDOP_MEMBER], verified=False)
    response = client.get(reverse("web:home"))
    assert response.status_code == 302
    # The test factory gave this user a confirmed device, so it is asked for a code.
    assert response["Location"].startswith(reverse("accounts:two-factor-verify"))


def test_restricted_role_without_device_is_sent_to_set_up(client, partnership):
    from tests.factories import make_user

    user = make_user(Role.CASE_REVIEW_MEMBER, username="fresh-reviewer")
    client.force_login(user)
    response = client.get(reverse("partnership:overview"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two-factor-setup"))


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR])
def test_unrestricted_roles_need_no_second_factor(client, users, role):
    sign_in(client, users[role], verified=False)
    assert client.get(reverse("web:home")).status_code == 200


def test_sign_out_takes_post_only(client, users):
    sign_in(client, users[Role.BOARD_MEMBER])
    assert client.get(reverse("accounts:sign-out")).status_code == 405
    response = client.post(reverse("accounts:sign-out"))
    assert response.status_code == 302
    assert client.get(reverse("web:home")).status_code == 302


def test_two_factor_pages_need_sign_in(client, partnership):
    for name in ("accounts:two-factor-setup", "accounts:two-factor-verify"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:sign-in"))
