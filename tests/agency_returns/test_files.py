"""Template download, then upload: the round trip, and bad files refused row by row."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from safeboard.agency_returns import files
from safeboard.agency_returns.definitions import template_get
from safeboard.agency_returns.models import AgencyReturn, ReturnFigure
from safeboard.audit.models import Event
from tests.agency_returns.helpers import COUNCIL, lead
from tests.factories import sign_in

TEMPLATE = "private_fostering"
FILL = reverse("agency_returns:fill", args=[TEMPLATE, 2018, 1])
UPLOAD = reverse("agency_returns:upload", args=[TEMPLATE, 2018, 1])


@pytest.fixture
def council_lead(client, partnership):
    user = lead(COUNCIL)
    sign_in(client, user)
    return user


def _download(client, fmt: str) -> bytes:
    response = client.get(reverse("agency_returns:template-download", args=[TEMPLATE, fmt]))
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{TEMPLATE}.{fmt}"'
    return response.content


def _upload(client, name: str, content: bytes):
    return client.post(UPLOAD, {"file": SimpleUploadedFile(name, content)})


def _expected() -> dict[tuple[str, str], int]:
    """A value for every row: 10, 11, 12... in the template's order."""
    rows = template_get(TEMPLATE).rows()
    return {(figure.id, breakdown): 10 + n for n, (figure, breakdown) in enumerate(rows)}


def _stored() -> dict[tuple[str, str], int]:
    return {(f.figure_id, f.breakdown_value): f.value for f in ReturnFigure.objects.all()}


def test_xlsx_round_trip(client, council_lead):
    workbook = load_workbook(io.BytesIO(_download(client, "xlsx")))
    assert workbook.sheetnames == ["Return", "About"]
    sheet = workbook["Return"]
    assert [c.value for c in sheet[1]] == list(files.COLUMNS)
    expected = _expected()
    for row in sheet.iter_rows(min_row=2):
        row[5].value = expected[(row[0].value, row[1].value or "")]
    buffer = io.BytesIO()
    workbook.save(buffer)

    response = _upload(client, "filled.xlsx", buffer.getvalue())
    assert response.status_code == 302
    assert response["Location"] == FILL
    assert _stored() == expected
    agency_return = AgencyReturn.objects.get()
    assert agency_return.status == AgencyReturn.Status.DRAFT
    # The figures show on the form, ready to submit.
    page = client.get(FILL).content.decode()
    assert 'value="10"' in page
    events = list(Event.objects.filter(area="agency-returns").order_by("at", "id"))
    assert [(e.action, e.object_type) for e in events] == [
        ("downloaded", "return template"),
        ("imported", "return upload"),
    ]
    assert events[1].detail["stored"] is True
    assert events[1].object_ref == str(agency_return.pk)


def test_csv_round_trip(client, council_lead):
    text = _download(client, "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(files.COLUMNS)
    expected = _expected()
    for row in rows[1:]:
        row[5] = str(expected[(row[0], row[1])])
    out = io.StringIO()
    csv.writer(out).writerows(rows)

    response = _upload(client, "filled.csv", ("\ufeff" + out.getvalue()).encode("utf-8"))
    assert response.status_code == 302
    assert _stored() == expected


def test_a_csv_saved_by_an_old_excel_is_read_with_a_warning():
    content = "figure_id,breakdown_value,value,note\r\npf_begun,,5,café\r\npf_ended,,2,\r\n"
    parsed = files.read_upload(
        template_get(TEMPLATE), name="old.csv", data=content.encode("cp1252")
    )
    assert parsed.errors == []
    assert parsed.values == {("pf_begun", ""): 5, ("pf_ended", ""): 2}
    assert any("Windows-1252" in warning for warning in parsed.warnings)
    assert any("note" in warning for warning in parsed.warnings)


def test_a_breakdown_value_must_match_the_template(client, council_lead):
    content = "figure_id,breakdown_value,value\r\npf_enquiries_by_source,Children’s team,4\r\n"
    response = _upload(client, "curly.csv", content.encode("utf-8"))
    # The template's "Children's team" has a straight apostrophe: a row error.
    assert response.status_code == 200
    page = response.content.decode()
    assert "row 2" in page
    assert "is not one of the values" in page
    assert not ReturnFigure.objects.exists()


def _csv(rows: list[str]) -> bytes:
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def _xlsx(rows: list[list]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


BAD_ROWS = [
    ["figure_id", "breakdown_value", "value"],
    ["pf_begun", "", "5"],
    ["pf_nonsense", "", "3"],
    ["pf_ended", "", "four"],
    ["pf_children_end", "", "2.5"],
    ["pf_enquiries_by_source", "Education", "-1"],
    ["pf_begun", "", "6"],
]
BAD_ERRORS = [
    ("row 3", "'pf_nonsense' is not a figure of the Private fostering return."),
    ("row 4", files.NOT_A_NUMBER.format(value="four")),
    ("row 5", files.NOT_A_NUMBER.format(value="2.5")),
    (
        "row 6",
        (
            "Private fostering enquiries and notifications by source: Education must be a whole "
            "number, 0 or more."
        ),
    ),
    ("row 7", files.GIVEN_TWICE.format(row=2)),
]


def test_every_bad_row_is_reported_and_nothing_is_read():
    template = template_get(TEMPLATE)
    for name, content in (
        ("bad.csv", _csv([",".join(r) for r in BAD_ROWS])),
        ("bad.xlsx", _xlsx(BAD_ROWS)),
    ):
        parsed = files.read_upload(template, name=name, data=content)
        assert [(e.row, e.message) for e in parsed.errors] == BAD_ERRORS, name
        assert parsed.values == {}


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bad_rows_are_shown_on_the_page_and_nothing_is_stored(client, council_lead, kind):
    content = _csv([",".join(r) for r in BAD_ROWS]) if kind == "csv" else _xlsx(BAD_ROWS)
    response = _upload(client, f"bad.{kind}", content)
    assert response.status_code == 200
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Nothing has been stored" in page
    for row, _ in BAD_ERRORS:
        assert f'<td class="govuk-table__cell">{row}</td>' in page
    assert "&#x27;four&#x27; is not a whole number" in page or "&#39;four&#39;" in page
    assert not AgencyReturn.objects.exists()
    assert not ReturnFigure.objects.exists()
    event = Event.objects.get(area="agency-returns")
    assert (event.action, event.detail["stored"], event.detail["errors"]) == ("validated", False, 5)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_missing_column_is_refused(client, council_lead, kind):
    rows = [["figure_id", "value"], ["pf_begun", "5"]]
    content = _csv([",".join(r) for r in rows]) if kind == "csv" else _xlsx(rows)
    parsed = files.read_upload(template_get(TEMPLATE), name=f"x.{kind}", data=content)
    assert len(parsed.errors) == 1
    assert "breakdown_value" in parsed.errors[0].message
    response = _upload(client, f"x.{kind}", content)
    assert "breakdown_value" in response.content.decode()
    assert not ReturnFigure.objects.exists()


def test_files_that_are_not_a_template_are_refused():
    template = template_get(TEMPLATE)
    cases = {
        ("notes.txt", b"hello"): files.FILE_TYPE,
        ("empty.csv", b""): files.FILE_EMPTY,
        ("big.csv", b"x" * (files.MAX_UPLOAD_BYTES + 1)): files.FILE_TOO_BIG,
        ("broken.xlsx", b"PK\x03\x04 not really a zip"): files.FILE_UNREADABLE.format(
            kind="an Excel workbook (.xlsx)"
        ),
        ("header.csv", b"figure_id,breakdown_value,value\n"): files.NO_ROWS,
    }
    for (name, data), message in cases.items():
        parsed = files.read_upload(template, name=name, data=data)
        assert [e.message for e in parsed.errors] == [message], name


def test_a_blank_value_clears_the_figure_and_an_upload_needs_an_open_quarter(client, council_lead):
    assert _upload(client, "a.csv", _csv(["figure_id,breakdown_value,value", "pf_begun,,5"]))
    assert _stored() == {("pf_begun", ""): 5}
    _upload(client, "b.csv", _csv(["figure_id,breakdown_value,value", "pf_begun,,"]))
    assert _stored() == {}
    future = reverse("agency_returns:upload", args=[TEMPLATE, 2100, 1])
    assert client.get(future).status_code == 404


def test_an_upload_to_a_submitted_return_goes_to_the_return(client, council_lead):
    agency_return = AgencyReturn.objects.create(
        template_id=TEMPLATE,
        agency=council_lead.agency,
        collection_year=2018,
        quarter=1,
        status=AgencyReturn.Status.SUBMITTED,
    )
    response = _upload(client, "a.csv", _csv(["figure_id,breakdown_value,value", "pf_begun,,5"]))
    assert response["Location"] == reverse("agency_returns:detail", args=[agency_return.pk])
    assert not ReturnFigure.objects.exists()
