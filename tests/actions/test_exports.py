"""The ``actions`` export area, against figures worked out by hand from conftest.py's plans.

Year 2018 (1 April 2017 to 31 March 2018) is judged as at 31 March 2018:

- a4 was agreed on 2 April 2018, after the year: left out; the other five are in.
- a1: completed on 20 March 2018 (its update that day): complete as at the year end.
- a2: its update of 10 January 2018 made it on track; 80 days before 31 March: not stalled.
- a3: its only update is of 1 April 2018, after the year: not started, and 242 days
  since it was agreed on 1 August 2017: stalled. Due 30 June 2018: not overdue.
- b1, b2: agreed 1 February 2018, no update by 31 March (58 days): neither.
- Updates dated in the year: a1's of 20 March and a2's of 10 January.

Year 2019 (to 31 March 2019): a1 was completed before it began, so left out. As at
31 March 2019 a2, a3, a4 and b1 are past their due dates and without an update for
more than 90 days (overdue and stalled); b2 was completed on 1 June 2018.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from click.testing import CliRunner
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.actions.exports import EXPORT_AREAS, as_at
from safeboard.audit.models import Event
from safeboard.cli.main import main
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from tests.factories import sign_in

AREA = EXPORT_AREAS[0]


def _tables(user, year):
    return {t.name: t for t in AREA.tables(user, year)}


def _column(table, header):
    index = list(table.headers).index(header)
    return [row[index] for row in table.rows]


def test_the_area_is_registered():
    assert board_area("actions") is AREA


def test_as_at_is_the_year_end_or_today():
    assert as_at(2018, today=date(2025, 1, 1)) == date(2018, 3, 31)
    assert as_at(2018, today=date(2017, 11, 5)) == date(2017, 11, 5)


def test_year_2018(plans, users):
    tables = _tables(users[Role.BUSINESS_UNIT], 2018)
    assert list(tables) == ["plans", "recommendations", "actions", "updates"]
    actions = tables["actions"]
    assert _column(actions, "Action") == ["1.1", "1.2", "2.1", "1.1", "1.2"]  # a1 a2 a3 b1 b2
    assert _column(actions, "Status as at") == [
        "Complete",
        "On track",
        "Not started",
        "Not started",
        "Not started",
    ]
    assert _column(actions, "Status now") == [
        "Complete",
        "On track",
        "At risk",
        "Not started",
        "Complete",
    ]
    assert _column(actions, "Overdue as at") == [False] * 5
    assert _column(actions, "Stalled as at") == [False, False, True, False, False]
    assert _column(actions, "Last update as at") == [
        date(2018, 3, 20),
        date(2018, 1, 10),
        None,
        None,
        None,
    ]
    assert set(_column(actions, "As at")) == {date(2018, 3, 31)}
    plans_table = tables["plans"]
    assert _column(plans_table, "Plan") == ["Ofsted 2017 action plan", "Neglect audit action plan"]
    # A: a1, a2, a3 (1 complete, a3 stalled); B: b1, b2
    assert [row[-4:] for row in plans_table.rows] == [[3, 1, 0, 1], [2, 0, 0, 0]]
    assert [row[1:] for row in tables["recommendations"].rows] == [
        [1, "Review early help.", 2],
        [2, "Monitor audits.", 1],  # a4 is not in 2018
        [1, "Use the neglect toolkit.", 2],
    ]
    updates = tables["updates"]
    assert [(row[1], row[3], row[4], row[5]) for row in updates.rows] == [
        ("1.1", date(2018, 3, 20), "Not started", "Complete"),
        ("1.2", date(2018, 1, 10), "Not started", "On track"),
    ]


def test_year_2019(plans, users):
    tables = _tables(users[Role.BUSINESS_UNIT], 2019)
    actions = tables["actions"]
    assert _column(actions, "Action") == ["1.2", "2.1", "2.2", "1.1", "1.2"]  # a2 a3 a4 b1 b2
    assert _column(actions, "Overdue as at") == [True, True, True, True, False]
    assert _column(actions, "Stalled as at") == [True, True, True, True, False]
    assert _column(actions, "Status as at") == [
        "On track",
        "At risk",
        "Not started",
        "Not started",
        "Complete",
    ]
    assert [row[-4:] for row in tables["plans"].rows] == [[3, 0, 3, 3], [2, 1, 1, 1]]
    # a2's 1 May, a3's 1 April, b2's 1 June 2018
    assert len(tables["updates"].rows) == 3


def test_an_agency_lead_exports_their_own_agencys_actions(plans, users):
    tables = _tables(users[Role.AGENCY_LEAD], 2018)  # Testshire Police: a1, a2, b2
    assert _column(tables["actions"], "Owner agency") == ["Testshire Police"] * 3
    assert [row[-4:-2] for row in tables["plans"].rows] == [[2, 1], [1, 0]]
    assert [row[1] for row in tables["recommendations"].rows] == [1, 1]


def test_a_user_without_a_role_cannot_export(plans, users):
    assert not AREA.allowed(users[None])
    assert AREA.allowed(users[Role.BOARD_MEMBER])


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_the_download_is_logged(client, plans, users, fmt):
    sign_in(client, users[Role.BOARD_MEMBER])
    query = "?year=2018" + ("&table=actions" if fmt == "csv" else "")
    response = client.get(reverse("records:export", args=["actions", fmt]) + query)
    assert response.status_code == 200
    assert Event.objects.filter(area="actions", action=Event.Action.EXPORTED).count() == 1
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert len(rows) == 6  # the header and a1, a2, a3, b1, b2


def test_safeboard_export_actions_as_an_agency_lead(plans, users):
    result = CliRunner().invoke(
        main,
        ["export", "actions", "--year", "2018", "--format", "json", "--as", "agency-lead"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    # the police's a1, a2 and b2 only
    assert [row["Owner agency"] for row in document["tables"]["actions"]] == [
        "Testshire Police"
    ] * 3
    assert Event.objects.get(action=Event.Action.EXPORTED).username == "agency-lead"


def test_the_command_line_export_runs(plans, users):
    content, name = area_export(
        user=users[Role.INDEPENDENT_CHAIR], area=AREA, year=2018, fmt="json"
    )
    assert b"Ofsted 2017 action plan" in content
    assert "actions" in name
