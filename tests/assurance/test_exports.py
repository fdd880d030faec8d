"""The `audits` and `policies` export areas: contents per role, worked by hand, and logged."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied

from safeboard.access.roles import Role
from safeboard.assurance import services
from safeboard.assurance.models import Policy
from safeboard.audit.models import Event
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from tests.assurance.conftest import COUNCIL, POLICE
from tests.factories import agency


def _export(user, name: str, year: int = 2018) -> dict:
    content, _ = area_export(user=user, area=board_area(name), year=year, fmt="json")
    return json.loads(content)["tables"]


def test_the_audits_export_of_the_year(users, section_11, case_audit):
    services.finding_add(audit=case_audit, title="Chronologies", grade="good")
    services.finding_add(audit=case_audit, title="Drift", grade="inadequate")

    tables = _export(users[Role.BOARD_MEMBER], "audits")

    assert [row["Audit"] for row in tables["audits"]] == [
        "Section 11 round 2017/18",
        "Neglect: multi-agency case audit",
    ]
    assert tables["audits"][1]["Agencies taking part"] == (
        "Testshire County Council; Testshire Health"
    )
    assert len(tables["section_11_grades"]) == 8
    # Both audits are past their planned completion (2017 and February 2018) and not
    # complete: 1 planned, 1 in progress, both overdue.
    assert tables["programme_progress"] == [
        {"Audits": 2, "Planned": 1, "In progress": 1, "Complete": 0, "Overdue": 2}
    ]
    # The last row is every grade: 5 of 8 met (see test_summaries).
    assert tables["section_11_by_standard"][-1] == {
        "Standard": "All standards",
        "Met": 5,
        "Partially met": 2,
        "Not met": 1,
        "Graded": 8,
        "Share met (%)": "62.5",
    }
    assert tables["findings_by_grade"] == [
        {"Grade": "Outstanding", "Findings": 0},
        {"Grade": "Good", "Findings": 1},
        {"Grade": "Requires improvement", "Findings": 0},
        {"Grade": "Inadequate", "Findings": 1},
        {"Grade": "Not graded", "Findings": 0},
    ]


def test_an_agency_leads_audits_export_is_their_own_agencys(users, section_11, case_audit):
    tables = _export(users[Role.AGENCY_LEAD], "audits")

    # The police takes part in the section 11 round only, and sees its own three grades.
    assert [row["Audit"] for row in tables["audits"]] == ["Section 11 round 2017/18"]
    assert {row["Agency"] for row in tables["section_11_grades"]} == {POLICE}
    assert [row["Agency"] for row in tables["section_11_by_agency"]] == [POLICE]


def test_another_year_is_empty(users, section_11):
    tables = _export(users[Role.BUSINESS_UNIT], "audits", year=2019)
    assert tables["audits"] == []
    assert tables["programme_progress"][0]["Audits"] == 0


def test_a_user_with_no_role_cannot_export_audits(users, section_11):
    with pytest.raises(PermissionDenied):
        _export(users[None], "audits")


def test_the_policies_export(users, partnership):
    manual = services.policy_create(
        partnership=partnership,
        title="Procedures manual",
        kind=Policy.Kind.PROCEDURES_MANUAL,
        owner_agency=agency(COUNCIL),
    )
    for number, approved, review in [
        ("1.0", date(2015, 6, 1), date(2017, 6, 1)),  # approved before 2017/18
        ("2.0", date(2017, 7, 1), date(2019, 7, 1)),  # approved in 2017/18, superseded
        ("3.0", date(2018, 4, 2), date(2020, 4, 2)),  # approved in 2018/19: in force now
    ]:
        services.version_add(
            policy=manual,
            number=number,
            status="approved",
            approved_on=approved,
            approved_by="The board",
            next_review_on=review,
        )
    threshold = services.policy_create(
        partnership=partnership,
        title="Threshold document",
        kind=Policy.Kind.THRESHOLD_DOCUMENT,
        owner_agency=agency(COUNCIL),
    )
    services.version_add(
        policy=threshold,
        number="1.0",
        status="approved",
        approved_on=date(2016, 3, 1),
        approved_by="The board",
        next_review_on=date(2018, 2, 1),  # before 31 March 2018: overdue at year end
    )

    tables = _export(users[None], "policies")

    # On 31 March 2018 the manual's 2.0 was in force (3.0 came in April), its review
    # not due till 2019; the threshold document's review was due on 1 February 2018.
    assert [
        (
            row["Policy"],
            row["Version in force at year end"],
            row["Review overdue at year end"],
            row["Version in force now"],
        )
        for row in tables["policies"]
    ] == [("Procedures manual", "2.0", False, "3.0"), ("Threshold document", "1.0", True, "1.0")]
    # 2016/17: the manual's 1.0 (review 1 June 2017, not yet due on 31 March 2017).
    earlier = _export(users[None], "policies", year=2017)["policies"]
    assert [
        (r["Version in force at year end"], r["Review overdue at year end"]) for r in earlier
    ] == [
        ("1.0", False),
        ("1.0", False),
    ]
    # Only 2.0 was approved between 1 April 2017 and 31 March 2018.
    assert [
        (row["Policy"], row["Version"], row["Status now"]) for row in tables["versions_approved"]
    ] == [("Procedures manual", "2.0", "Superseded")]
    event = Event.objects.filter(action=Event.Action.EXPORTED, area="policies").earliest("pk")
    assert event.detail == {
        "format": "json",
        "year": 2018,
        "tables": ["policies", "versions_approved"],
    }


def test_the_command_line_exports_as_the_named_account(users, section_11, tmp_path):
    from click.testing import CliRunner
    from openpyxl import load_workbook

    from safeboard.cli.main import main

    def run(*args):
        return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)

    lead = run("audits", "--year", "2018", "--as", Role.AGENCY_LEAD.value)
    assert lead.exit_code == 0, lead.output
    grades = json.loads(lead.stdout)["tables"]["section_11_grades"]
    assert {row["Agency"] for row in grades} == {POLICE}  # the lead's own agency only

    out = tmp_path / "policies.xlsx"
    book = run(
        "policies", "--year", "2018", "--as", "board-member", "--format", "xlsx", "--out", str(out)
    )
    assert book.exit_code == 0, book.output
    assert load_workbook(out).sheetnames == ["policies", "versions_approved"]
    assert Event.objects.filter(action=Event.Action.EXPORTED).count() == 2
    assert run("audits", "--year", "2018", "--as", "no-role").exit_code == 2
