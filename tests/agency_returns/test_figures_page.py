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
