"""``safeboard export agency-reports``: the named account's role decides what is in it."""

from __future__ import annotations

import json

from click.testing import CliRunner
from openpyxl import load_workbook

from safeboard.access.roles import Role
from safeboard.agency_reports import services
from safeboard.audit.models import Event
from safeboard.cli.main import main
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    HEALTH,
    PLAN,
    YEAR,
    accepted,
    lead,
    make_themes,
    submitted,
    write_report,
)


def _export(*args):
    return CliRunner().invoke(main, ["export", "agency-reports", *args], catch_exceptions=False)


def _year_of_reports(users):
    business_unit = users[Role.BUSINESS_UNIT]
    make_themes(business_unit)
    accepted(
        users[Role.AGENCY_LEAD],
        business_unit,
        items=[("Neglect", PLAN, "Later."), ("Neglect", DID, "Earlier.")],
    )
    council = submitted(lead(COUNCIL))
    services.report_return(user=business_unit, report=council, comment="Add your plans.")
    health_lead = lead(HEALTH)
    write_report(health_lead, [("Early help", DID, "A draft.")])
    return health_lead


def test_the_chair_exports_accepted_reports_only(users):
    _year_of_reports(users)
    result = _export("--year", str(YEAR), "--as", "independent-chair")
    assert result.exit_code == 0, result.output
    tables = json.loads(result.stdout)["tables"]
    assert [(r["Agency"], r["Status"], r["Items"]) for r in tables["reports"]] == [
        ("Testshire Police", "Accepted", 2)
    ]
    # Items in Appendix B's order: theme, did before plan, then position.
    assert [(i["Theme"], i["Did or plan"], i["Text"]) for i in tables["items"]] == [
        ("Neglect", "What we did", "Earlier."),
        ("Neglect", "What we plan to do", "Later."),
    ]
    assert Event.objects.get(action=Event.Action.EXPORTED).username == "independent-chair"


def test_the_business_unit_exports_every_state_with_the_last_decision(users, tmp_path):
    _year_of_reports(users)
    out = tmp_path / "reports.xlsx"
    result = _export(
        "--year", str(YEAR), "--as", "business-unit", "--format", "xlsx", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    assert {"reports", "items", "themes"} <= set(book.sheetnames)
    rows = list(book["reports"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Agency", "Year", "Status")
    assert [(r[0], r[2], r[5], r[7]) for r in rows[1:]] == [
        ("Testshire County Council", "Returned", "Returned", "Add your plans."),
        ("Testshire Health", "Draft", None, None),
        ("Testshire Police", "Accepted", "Accepted", None),
    ]


def test_an_agency_lead_exports_their_own_agency_only(users):
    health_lead = _year_of_reports(users)
    tables = json.loads(_export("--year", str(YEAR), "--as", health_lead.username).stdout)["tables"]
    assert [r["Agency"] for r in tables["reports"]] == ["Testshire Health"]
    assert [i["Text"] for i in tables["items"]] == ["A draft."]
