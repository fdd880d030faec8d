"""Importing through the site: upload, findings grouped by rule, explicit confirm."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.returns.models import Snapshot
from tests.factories import sign_in

GOOD = b"area_code,area_name,mid_year,population_0_17\nE07000218,North,2017,12345\nE07000219,South,2017,27000\n"
BAD = b"area_code,area_name,mid_year,population_0_17\nE07000218,North,2017,lots\n"


def _upload(client, content: bytes, name: str = "population.csv", kind: str = "population"):
    return client.post(
        reverse("returns:upload"),
        {"kind": kind, "files": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


@pytest.fixture
def analyst(client, users):
    sign_in(client, users[Role.PERFORMANCE_ANALYST])
    return users[Role.PERFORMANCE_ANALYST]


def _token(response) -> str:
    return response["Location"].rstrip("/").split("/")[-1]


def test_nothing_is_stored_before_the_confirm(client, analyst):
    response = _upload(client, GOOD)
    assert response.status_code == 302
    token = _token(response)
    findings = client.get(reverse("returns:upload-findings", args=[token]))
    assert "Check the findings, then confirm" in findings.content.decode()
    assert Snapshot.objects.count() == 0

    confirmed = client.post(reverse("returns:upload-confirm", args=[token]), {"confirm": "1"})
    snapshot = Snapshot.objects.get()
    assert confirmed["Location"] == reverse("returns:snapshot-detail", args=[snapshot.pk])
    assert snapshot.row_counts == {"population": 2}
    assert snapshot.imported_by == analyst
    actions = list(Event.objects.filter(area="returns").values_list("action", flat=True))
    assert "imported" in actions


def test_a_refused_file_shows_findings_by_rule_and_cannot_be_confirmed(client, analyst):
    token = _token(_upload(client, BAD))
    page = client.get(reverse("returns:upload-findings", args=[token])).content.decode()
    assert "These files cannot be imported" in page
    assert "SB-TYPE" in page
    assert "&#39;lots&#39; is not a whole number" in page
    assert "Confirm and import" not in page
    response = client.post(reverse("returns:upload-confirm", args=[token]), {"confirm": "1"})
    assert response.status_code == 404
    assert Snapshot.objects.count() == 0


def test_findings_download_as_csv_and_the_download_is_logged(client, analyst):
    token = _token(_upload(client, BAD))
    response = client.get(reverse("returns:upload-findings-csv", args=[token]))
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().splitlines()
    assert lines[0].startswith("rule,severity,file,table,field,position")
    assert lines[1].startswith("SB-TYPE,error,population.csv,population,population_0_17,line 2")
    assert Event.objects.filter(action=Event.Action.DOWNLOADED, area="returns").count() == 1


def test_discard_removes_the_upload(client, analyst, settings):
    token = _token(_upload(client, GOOD))
    client.post(reverse("returns:upload-confirm", args=[token]), {"discard": "1"})
    assert not (settings.WORKSPACE.root / "uploads" / token).exists()
    assert client.get(reverse("returns:upload-findings", args=[token])).status_code == 404
    assert Snapshot.objects.count() == 0


def test_an_upload_is_its_uploaders_only(client, users, analyst):
    token = _token(_upload(client, GOOD))
    sign_in(client, users[Role.BUSINESS_UNIT])
    for name in ("returns:upload-progress", "returns:upload-status", "returns:upload-findings"):
        assert client.get(reverse(name, args=[token])).status_code == 404
    assert client.post(reverse("returns:upload-confirm", args=[token])).status_code == 404


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR])
def test_roles_without_child_level_data_are_refused(client, users, role):
    sign_in(client, users[role])
    assert _upload(client, GOOD).status_code == 403
    fake = "0" * 32
    for name in ("returns:upload-progress", "returns:upload-status", "returns:upload-findings"):
        assert client.get(reverse(name, args=[fake])).status_code == 403


def test_status_reports_progress_as_json(client, analyst):
    token = _token(_upload(client, GOOD))
    status = client.get(reverse("returns:upload-status", args=[token])).json()
    assert status["state"] == "checked"
    assert status["done"] == status["total"] == len(GOOD)


def test_pseudonym_look_up_is_logged_without_the_id(client, users, settings):
    from safeboard.returns.pseudonymise import Pseudonymiser

    sign_in(client, users[Role.BUSINESS_UNIT])
    page = client.post(reverse("returns:pseudonym"), {"child_id": "RAW-ID-4242"}).content.decode()
    expected = Pseudonymiser.for_workspace(settings.WORKSPACE).child("RAW-ID-4242")
    assert expected in page
    assert "RAW-ID-4242" not in page
    event = Event.objects.get(action=Event.Action.LOOKED_UP)
    assert event.object_ref == expected
    assert "RAW-ID-4242" not in str(event.detail) + event.path


def test_reference_data_is_offered_and_imported_like_any_file(client, analyst):
    page = client.get(reverse("returns:upload")).content.decode()
    assert "ONS Postcode Directory" in page
    assert "URN lookup" in page
    lookup = (
        b"URN,Local authority,Placement code,Placement provider code,Deregistration date,"
        b"Setting address postcode\nSC123456,Warwickshire,K2,PR4,,CV34 4RL\n"
    )
    token = _token(_upload(client, lookup, name="urn_lookup.csv", kind="providers"))
    client.post(reverse("returns:upload-confirm", args=[token]), {"confirm": "1"})
    snapshot = Snapshot.objects.get()
    assert (snapshot.kind, snapshot.row_counts) == ("providers", {"providers": 1})
