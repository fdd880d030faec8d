"""The one "visible to this user" selector, and search going through it."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.access.visibility import visible_to
from safeboard.audit.models import Event
from safeboard.partnership.models import Person
from tests.factories import agency, sign_in


@pytest.fixture
def people(partnership):
    return {
        "police": Person.objects.create(agency=agency("Testshire Police"), full_name="Pol Officer"),
        "health": Person.objects.create(agency=agency("Testshire Health"), full_name="Hel Nurse"),
    }


def _without_nonce(content: bytes) -> bytes:
    content = re.sub(rb'nonce="[^"]+"', b"", content)
    return re.sub(rb'name="csrfmiddlewaretoken" value="[^"]+"', b"", content)


def _names(user) -> set[str]:
    return set(visible_to(user, Person).values_list("full_name", flat=True))


@pytest.mark.parametrize(
    ("role", "sees_health"),
    [
        (Role.BUSINESS_UNIT, True),
        (Role.PERFORMANCE_ANALYST, True),
        (Role.BOARD_MEMBER, True),
        (Role.INDEPENDENT_CHAIR, True),
        (Role.AGENCY_LEAD, False),
        (Role.CDOP_MEMBER, False),
        (Role.CASE_REVIEW_MEMBER, False),
    ],
)
def test_people_by_agency_scope(users, people, role, sees_health):
    names = _names(users[role])
    assert "Pol Officer" in names  # every fixture user works for the police
    assert ("Hel Nurse" in names) is sees_health


def test_no_role_and_anonymous_see_nobody(users, people):
    assert _names(users[None]) == set()
    assert _names(AnonymousUser()) == set()


def test_inactive_user_sees_nothing(users, people):
    user = users[Role.BUSINESS_UNIT]
    user.is_active = False
    assert _names(user) == set()


def test_audit_events_only_for_the_business_unit(users, db):
    Event.objects.create(username="x", action="viewed", area="test")
    for role, user in users.items():
        expected = 1 if role is Role.BUSINESS_UNIT else 0
        assert visible_to(user, Event).count() == expected, role


@pytest.mark.parametrize(
    ("role", "finds"),
    [(Role.AGENCY_LEAD, False), (Role.CDOP_MEMBER, False), (Role.BOARD_MEMBER, True)],
)
def test_search_never_shows_what_a_list_would_hide(client, users, people, role, finds):
    sign_in(client, users[role])
    page = client.get(reverse("web:search"), {"q": "Nurse"}).content.decode()
    assert ("Hel Nurse" in page) is finds
    if not finds:
        assert "0 results" in page


def test_search_finds_agencies_for_everyone_signed_in(client, users):
    sign_in(client, users[Role.AGENCY_LEAD])
    page = client.get(reverse("web:search"), {"q": "Health"}).content.decode()
    assert "Testshire Health" in page


def test_hidden_person_and_missing_person_look_the_same(client, users, people):
    sign_in(client, users[Role.AGENCY_LEAD])
    hidden = client.get(reverse("partnership:person-detail", args=[people["health"].pk]))
    missing = client.get(reverse("partnership:person-detail", args=[999999]))
    assert hidden.status_code == missing.status_code == 404
    # Identical but for the per-response script nonce and masked CSRF token.
    assert _without_nonce(hidden.content) == _without_nonce(missing.content)
    assert b"Hel Nurse" not in hidden.content


def test_agency_page_lists_only_visible_people(client, users, people):
    sign_in(client, users[Role.AGENCY_LEAD])
    page = client.get(reverse("partnership:agency-detail", args=[agency("Testshire Health").pk]))
    assert b"Hel Nurse" not in page.content
    assert b"No people you can see." in page.content
