"""``safeboard export``: the role of the named account decides; each export is logged."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.cli.main import main
from safeboard.partnership.models import StrategicPriority

pytestmark = pytest.mark.usefixtures("example_area")


def _run(*args):
    return CliRunner().invoke(main, ["export", *args], catch_exceptions=False)


def test_exports_json_as_the_named_account(users, partnership):
    StrategicPriority.objects.create(
        partnership=partnership, number=1, title="=cmd", first_year=2018
    )
    result = _run("example", "--year", "2018", "--as", "board-member")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["tables"]["priorities"] == [{"Number": 1, "Title": "=cmd", "Description": ""}]
    assert Event.objects.get(action=Event.Action.EXPORTED).username == "board-member"


def test_a_role_that_may_not_see_the_area_is_refused(users):
    result = _run("example", "--year", "2018", "--as", "no-role")
    assert result.exit_code == 2
    assert "Refused" in result.stderr
    assert not Event.objects.filter(action=Event.Action.EXPORTED).exists()


def test_unknown_area_and_account_say_what_to_do(users):
    unknown = _run("nothing", "--year", "2018", "--as", "board-member")
    assert unknown.exit_code == 2
    assert "Choose one of:" in unknown.output
    assert "example" in unknown.output
    nobody = _run("example", "--year", "2018", "--as", "nobody")
    assert nobody.exit_code == 2
    assert "No active account is named 'nobody'" in nobody.output


def test_xlsx_needs_a_file(users, tmp_path):
    assert (
        _run(
            "example", "--year", "2018", "--as", Role.BOARD_MEMBER.value, "--format", "xlsx"
        ).exit_code
        == 2
    )
    out = tmp_path / "e.xlsx"
    result = _run(
        "example", "--year", "2018", "--as", "board-member", "--format", "xlsx", "--out", str(out)
    )
    assert result.exit_code == 0
    assert out.read_bytes()[:2] == b"PK"
