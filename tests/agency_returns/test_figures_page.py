"""The accepted returns as the report's tables, for every signed-in role."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.agency_returns.models import AgencyReturn
from tests.agency_returns.helpers import COUNCIL, all_values, make_return
from tests.factories import sign_in


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.mark.parametrize("role", [Role.BOARD_MEMBER, Role.AGENCY_LEAD, Role.BUSINESS_UNIT, None])
def test_accepted_figures_show_by_quarter_and_drafts_do_not(client, users, role):
    accepted = all_values("private_fostering")
    accepted[("pf_notifications", "")] = 17
    make_return(
        "private_fostering",
        COUNCIL,
        quarter=1,
        status=AgencyReturn.Status.ACCEPTED,
        values=accepted,
    )
    draft = all_values("private_fostering", value=3)
    draft[("pf_notifications", "")] = 23
    make_return("private_fostering", COUNCIL, quarter=2, values=draft)  # a draft: not shown
    sign_in(client, users[role])
    text = _text(client.get(reverse("agency_returns:figures"), {"year": 2018}))
    assert "Agency returns' figures, 2017/18" in text
    row = re.search(r"private fostering arrangements received (\S+) (\S+) (\S+) (\S+)", text)
    assert row is not None, text
    assert row.groups()[:2] == ("17", ":")


def test_a_figure_opens_to_its_definition_sources_and_findings(client, users):
    q1 = all_values("private_fostering")  # 1 child at 30 June
    make_return(
        "private_fostering", COUNCIL, quarter=1, status=AgencyReturn.Status.ACCEPTED, values=q1
    )
    q2 = all_values("private_fostering")
    q2.update({("pf_begun", ""): 5, ("pf_ended", ""): 1, ("pf_children_end", ""): 3})  # not 5
    make_return(
        "private_fostering", COUNCIL, quarter=2, status=AgencyReturn.Status.ACCEPTED, values=q2
    )
    sign_in(client, users[Role.BOARD_MEMBER])
    listing = client.get(reverse("agency_returns:figures"), {"year": 2018}).content.decode()
    url = reverse("agency_returns:figure-detail", args=["pf_children_end"])
    assert f"{url}?year=2018" in listing.replace("&amp;", "&")
    text = _text(client.get(url, {"year": 2018}))
    assert "pf_children_end at the start + pf_begun - pf_ended = pf_children_end at the end" in text
    assert "Q1 Testshire County Council" in text
    assert "Q2 Testshire County Council" in text
    assert "No consistency finding names this figure." not in text  # the stock does not follow
    assert client.get(reverse("agency_returns:figure-detail", args=["no_such"])).status_code == 404
