"""The export area ``governance``: its tables per role, the command and the download."""

from __future__ import annotations

import json
from decimal import Decimal

from click.testing import CliRunner
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.cli.main import main
from safeboard.governance.exports import governance_tables
from safeboard.governance.services import meeting_update
from tests.factories import sign_in

TABLES = [
    "members",
    "meetings",
    "attendance",
    "attendance-by-member",
    "attendance-by-agency",
    "vacancies",
]


def _tables(user, year=2018):
    return {t.name: t for t in governance_tables(user, year)}


def _rows(table):
    return [dict(zip(table.headers, row, strict=True)) for row in table.rows]


def test_the_whole_board_export(users, sub_groups):
    tables = _tables(users[Role.BOARD_MEMBER])
    assert list(tables) == TABLES
    # Members of 2017/18: the board's 7, QPME's Hal and Ivy, Procedures' Jay.
    assert len(tables["members"].rows) == 10
    board_meetings = [
        r
        for r in _rows(tables["meetings"])
        if r["Group"] == "Testshire Safeguarding Children Board"
    ]
    # M1..M6 (M0 is 2016/17); M6 cancelled: quoracy not known.
    assert [r["Quorate"] for r in board_meetings] == [False, True, False, True, False, None]
    assert [r["Members counted"] for r in board_meetings][:5] == [3, 4, 2, 4, 3]
    # 2017/18's records: M1 5 + M2 5 + M3 5 + M4 5 + M5 4 = 24.
    assert len(tables["attendance"].rows) == 24
    ann = next(r for r in _rows(tables["attendance-by-member"]) if r["Member"] == "Ann Test")
    assert (ann["Meetings"], ann["Attended"], ann["Attended (%)"]) == (5, 4, Decimal("80.0"))
    health = next(
        r
        for r in _rows(tables["attendance-by-agency"])
        if r["Agency"] == "Testshire Health" and r["Group"].startswith("Testshire")
    )
    assert (health["Meetings"], health["Represented"]) == (5, 4)
    vacancies = {r["Group"]: r for r in _rows(tables["vacancies"])}
    # As at 31 Mar 2018: CSE vacant 212 days; QPME has Ivy but went 191 days without.
    assert vacancies["CSE sub-committee"]["Days vacant"] == 212
    assert vacancies["QPME"]["Without a chair"] is False
    assert vacancies["QPME"]["Days without a chair in the year"] == 191
    assert "Future group" not in vacancies  # set up in 2018/19


def test_an_agency_lead_exports_their_own_agency(users, sub_groups):
    tables = _tables(users[Role.AGENCY_LEAD])  # Testshire Police
    members = _rows(tables["members"])
    # Bob on the board, and the police officers chairing QPME and Procedures.
    assert {m["Member"] for m in members} == {"Bob Test", "Hal Test", "Ivy Test", "Jay Test"}
    assert {r["Member"] for r in _rows(tables["attendance"])} == {"Bob Test"}
    assert {r["Agency"] for r in _rows(tables["attendance-by-agency"])} == {"Testshire Police"}
    # Whole-board figures stay blank for them.
    assert all(r["Quorate"] is None for r in _rows(tables["meetings"]))
    assert tables["vacancies"].rows == []


def test_the_command_exports_json_and_logs(users, board):
    result = CliRunner().invoke(
        main,
        ["export", "governance", "--year", "2018", "--as", "independent-chair"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert list(document["tables"]) == TABLES
    bob = next(r for r in document["tables"]["attendance-by-member"] if r["Member"] == "Bob Test")
    assert bob["Attended (%)"] == "60.0"
    event = Event.objects.get(action=Event.Action.EXPORTED, area="governance")
    assert event.username == "independent-chair"


def test_the_download_neutralises_formulas(client, users, board):
    meeting_update(meeting=board.meetings["M1"], venue="=HYPERLINK(1)")
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.get(
        reverse("records:export", args=["governance", "csv"]) + "?year=2018&table=meetings"
    )
    assert response.status_code == 200
    assert "'=HYPERLINK(1)" in response.content.decode()
    assert Event.objects.filter(action=Event.Action.EXPORTED, area="governance").exists()


def test_a_user_without_a_role_cannot_export(client, users, board):
    sign_in(client, users[None])
    response = client.get(reverse("records:export", args=["governance", "json"]) + "?year=2018")
    assert response.status_code == 403
