"""Export writers: formula injection neutralised, numbers kept, every table present."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from safeboard.access.visibility import Visibility
from safeboard.records import exports
from safeboard.records.areas import BoardArea, Table

AREA = BoardArea("things", "Things", "", "web:home", Visibility.SIGNED_IN, lambda u, y: [])
HOSTILE = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
TABLES = [
    Table(
        "first",
        ["Name", "Amount", "When"],
        [[h, Decimal("12.50"), date(2018, 3, 31)] for h in HOSTILE],
    ),
    Table("second", ["Count"], [[7], [None]]),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_a_spreadsheet_would_run_is_made_text(text):
    assert exports.neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["plain", "a=b", "1-2", "", 5, Decimal("-3"), None])
def test_other_cells_are_left_alone(value):
    assert exports.neutralise(value) == value


def test_csv_neutralises_text_and_keeps_numbers_and_dates():
    content = exports.to_csv(TABLES[0]).decode()
    assert content.startswith("\ufeff")  # so Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows[0] == ["Name", "Amount", "When"]
    assert [row[0] for row in rows[1:]] == ["'" + h for h in HOSTILE]
    assert {row[1] for row in rows[1:]} == {"12.50"}
    assert {row[2] for row in rows[1:]} == {"2018-03-31"}


def test_xlsx_has_a_sheet_per_table_with_safe_text_and_real_numbers():
    book = load_workbook(io.BytesIO(exports.to_xlsx(AREA, 2018, TABLES)))
    assert book.sheetnames == ["first", "second"]
    first = book["first"]
    assert [c.value for c in first[1]] == ["Name", "Amount", "When"]
    assert [first.cell(row=r, column=1).value for r in range(2, 8)] == ["'" + h for h in HOSTILE]
    assert first.cell(row=2, column=2).value == 12.5
    assert all(first.cell(row=r, column=1).data_type == "s" for r in range(2, 8))
    # An empty last row is an empty row: the sheet ends after the 7.
    assert [c.value for c in book["second"]["A"]] == ["Count", 7]


def test_the_same_tables_give_the_same_workbook():
    assert exports.to_xlsx(AREA, 2018, TABLES) == exports.to_xlsx(AREA, 2018, TABLES)


def test_json_holds_every_table_as_rows_keyed_by_header():
    document = json.loads(exports.to_json(AREA, 2018, TABLES))
    assert document["area"] == "things"
    assert document["year_label"] == "2017/18"
    assert document["tables"]["second"] == [{"Count": 7}, {"Count": None}]
    assert document["tables"]["first"][0] == {
        "Name": HOSTILE[0],
        "Amount": "12.50",
        "When": "2018-03-31",
    }


def test_csv_of_an_unknown_table_names_the_tables_there_are():
    with pytest.raises(LookupError, match="Choose one of: first, second"):
        exports.render(AREA, 2018, TABLES, "csv", "third")


def test_csv_writes_the_chosen_table_and_names_the_file_after_it():
    content, name = exports.render(AREA, 2018, TABLES, "csv", "second")
    assert name == "things-second-2017-18.csv"
    assert content.decode().lstrip("\ufeff").splitlines() == [
        "Count",
        "7",
        '""',
    ]  # a lone empty cell is quoted
