"""Writing an area's tables as JSON, CSV or an Excel workbook, safely.

Spreadsheet programs run a cell that starts with =, +, -, @ (or a tab or
carriage return before one) as a formula: text typed into a record could
then run on the reader's machine. Every text cell that could be read that
way gets a leading apostrophe in CSV and Excel (OWASP's advice); numbers
stay numbers. JSON is data, not a spreadsheet, and is written as stored.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from safeboard.records.areas import BoardArea, Table
from safeboard.records.years import year_label

FORMATS = ("json", "csv", "xlsx")
CONTENT_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell a spreadsheet would run as a formula, made plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def to_json(area: BoardArea, year: int, tables: list[Table]) -> bytes:
    document = {
        "area": area.name,
        "year": year,
        "year_label": year_label(year),
        "tables": {
            table.name: [
                {header: _plain(cell) for header, cell in zip(table.headers, row, strict=True)}
                for row in table.rows
            ]
            for table in tables
        },
    }
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def to_csv(table: Table) -> bytes:
    out = io.StringIO()
    # RFC 4180 line ends, so a carriage return inside a cell is quoted too.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in table.headers])
    for row in table.rows:
        writer.writerow(["" if cell is None else neutralise(_plain(cell)) for cell in row])
    # A byte order mark, so Excel opens pound signs and accents as UTF-8.
    return ("\ufeff" + out.getvalue()).encode()


def to_xlsx(area: BoardArea, year: int, tables: list[Table]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        sheet = workbook.create_sheet(_sheet_title(table.name))
        sheet.append([neutralise(h) for h in table.headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([_xlsx_cell(cell) for cell in row])
        for index, header in enumerate(table.headers, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = max(
                12, min(60, len(header) + 4)
            )
        sheet.freeze_panes = "A2"
    if not tables:
        workbook.create_sheet("Empty")
    workbook.properties.title = f"{area.label} {year_label(year)}"
    workbook.properties.creator = "Safeboard"
    # Fixed times, so the same records give the same file.
    workbook.properties.created = datetime(year, 3, 31)
    workbook.properties.modified = datetime(year, 3, 31)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _xlsx_cell(value):
    if isinstance(value, Decimal):
        return float(value)
    return neutralise(value)


def _sheet_title(name: str) -> str:
    cleaned = "".join(" " if ch in "[]:*?/\\" else ch for ch in name)
    return cleaned[:31] or "Sheet"


def table_named(tables: list[Table], name: str | None) -> Table:
    """The CSV's table: the one named, or the first."""
    if name is None:
        return tables[0]
    for table in tables:
        if table.name == name:
            return table
    names = ", ".join(t.name for t in tables)
    raise LookupError(f"There is no table '{name}' in this export. Choose one of: {names}.")


def file_name(area: BoardArea, year: int, fmt: str, table: str | None = None) -> str:
    label = year_label(year).replace("/", "-")
    suffix = f"-{table}" if table else ""
    return f"{area.name}{suffix}-{label}.{fmt}"


def render(area: BoardArea, year: int, tables: list[Table], fmt: str, table: str | None = None):
    """(bytes, file name) of the export in that format."""
    if fmt == "json":
        return to_json(area, year, tables), file_name(area, year, "json")
    if fmt == "xlsx":
        return to_xlsx(area, year, tables), file_name(area, year, "xlsx")
    if fmt == "csv":
        if not tables:
            raise LookupError("This export has no tables.")
        chosen = table_named(tables, table)
        return to_csv(chosen), file_name(area, year, "csv", chosen.name)
    raise LookupError(f"Unknown format '{fmt}'. Choose one of: {', '.join(FORMATS)}.")
