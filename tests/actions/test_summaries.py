"""The action plan figures, each against numbers worked out by hand from the
fixture in conftest.py (its table gives every action's facts on 30 June 2018)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.test import override_settings

from safeboard.access.roles import Role
from safeboard.actions import selectors, summaries
from safeboard.actions.models import Action
from tests.actions.conftest import TODAY

S = Action.Status


def _actions(users):
    return list(selectors.action_list(user=users[Role.BUSINESS_UNIT]))


def test_overall(plans, users):
    summary = summaries.summarise(_actions(users), TODAY)
    assert summary.total == 6
    # not started: a4, b1; on track: a2; at risk: a3; complete: a1, b2
    assert summary.by_status == {S.NOT_STARTED: 2, S.ON_TRACK: 1, S.AT_RISK: 1, S.COMPLETE: 2}
    assert summary.overdue == 2  # a2 (due 29 June), b1 (due 31 May); a3 is due today
    assert summary.stalled == 2  # a3 (90 days since 1 April), b1 (149 days since 1 February)
    assert summary.completion_rate == Decimal("33.3")  # 2 of 6 = 33.33...%
    assert summary.open == 4


def test_per_plan(plans, users):
    groups = summaries.by_plan(_actions(users), TODAY)
    # newest source first: B (1 Feb 2018), then A (14 Jul 2017)
    assert [g.label for g in groups] == ["Neglect audit action plan", "Ofsted 2017 action plan"]
    b, a = (g.summary for g in groups)
    assert (b.total, b.overdue, b.stalled, b.completion_rate) == (2, 1, 1, Decimal("50.0"))
    assert b.by_status == {S.NOT_STARTED: 1, S.ON_TRACK: 0, S.AT_RISK: 0, S.COMPLETE: 1}
    # A: a1 complete, a2 overdue, a3 stalled, a4 neither: 1 of 4 complete = 25%
    assert (a.total, a.overdue, a.stalled, a.completion_rate) == (4, 1, 1, Decimal("25.0"))
    assert a.by_status == {S.NOT_STARTED: 1, S.ON_TRACK: 1, S.AT_RISK: 1, S.COMPLETE: 1}


def test_by_owner_agency(plans, users):
    groups = summaries.by_owner_agency(_actions(users), TODAY)
    rows = {
        g.label: (g.summary.total, g.summary.overdue, g.summary.stalled, g.summary.completion_rate)
        for g in groups
    }
    assert rows == {
        "Testshire County Council": (2, 0, 1, Decimal("0.0")),  # a3 stalled, a4 fine
        "Testshire Health": (1, 1, 1, Decimal("0.0")),  # b1 both
        "Testshire Police": (3, 1, 0, Decimal("66.7")),  # a1, b2 complete; a2 overdue: 2/3
    }
    assert [g.label for g in groups] == sorted(rows)


def test_stalled_boundary_is_n_days(plans, users):
    a3 = next(a for a in _actions(users) if a.pk == plans.actions["a3"].pk)
    # last update 1 April 2018: 89 days on 29 June, 90 on 30 June
    assert summaries.last_activity(a3) == date(2018, 4, 1)
    assert not summaries.is_stalled(a3, date(2018, 6, 29), 90)
    assert summaries.is_stalled(a3, date(2018, 6, 30), 90)
    a4 = next(a for a in _actions(users) if a.pk == plans.actions["a4"].pk)
    # no update: counts from the day it was agreed, 2 April 2018 (89 days before 30 June)
    assert summaries.last_activity(a4) == date(2018, 4, 2)
    assert not summaries.is_stalled(a4, TODAY, 90)
    assert summaries.is_stalled(a4, TODAY, 89)


@override_settings(SAFEBOARD_ACTION_STALLED_DAYS=60)
def test_stalled_days_come_from_the_setting(plans, users):
    # with N = 60: a2 (60 days since 1 May) joins a3 and b1; a4 (89 days) too
    assert summaries.stalled_days() == 60
    assert summaries.summarise(_actions(users), TODAY).stalled == 4


@override_settings(SAFEBOARD_ACTION_STALLED_DAYS=0)
def test_a_bad_stalled_setting_is_refused():
    with pytest.raises(ValueError, match="SAFEBOARD_ACTION_STALLED_DAYS"):
        summaries.stalled_days()


def test_no_actions_has_no_rate():
    assert summaries.completion_rate([]) is None
    empty = summaries.summarise([], TODAY, 90)
    assert (empty.total, empty.overdue, empty.stalled) == (0, 0, 0)
    assert empty.by_status == dict.fromkeys(S, 0)


def test_an_agency_lead_summarises_only_their_own_agency(plans, users):
    # the agency lead is in Testshire Police: a1, a2, b2
    mine = list(selectors.action_list(user=users[Role.AGENCY_LEAD]))
    summary = summaries.summarise(mine, TODAY)
    assert (summary.total, summary.overdue, summary.stalled) == (3, 1, 0)


def test_home_panel_lists_overdue_and_stalled(plans, users):
    bu = selectors.actions_needing_attention(user=users[Role.BUSINESS_UNIT], today=TODAY)
    assert bu["scope"] == "any agency"
    a = plans.actions
    assert [x.pk for x in bu["overdue"]] == [a["b1"].pk, a["a2"].pk]  # by due date
    assert [x.pk for x in bu["stalled"]] == [a["b1"].pk, a["a3"].pk]  # oldest activity first
    lead = selectors.actions_needing_attention(user=users[Role.AGENCY_LEAD], today=TODAY)
    assert lead["scope"] == "your agency"
    assert [x.pk for x in lead["overdue"]] == [a["a2"].pk]
    assert lead["stalled"] == []
    assert selectors.actions_needing_attention(user=users[Role.BOARD_MEMBER], today=TODAY) == {
        "scope": None
    }
