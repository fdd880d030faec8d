"""Forms speak the Design System: every error says what to do and links to its field."""

from __future__ import annotations

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.accounts.forms import SignInForm
from safeboard.partnership.forms import AgencyForm
from safeboard.web.forms import error_summary
from tests.factories import agency, sign_in


def test_empty_sign_in_says_which_field(db):
    form = SignInForm(data={})
    assert not form.is_valid()
    assert form.errors["username"] == ["Enter your user name"]
    assert form.errors["password"] == ["Enter your password"]


def test_a_form_wide_error_links_to_the_first_field(users, rf):
    request = rf.post(reverse("accounts:sign-in"))
    form = SignInForm(request, data={"username": "board-member", "password": "wrong"})
    assert not form.is_valid()
    summary = str(error_summary(form))
    assert 'href="#id_username"' in summary
    assert "Enter a correct user name and password" in summary


def test_agency_form_messages(partnership):
    form = AgencyForm(data={})
    assert form.errors["name"] == ["Enter name"]
    assert form.errors["agency_type"] == ["Select agency type"]
    duplicate = AgencyForm(data={"name": "Testshire Police", "agency_type": "police"})
    assert duplicate.errors["name"] == ["An agency with this name already exists"]


def test_a_new_agency_has_no_active_box_but_an_existing_one_does(partnership):
    assert "active" not in AgencyForm().fields
    assert "active" in AgencyForm(instance=agency("Testshire Police")).fields


def test_business_unit_adds_an_agency_through_the_site(client, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("partnership:agency-create"),
        {"name": "Testshire Fire", "agency_type": "fire", "is_relevant_agency": "on"},
    )
    created = agency("Testshire Fire")
    assert response["Location"] == reverse("partnership:agency-detail", args=[created.pk])
    assert (created.active, created.is_relevant_agency, created.is_statutory_partner) == (
        True,
        True,
        False,
    )
    assert created.history.first().history_user == users[Role.BUSINESS_UNIT]
