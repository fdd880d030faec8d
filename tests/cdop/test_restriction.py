"""The restriction: case records for the panel's members and the business unit only, after
two-factor sign-in; every read logged; never in others' exports, search or error pages."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.cli.main import main
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from safeboard.web.search import search
from tests.cdop.helpers import (
    make_death,
    make_information,
    make_panel_meeting,
    make_review,
    make_review_meeting,
)
from tests.factories import sign_in

pytestmark = pytest.mark.django_db

REFERENCE = "CDOP-17-777"
OTHERS = [r for r in Role if r not in {Role.BUSINESS_UNIT, Role.CDOP_MEMBER}] + [None]


@pytest.fixture
def case(partnership):
    death = make_death(REFERENCE, died=date(2017, 5, 10), notified=date(2017, 5, 11))
    make_information(death)
    make_review_meeting(death)
    review = make_review(death, make_panel_meeting(date(2017, 11, 15)))
    return death, review


def _case_pages(death, review) -> list[str]:
    return [
        reverse("cdop:death-list") + "?year=2018",
        reverse("cdop:death-detail", args=[death.pk]),
        reverse("cdop:death-history", args=[death.pk]),
        reverse("cdop:review-detail", args=[review.pk]),
        reverse("cdop:review-list"),
        reverse("cdop:panel-meeting-detail", args=[review.meeting_id]),
        reverse("cdop:information-list"),
        reverse("cdop:review-meeting-list"),
    ]


@pytest.mark.parametrize("role", OTHERS, ids=lambda r: r.value if r else "no-role")
def test_no_other_role_reads_a_case_and_the_refusal_names_none(client, users, case, role):
    sign_in(client, users[role])
    for path in _case_pages(*case):
        response = client.get(path)
        assert response.status_code in {403, 404}, path
        assert REFERENCE.encode() not in response.content
    assert not Event.objects.filter(area="cdop").exists()


def test_a_panel_member_must_pass_two_factor_sign_in_first(client, users, case):
    sign_in(client, users[Role.CDOP_MEMBER], verified=False)
    response = client.get(reverse("cdop:death-detail", args=[case[0].pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:two-factor-verify"))
    assert not Event.objects.filter(area="cdop").exists()


def test_every_read_of_a_case_record_is_logged(client, users, case):
    death, review = case
    member = users[Role.CDOP_MEMBER]
    sign_in(client, member)
    pages = _case_pages(death, review)
    for path in pages:
        assert client.get(path).status_code == 200, path
    events = Event.objects.filter(area="cdop", action=Event.Action.VIEWED, username=member.username)
    assert events.count() == len(pages)
    kinds = set(events.values_list("object_type", flat=True))
    assert {"childdeath", "childdeath list", "childdeath history", "casereview"} <= kinds
    # The log names records by id only: never the case number.
    for event in events:
        assert REFERENCE not in json.dumps(event.detail) + event.object_ref + event.path


def test_the_business_unit_reads_and_its_edit_form_is_logged(client, users, case):
    death, _ = case
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse("cdop:death-edit", args=[death.pk])).status_code == 200
    assert Event.objects.filter(area="cdop", object_type="childdeath edit").count() == 1


def test_not_found_pages_name_no_case(client, users, case):
    sign_in(client, users[Role.CDOP_MEMBER])
    response = client.get(reverse("cdop:death-detail", args=[case[0].pk + 999]))
    assert response.status_code == 404
    assert REFERENCE.encode() not in response.content


@pytest.mark.parametrize("role", [Role.BUSINESS_UNIT, Role.CDOP_MEMBER, Role.BOARD_MEMBER])
def test_search_never_returns_a_case(client, users, case, role):
    sign_in(client, users[role])
    for query in (REFERENCE, "CDOP-17", "Testshire", "Neighbourton"):
        assert all("/cdop/" not in r.href for r in search(user=users[role], query=query))
        response = client.get(reverse("web:search"), {"q": query})
        assert response.status_code == 200
        assert b"/cdop/" not in response.content.split(b"<main", 1)[1]
    # The page echoes the words searched for, and nothing else of the case.
    page = client.get(reverse("web:search"), {"q": "CDOP-17"}).content.decode()
    assert REFERENCE not in page


def test_figures_for_everyone_else_are_suppressed_and_name_no_case(client, users, case):
    sign_in(client, users[Role.BOARD_MEMBER])
    page = client.get(reverse("cdop:figures") + "?year=2018").content.decode()
    assert REFERENCE not in page
    # One death reviewed in Testshire: shown as c.
    assert ">c<" in page
    assert reverse("cdop:year") not in page  # no link to the full figures


def test_the_panel_sees_the_full_figures(client, users, case):
    sign_in(client, users[Role.CDOP_MEMBER])
    page = client.get(reverse("cdop:year") + "?year=2018").content.decode()
    assert "Deaths reviewed" in page
    assert ">c<" not in page


def test_the_case_export_is_refused_to_everyone_else(client, users, case):
    area = board_area("cdop")
    for role in OTHERS:
        with pytest.raises(PermissionDenied):
            area_export(user=users[role], area=area, year=2018, fmt="json")
    sign_in(client, users[Role.BOARD_MEMBER])
    assert (
        client.get(reverse("records:export", args=["cdop", "json"]) + "?year=2018").status_code
        == 403
    )
    assert not Event.objects.filter(action=Event.Action.EXPORTED).exists()


def test_the_panel_exports_the_cases_and_it_is_logged(users, case):
    content, _ = area_export(
        user=users[Role.CDOP_MEMBER], area=board_area("cdop"), year=2018, fmt="json"
    )
    tables = json.loads(content)["tables"]
    assert [row["Case number"] for row in tables["deaths"]] == [REFERENCE]
    assert tables["reviews"][0]["Category code"] == 8
    event = Event.objects.get(action=Event.Action.EXPORTED)
    assert event.area == "cdop"
    assert REFERENCE not in json.dumps(event.detail)


def test_the_figures_export_holds_no_case(users, case):
    content, _ = area_export(
        user=users[Role.BOARD_MEMBER], area=board_area("cdop-figures"), year=2018, fmt="json"
    )
    assert REFERENCE not in content.decode()
    rows = json.loads(content)["tables"]["figures"]
    reviewed = {r["Breakdown"]: r["Value"] for r in rows if r["Figure"] == "Deaths reviewed"}
    assert reviewed == {"Testshire": "c", "Neighbourton": "0", "All": "c"}


def test_the_command_line_export_follows_the_role(users, case, tmp_path):
    runner = CliRunner()
    refused = runner.invoke(main, ["export", "cdop", "--year", "2018", "--as", "board-member"])
    assert refused.exit_code == 2
    assert REFERENCE not in refused.output
    for fmt in ("json", "csv", "xlsx"):
        out = tmp_path / f"cdop.{fmt}"
        result = runner.invoke(
            main,
            ["export", "cdop", "--year", "2018", "--as", "cdop-member", "--format", fmt]
            + ["--out", str(out)],
        )
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    assert REFERENCE in (tmp_path / "cdop.json").read_text()


def test_the_board_hub_offers_everyone_else_the_figures_only(client, users, case):
    sign_in(client, users[Role.BOARD_MEMBER])
    hub = client.get(reverse("records:hub")).content.decode()
    assert "Child death review figures" in hub
    assert reverse("cdop:figures") in hub
    assert "Child death reviews</a>" not in hub


def test_the_front_page_points_everyone_else_to_the_figures(client, users, case):
    sign_in(client, users[Role.AGENCY_LEAD])
    page = client.get(reverse("cdop:index")).content.decode()
    assert reverse("cdop:figures") in page
    assert REFERENCE not in page
    assert "restricted" in page


def test_the_server_error_page_shows_nothing_of_the_case(rf, case):
    from safeboard.web.views import server_error

    request = rf.get(reverse("cdop:death-detail", args=[case[0].pk]))
    response = server_error(request)
    assert response.status_code == 500
    assert REFERENCE.encode() not in response.content
