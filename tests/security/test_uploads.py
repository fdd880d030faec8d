"""Every upload is limited in type and size, stores nothing when refused, and never
comes back as HTML (ASVS 12.1.1, 12.2.1, 12.5.2, 5.3.1).

Action evidence and policy documents have their own tests of type and size
(tests/actions/test_evidence.py, tests/assurance/test_policies.py); these cover the
other three uploads through their pages: statutory returns, the training bookings
import and agency returns. Each is sent a page of HTML with a script, named as the
file it should be, and a file over its limit.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.agency_returns import files as agency_files
from safeboard.agency_returns.models import ReturnFigure
from safeboard.returns.models import Snapshot
from safeboard.training import imports as training_imports
from safeboard.training.models import Booking
from tests.agency_returns.helpers import COUNCIL, lead
from tests.factories import sign_in
from tests.training.conftest import build_programme

SCRIPT = "<script>alert('uploaded')</script>"
HTML = f"<!DOCTYPE html><html><body>{SCRIPT}<p>population</p></body></html>\n".encode()


def _never_reflected(response) -> None:
    """The uploaded markup never reaches a page unescaped."""
    assert SCRIPT not in response.content.decode(errors="replace")


# --- statutory returns (/returns/upload/) -------------------------------------------------


def _return_upload(client, content: bytes, name: str = "population.csv"):
    response = client.post(
        reverse("returns:upload"),
        {"kind": "population", "files": SimpleUploadedFile(name, content, content_type="text/csv")},
    )
    assert response.status_code == 302
    token = response["Location"].rstrip("/").split("/")[-1]
    return token, client.get(reverse("returns:upload-findings", args=[token]))


@pytest.fixture
def analyst(client, users):
    sign_in(client, users[Role.PERFORMANCE_ANALYST])
    return users[Role.PERFORMANCE_ANALYST]


def test_a_return_that_is_html_is_refused_and_not_reflected(client, analyst):
    token, findings = _return_upload(client, HTML)
    page = findings.content.decode()
    assert "These files cannot be imported" in page
    _never_reflected(findings)
    confirm = client.post(reverse("returns:upload-confirm", args=[token]), {"confirm": "1"})
    assert confirm.status_code == 404
    assert Snapshot.objects.count() == 0


def test_a_return_over_the_size_limit_is_refused(client, analyst, settings):
    settings.SAFEBOARD_MAX_IMPORT_BYTES = 100
    content = b"area_code,area_name,mid_year,population_0_17\n" + (
        b"E07000218,North,2017,12345\n" * 10
    )
    assert len(content) > 100
    token, findings = _return_upload(client, content)
    page = findings.content.decode()
    assert "These files cannot be imported" in page
    assert "SAFEBOARD_MAX_IMPORT_BYTES" in page  # says what to do
    assert client.post(reverse("returns:upload-confirm", args=[token])).status_code == 404
    assert Snapshot.objects.count() == 0


def test_the_returns_findings_download_is_an_attachment_never_html(client, analyst):
    token, _ = _return_upload(client, HTML)
    response = client.get(reverse("returns:upload-findings-csv", args=[token]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


# --- training bookings (/board/training/import/) ------------------------------------------


@pytest.fixture
def business_unit(client, users):
    build_programme(users)
    sign_in(client, users[Role.BUSINESS_UNIT])
    return users[Role.BUSINESS_UNIT]


def _training_upload(client, data: bytes, name: str = "bookings.csv"):
    return client.post(reverse("training:import"), {"file": SimpleUploadedFile(name, data)})


def test_training_import_of_html_is_refused_and_not_reflected(client, business_unit):
    before = Booking.objects.count()
    response = _training_upload(client, HTML)
    assert response.status_code == 200
    assert "The column" in response.content.decode()  # names the missing columns
    assert "Every row of the file is right" not in response.content.decode()
    _never_reflected(response)
    assert Booking.objects.count() == before


def test_training_import_over_five_megabytes_is_refused(client, business_unit):
    before = Booking.objects.count()
    data = b"x" * (training_imports.MAX_BYTES + 1)
    response = _training_upload(client, data)
    assert response.status_code == 200
    assert training_imports.FILE_TOO_BIG in response.content.decode()
    assert Booking.objects.count() == before


# --- agency returns (/agency-returns/.../upload/) -----------------------------------------

AGENCY_UPLOAD = reverse("agency_returns:upload", args=["private_fostering", 2018, 1])


@pytest.fixture
def council_lead(client, partnership):
    user = lead(COUNCIL)
    sign_in(client, user)
    return user


@pytest.mark.parametrize("name", ["return.csv", "return.xlsx", "return.html"])
def test_agency_return_of_html_is_refused_and_not_reflected(client, council_lead, name):
    response = client.post(AGENCY_UPLOAD, {"file": SimpleUploadedFile(name, HTML)})
    page = response.content.decode()
    refusals = (
        agency_files.FILE_TYPE,
        "columns breakdown_value, figure_id, value are missing",
        "cannot be read as an Excel workbook",
    )
    assert any(refusal in page for refusal in refusals)
    _never_reflected(response)
    assert not ReturnFigure.objects.exists()


def test_agency_return_over_its_limit_is_refused(client, council_lead):
    data = b"figure_id,breakdown_value,value\n" + b"pf_begun,,5\n" * (
        agency_files.MAX_UPLOAD_BYTES // 12 + 1
    )
    assert len(data) > agency_files.MAX_UPLOAD_BYTES
    response = client.post(AGENCY_UPLOAD, {"file": SimpleUploadedFile("big.csv", data)})
    assert agency_files.FILE_TOO_BIG in response.content.decode()
    assert not ReturnFigure.objects.exists()
