"""The budget export area: the demo's figures, narrowed by role, logged."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.budget.exports import summary_rows
from safeboard.demo.budget import demo_budget
from safeboard.demo.build import demo_partnership, demo_users
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from tests.budget.helpers import POLICE, budget_2018

pytestmark = pytest.mark.django_db


def _export(user, year: int, fmt: str = "json", table: str | None = None):
    content, name = area_export(
        user=user, area=board_area("budget"), year=year, fmt=fmt, table=table
    )
    return content, name


def _json(user, year: int) -> dict:
    return json.loads(_export(user, year)[0])


def _summary(document) -> dict:
    return {row["Key"]: row["Value"] for row in document["tables"]["summary"]}


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_users()
    demo_budget()
    from safeboard.accounts.models import User

    return User.objects.get(username="demo-business-unit")


def test_the_demos_export_gives_the_reports_income_and_expenditure(demo):
    document = _json(demo, 2018)
    assert list(document["tables"]) == [
        "contributions",
        "expenditure",
        "other-income",
        "review-spending",
        "summary",
    ]
    summary = _summary(document)
    # The source report's section 3: income £125,105, expenditure £157,074.
    assert Decimal(summary["income"]) == Decimal("125105")
    assert Decimal(summary["expenditure"]) == Decimal("157074")
    assert Decimal(summary["balance_brought_forward"]) == Decimal("47000")
    assert Decimal(summary["review_spending"]) == Decimal("42580")
    assert Decimal(summary["balance_carried_forward"]) == Decimal("18000")
    # The tables add up to the same figures.
    contributions = document["tables"]["contributions"]
    assert sum(Decimal(r["Agreed (£)"]) for r in contributions) == Decimal("125105")
    expenditure = document["tables"]["expenditure"]
    assert sum(Decimal(r["Actual (£)"]) for r in expenditure) == Decimal("157074")
    assert sum(Decimal(r["March 2018 (£)"]) for r in expenditure) == Decimal("157074")


def test_the_demos_2018_19_export_carries_the_forecast_warning(demo):
    summary = _summary(_json(demo, 2019))
    assert summary["forecast_months"] == 6
    assert Decimal(summary["projected_carried_forward"]) == Decimal("-38075")
    assert "balance would be −£38,075" in summary["forecast_warning"]


def test_summary_rows_carry_their_definitions(bu):
    budget_2018(bu)
    rows = {row[0]: row for row in summary_rows(2018)}
    assert rows["balance_carried_forward"][4] == (
        "Balance carried forward = brought forward + total income - expenditure - review spending."
    )
    assert rows["review_staff_days"][2:4] == [Decimal("5.5"), "days"]


def test_an_agency_lead_exports_their_own_contribution_and_no_summary(users, bu):
    budget_2018(bu)
    document = _json(users[Role.AGENCY_LEAD], 2018)
    assert "summary" not in document["tables"]
    (row,) = document["tables"]["contributions"]
    assert row["Agency"] == POLICE
    assert row["Share of contributions"] is None
    assert len(document["tables"]["expenditure"]) == 3  # the published lines


def test_each_export_is_logged_without_figures(users, bu):
    budget_2018(bu)
    _export(users[Role.INDEPENDENT_CHAIR], 2018, "xlsx")
    event = Event.objects.get(action=Event.Action.EXPORTED, area="budget")
    assert event.detail["year"] == 2018
    assert "100000" not in json.dumps(event.detail)


def test_csv_cells_cannot_run_as_formulas(bu):
    year = budget_2018(bu)
    year.other_income.update(description='=HYPERLINK("http://example.org")')
    content, _ = _export(bu, 2018, "csv", table="other-income")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[1][1].startswith("'=")


def test_the_export_command_gives_the_reports_figures(demo):
    from click.testing import CliRunner

    from safeboard.cli.main import main

    runner = CliRunner()
    result = runner.invoke(
        main,
        ["export", "budget", "--year", "2018", "--format", "json", "--as", "demo-chair"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    summary = _summary(json.loads(result.stdout))
    assert Decimal(summary["income"]) == Decimal("125105")
    assert Decimal(summary["expenditure"]) == Decimal("157074")
    result = runner.invoke(
        main,
        ["export", "budget", "--year", "2018", "--format", "csv", "--table", "summary"]
        + ["--as", "demo-chair"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    rows = {row[0]: row for row in csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")))}
    assert rows["income"][2:4] == ["125105.00", "£"]
    assert rows["expenditure"][2:4] == ["157074.00", "£"]
