"""The workbook reads back with the sheets, cells and number formats of Appendix A."""

from __future__ import annotations

import io

import openpyxl
from click.testing import CliRunner

from safeboard.cli import main
from safeboard.dataset.compute import Figure
from safeboard.dataset.workbook import dataset_workbook


def _figure(indicator, end, numerator, denominator, value, unit, dim="", bvalue=""):
    start = "2017-04-01" if end > "2017-04" else f"{int(end[:4]) - 1}-04-01"
    return Figure(
        indicator, "cumulative", start, end, dim, bvalue, numerator, denominator, value, unit
    )


def test_sheets_periods_values_and_formats():
    figures = [
        _figure("referrals", "2017-03-31", 10546, None, 10546.0, "count"),
        _figure("referrals", "2017-06-30", 2943, None, 2943.0, "count"),
        _figure("referrals", "2018-03-31", 10750, None, 10750.0, "count"),
        _figure("referrals_to_assessment", "2017-06-30", 1247, 2943, 42.4, "percent"),
        _figure("referrals_to_assessment", "2018-03-31", 4544, 10750, 42.3, "percent"),
    ]
    book = openpyxl.load_workbook(io.BytesIO(dataset_workbook(figures, collection_year=2018)))
    assert book.sheetnames == ["2.1", "Definitions"]
    sheet = book["2.1"]
    assert [c.value for c in sheet[1]] == [
        "Table 2.1",
        "Breakdown",
        "2016/17",
        "Q1 2017/18",
        "2017/18",
    ]
    assert [c.value for c in sheet[2]] == ["Referrals received", "Total", 10546, 2943, 10750]
    assert sheet["C2"].number_format == "#,##0"
    # Percentages are stored as fractions with a percent format, as Excel expects.
    assert sheet["D3"].value == 0.424
    assert sheet["D3"].number_format == "0.0%"
    assert sheet["C3"].value is None  # no figure for that period
    definitions = book["Definitions"]
    assert [c.value for c in definitions[1]][:3] == ["Indicator", "Title", "Definition"]
    ids = [row[0].value for row in definitions.iter_rows(min_row=2)]
    assert "referrals" in ids


def test_the_command_writes_a_workbook_of_every_table(imported, tmp_path):
    out = tmp_path / "dataset.xlsx"
    result = CliRunner().invoke(
        main, ["dataset", "--year", "2018", "--format", "xlsx", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "2.1"
    assert book.sheetnames[-1] == "Definitions"
    assert book["2.1"]["A1"].value == "Table 2.1"


def test_xlsx_needs_an_output_file(imported):
    result = CliRunner().invoke(main, ["dataset", "--year", "2018", "--format", "xlsx"])
    assert result.exit_code == 2
    assert "An Excel workbook needs --out FILE." in result.output
