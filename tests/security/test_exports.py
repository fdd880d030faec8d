"""Downloads a spreadsheet opens never run a formula from the data (ASVS 5.3.x, CSV injection).

The board's exports are covered in tests/records/test_exports.py; the findings of
an import carry values straight from the uploaded file, so they are tested here,
through the site's download and the command line's writer.
"""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.returns.pipeline import return_import
from safeboard.returns.reporting import findings_csv
from tests.factories import sign_in

# A population extract whose bad values would each run as a formula in a spreadsheet.
HOSTILE = (
    "area_code,area_name,mid_year,population_0_17\n"
    'E07000218,North,2017,=HYPERLINK("http://example.invalid")\n'
    "E07000219,South,2017,+1+2\n"
    "E07000220,East,2017,-3+4\n"
    "E07000221,West,2017,@SUM(1)\n"
)


def _value_cells(text: str) -> list[str]:
    return [row["value"] for row in csv.DictReader(io.StringIO(text)) if row["value"]]


def test_the_findings_csv_makes_formula_cells_text(db, tmp_path):
    path = tmp_path / "population.csv"
    path.write_text(HOSTILE)
    result = return_import(kind="population", paths=[path], validate_only=True)
    values = _value_cells(findings_csv(result.findings))
    # Worked out by hand: the four bad population values, each behind an apostrophe.
    assert sorted(values) == sorted(
        ['\'=HYPERLINK("http://example.invalid")', "'+1+2", "'-3+4", "'@SUM(1)"]
    )


@pytest.fixture
def analyst(client, users):
    sign_in(client, users[Role.PERFORMANCE_ANALYST])


def test_the_findings_download_makes_formula_cells_text(client, analyst):
    upload = SimpleUploadedFile("population.csv", HOSTILE.encode(), content_type="text/csv")
    response = client.post(reverse("returns:upload"), {"kind": "population", "files": upload})
    token = response["Location"].rstrip("/").split("/")[-1]
    download = client.get(reverse("returns:upload-findings-csv", args=[token]))
    values = _value_cells(download.content.decode())
    assert len(values) == 4
    assert all(value.startswith("'") for value in values)
