"""The pages, per role: list, fill in and submit, review, and the home panel."""

from __future__ import annotations

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.agency_returns.models import AgencyReturn
from tests.agency_returns.helpers import COUNCIL, POLICE, all_values, lead, make_return
from tests.factories import sign_in

LIST = reverse("agency_returns:list")
FILL_PF = reverse("agency_returns:fill", args=["private_fostering", 2018, 1])
FILL_CSE = reverse("agency_returns:fill", args=["cse_team", 2018, 1])


def _as(client, user):
    sign_in(client, user)
    return client


@pytest.fixture
def council_lead(partnership):
    return lead(COUNCIL)


def test_the_business_unit_lists_every_agencys_returns(client, users):
    make_return("police_cse", POLICE, status=AgencyReturn.Status.SUBMITTED)
    page = _as(client, users[Role.BUSINESS_UNIT]).get(LIST, {"year": 2018}).content.decode()
    assert COUNCIL in page
    assert POLICE in page
    assert "Overdue" in page  # 2017-18 ended long ago
    assert "Review<span" in page
    assert reverse("agency_returns:review", args=[AgencyReturn.objects.get().pk]) in page


def test_an_agency_lead_lists_only_their_own_agency(client, users, council_lead):
    make_return("private_fostering", COUNCIL, status=AgencyReturn.Status.ACCEPTED)
    page = _as(client, users[Role.AGENCY_LEAD]).get(LIST, {"year": 2018}).content.decode()
    assert POLICE in page
    assert COUNCIL not in page.split("<h2")[0]  # not in the returns table
    assert reverse("agency_returns:fill", args=["police_cse", 2018, 1]) in page


def test_a_board_member_reads_accepted_returns_only(client, users):
    accepted = make_return("police_cse", POLICE, quarter=1, status=AgencyReturn.Status.ACCEPTED)
    submitted = make_return("police_cse", POLICE, quarter=2, status=AgencyReturn.Status.SUBMITTED)
    client = _as(client, users[Role.BOARD_MEMBER])
    page = client.get(LIST, {"year": 2018}).content.decode()
    assert reverse("agency_returns:detail", args=[accepted.pk]) in page
    assert reverse("agency_returns:detail", args=[submitted.pk]) not in page
    assert "Fill in" not in page
    assert client.get(reverse("agency_returns:detail", args=[submitted.pk])).status_code == 404
    assert client.get(reverse("agency_returns:review", args=[submitted.pk])).status_code == 403


def test_a_bad_year_is_not_found(client, users):
    client = _as(client, users[Role.BUSINESS_UNIT])
    assert client.get(LIST, {"year": "soon"}).status_code == 404
    assert client.get(LIST, {"year": 1999}).status_code == 404


def test_fill_save_and_submit_through_the_form(client, council_lead):
    client = _as(client, council_lead)
    assert client.get(FILL_CSE).status_code == 200
    assert not AgencyReturn.objects.exists()  # looking opens nothing

    saved = client.post(FILL_CSE, {"cse_open": "81", "action": "save"})
    assert saved["Location"] == FILL_CSE
    agency_return = AgencyReturn.objects.get()
    assert agency_return.status == AgencyReturn.Status.DRAFT

    missing = client.post(FILL_CSE, {"cse_open": "81", "cse_open_lac": "", "action": "submit"})
    assert missing.status_code == 200
    assert "Enter of those children, how many were looked after (0 if there were none)" in (
        missing.content.decode()
    )
    not_a_number = client.post(FILL_CSE, {"cse_open": "lots", "action": "save"})
    assert "as a whole number, 0 or more" in not_a_number.content.decode()

    too_many = client.post(FILL_CSE, {"cse_open": "81", "cse_open_lac": "90", "action": "submit"})
    assert too_many.status_code == 200
    assert "cannot be more than" in too_many.content.decode()
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.DRAFT

    done = client.post(FILL_CSE, {"cse_open": "81", "cse_open_lac": "29", "action": "submit"})
    assert done["Location"] == reverse("agency_returns:detail", args=[agency_return.pk])
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.SUBMITTED
    # A submitted return is no longer a form.
    assert client.get(FILL_CSE)["Location"] == done["Location"]


def test_review_send_back_then_accept(client, users, council_lead):
    make_return(
        "private_fostering",
        COUNCIL,
        quarter=4,
        year=2017,
        status=AgencyReturn.Status.ACCEPTED,
        values={("pf_children_end", ""): 7},
    )
    values = all_values("private_fostering", 0) | {
        ("pf_begun", ""): 5,
        ("pf_ended", ""): 3,
        ("pf_children_end", ""): 10,
    }
    agency_return = make_return(
        "private_fostering", COUNCIL, status=AgencyReturn.Status.SUBMITTED, values=values
    )
    review = reverse("agency_returns:review", args=[agency_return.pk])
    bu = _as(client, users[Role.BUSINESS_UNIT])
    page = bu.get(review).content.decode()
    # 7 at the end of 2016-17 + 5 begun - 3 ended = 9, but the return says 10.
    assert "The figures do not balance: 7 at the start" in page
    assert "= 9, but the return gives 10 at the end" in page

    no_comment = bu.post(review, {"decision": "send-back", "comment": ""})
    assert "Say what needs to change" in no_comment.content.decode()
    sent = bu.post(review, {"decision": "send-back", "comment": "Check the children at the end."})
    assert sent.status_code == 302
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.RETURNED

    lead_client = _as(client.__class__(), council_lead)
    fill = lead_client.get(FILL_PF).content.decode()
    assert "Check the children at the end." in fill
    lead_client.post(
        FILL_PF,
        {"action": "submit", **_form_values(values | {("pf_children_end", ""): 9})},
    )
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.SUBMITTED

    assert "The figures balance" in bu.get(review).content.decode()
    accepted = bu.post(review, {"decision": "accept"})
    assert accepted["Location"] == reverse("agency_returns:detail", args=[agency_return.pk])
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.ACCEPTED
    detail = bu.get(accepted["Location"]).content.decode()
    assert "Check the children at the end." in detail  # the history of comments stays
    # Locked: the lead's form now only shows the return; a review goes to it too.
    assert lead_client.get(FILL_PF)["Location"] == accepted["Location"]
    assert bu.get(review)["Location"] == accepted["Location"]


def _form_values(values: dict) -> dict:
    from safeboard.agency_returns.definitions import template_get
    from safeboard.agency_returns.forms import ReturnForm

    form = ReturnForm(template=template_get("private_fostering"))
    return {name: values[key] for name, key in form.keys.items() if key in values}


def test_own_agency_only(client, users, council_lead):
    council_return = make_return("private_fostering", COUNCIL, status="submitted")
    police = _as(client, users[Role.AGENCY_LEAD])
    assert police.get(reverse("agency_returns:detail", args=[council_return.pk])).status_code == (
        404
    )
    assert police.get(FILL_PF).status_code == 404  # not a police return
    assert police.post(FILL_PF, {"action": "save"}).status_code == 404
    # The business unit reviews but never fills in a return.
    bu = _as(client.__class__(), users[Role.BUSINESS_UNIT])
    assert bu.get(FILL_PF).status_code == 403
    # The council's lead sees their own submitted return.
    own = _as(client.__class__(), council_lead)
    assert own.get(reverse("agency_returns:detail", args=[council_return.pk])).status_code == 200


def test_the_home_panel(client, users, council_lead):
    page = _as(client, council_lead).get(reverse("web:home")).content.decode()
    assert "Agency returns" in page
    assert "due from your agency" in page
    board = _as(client.__class__(), users[Role.BOARD_MEMBER]).get(reverse("web:home"))
    assert "Read the agency returns the business unit has accepted." in board.content.decode()
    no_role = _as(client.__class__(), users[None]).get(reverse("web:home"))
    assert "/agency-returns/" not in no_role.content.decode()
