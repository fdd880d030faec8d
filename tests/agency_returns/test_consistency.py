"""Accepted returns reach the consistency engine, with their stock-and-flow relation."""

from __future__ import annotations

import pytest

from safeboard.agency_returns.models import AgencyReturn
from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.sources import workspace_figures
from tests.agency_returns.helpers import COUNCIL, all_values, make_return

ACCEPTED = AgencyReturn.Status.ACCEPTED


def _private_fostering(children_end_q2: int) -> None:
    # Q1: every figure 1, so 1 child privately fostered at 30 June.
    make_return(
        "private_fostering",
        COUNCIL,
        quarter=1,
        status=ACCEPTED,
        values=all_values("private_fostering"),
    )
    q2 = all_values("private_fostering")
    q2.update({("pf_begun", ""): 5, ("pf_ended", ""): 1, ("pf_children_end", ""): children_end_q2})
    make_return("private_fostering", COUNCIL, quarter=2, status=ACCEPTED, values=q2)


@pytest.mark.django_db
def test_stock_and_flow_that_add_up_raise_nothing(partnership):
    _private_fostering(children_end_q2=5)  # 1 at 30 June + 5 begun - 1 ended = 5
    findings = [f for f in check(workspace_figures(2018)) if f.rule == "stock-flow"]
    assert findings == []


@pytest.mark.django_db
def test_a_stock_that_does_not_follow_its_flows_is_flagged(partnership):
    _private_fostering(children_end_q2=3)  # 1 + 5 - 1 = 5, but the return says 3
    findings = [f for f in check(workspace_figures(2018)) if f.rule == "stock-flow"]
    assert len(findings) == 1
    assert {f.source for f in findings[0].figures} == {"return"}
    assert findings[0].difference in (-2, 2)
