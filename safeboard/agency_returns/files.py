"""The return templates as Excel and CSV files, and reading a filled one back.

Both files have the same columns, one row per value the return asks for:
``figure_id``, ``breakdown_value``, ``title``, ``unit``, ``period``, ``value``.
Only ``figure_id``, ``breakdown_value`` and ``value`` are read back; the others
are there for the person filling it in. A blank ``value`` leaves the figure
empty. The workbook's first sheet is the return; a second sheet says what it
is and how to fill it in.

Reading a file back checks every row first and returns every problem with
its row; the caller stores nothing unless there are none. CSV encodings are
handled by ``safeboard.returns.csvio.open_csv`` (UTF-8 with or without BOM,
UTF-16, Windows-1252 with a warning).
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

from safeboard.agency_returns.definitions import (
    CUMULATIVE,
    PERCENT,
    WEEKS,
    FigureDef,
    ReturnTemplate,
)
from safeboard.agency_returns.services import value_problems
from safeboard.returns.csvio import open_csv
from safeboard.returns.findings import Finding, RefusedFileError

COLUMNS = ("figure_id", "breakdown_value", "title", "unit", "period", "value")
REQUIRED = frozenset({"figure_id", "breakdown_value", "value"})
OPTIONAL = frozenset(COLUMNS) - REQUIRED
RETURN_SHEET = "Return"
ABOUT_SHEET = "About"
MAX_UPLOAD_BYTES = 1024 * 1024  # a filled template is a few kilobytes
MAX_XLSX_EXPANDED_BYTES = 20 * 1024 * 1024  # refuse a workbook that would expand past this

FILE_TOO_BIG = "The file is larger than 1 MB: upload the return template, filled in."
FILE_TYPE = "Upload the template as an Excel workbook (.xlsx) or a CSV file (.csv)."
FILE_EMPTY = "The file is empty."
FILE_UNREADABLE = "The file cannot be read as {kind}: open it and save it again as {kind}."
NO_HEADER = "The first row must name the columns: figure_id, breakdown_value and value."
NO_ROWS = "The file names its columns but gives no figures: fill in the template's rows."
MISSING_COLUMNS = "The column {columns} is missing: keep the template's first row as it is."
NOT_A_NUMBER = (
    "'{value}' is not a whole number: enter a whole number, 0 or more, or leave it blank."
)
GIVEN_TWICE = "This figure is given twice (also on row {row})."

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MEDIA_TYPE = "text/csv; charset=utf-8"

UNIT_WORDS = {
    "count": "number",
    PERCENT: "number (shown as a share)",
    WEEKS: "weeks (median)",
}


def _period_words(figure: FigureDef) -> str:
    return "during the quarter" if figure.period_kind == CUMULATIVE else "at the quarter end"


def template_rows(template: ReturnTemplate, values: dict | None = None) -> list[list]:
    values = values or {}
    return [
        [
            figure.id,
            breakdown,
            figure.title,
            UNIT_WORDS.get(figure.unit, figure.unit),
            _period_words(figure),
            values.get((figure.id, breakdown), ""),
        ]
        for figure, breakdown in template.rows()
    ]


def template_csv(template: ReturnTemplate, values: dict | None = None) -> bytes:
    """The template as CSV, UTF-8 with a byte order mark so Excel opens it correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(template_rows(template, values))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def template_xlsx(template: ReturnTemplate, values: dict | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = RETURN_SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in template_rows(template, values):
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2, min_col=6, max_col=6):
        for cell in row:
            cell.number_format = "0"
    for column, width in zip("ABCDEF", (28, 36, 70, 26, 22, 10), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"

    about = workbook.create_sheet(ABOUT_SHEET)
    about.column_dimensions["A"].width = 100
    lines = [
        f"{template.title} return (template {template.id})",
        template.description,
        f"Submitted by each {template.agency_type} agency, once a quarter.",
        "Fill in the 'value' column of the Return sheet: whole numbers, 0 or more.",
        "Leave a median blank when there were no children to take it over.",
        "Do not change the figure_id or breakdown_value columns.",
        "Upload the filled file on the return's page in Safeboard; every row is checked first.",
    ]
    for line in lines:
        about.append([line])
    about["A1"].font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class RowError:
    row: str  # "row 4", or "file" for the file as a whole
    message: str
    figure_id: str = ""
    value: str = ""


@dataclass
class ParsedUpload:
    values: dict[tuple[str, str], int | None] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _MemoryFile:
    """What ``open_csv`` reads: a name and a binary stream."""

    name: str
    data: bytes

    def open(self):
        return io.BytesIO(self.data)


def read_upload(template: ReturnTemplate, *, name: str, data: bytes) -> ParsedUpload:
    """Every value of a filled template, or every problem with it (nothing half-read)."""
    if not data:
        return ParsedUpload(errors=[RowError("file", FILE_EMPTY)])
    if len(data) > MAX_UPLOAD_BYTES:
        return ParsedUpload(errors=[RowError("file", FILE_TOO_BIG)])
    lowered = name.lower()
    if lowered.endswith(".xlsx") or (not lowered.endswith(".csv") and data[:2] == b"PK"):
        return _read_rows(template, *_xlsx_rows(data))
    if lowered.endswith(".csv"):
        return _read_rows(template, *_csv_rows(name, data))
    return ParsedUpload(errors=[RowError("file", FILE_TYPE)])


def _csv_rows(name: str, data: bytes):
    warnings: list[Finding] = []
    try:
        opened = open_csv(
            _MemoryFile(name, data), required=REQUIRED, optional=OPTIONAL, warnings=warnings
        )
        rows = [(f"row {line}", values) for line, values in opened.rows]
    except RefusedFileError as refused:
        return [], [RowError("file", refused.finding.message)], []
    return rows, [], [w.message for w in warnings]


def _xlsx_rows(data: bytes):
    refused = [RowError("file", FILE_UNREADABLE.format(kind="an Excel workbook (.xlsx)"))]
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > MAX_XLSX_EXPANDED_BYTES:
                return [], [RowError("file", FILE_TOO_BIG)], []
    except zipfile.BadZipFile:
        return [], refused, []
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 (openpyxl raises many kinds for a damaged file)
        return [], refused, []
    try:
        sheet = (
            workbook[RETURN_SHEET]
            if RETURN_SHEET in workbook.sheetnames
            else workbook.worksheets[0]
        )
        lines = sheet.iter_rows(values_only=True)
        header_row = next(lines, None)
        if header_row is None:
            return [], [RowError("row 1", NO_HEADER)], []
        header = [_text(cell).strip() for cell in header_row]
        missing = sorted(REQUIRED - set(header))
        if missing:
            return [], [RowError("row 1", MISSING_COLUMNS.format(columns=", ".join(missing)))], []
        rows = []
        for number, line in enumerate(lines, start=2):
            cells = list(line) + [None] * (len(header) - len(line))
            if all(_text(c).strip() == "" for c in cells):
                continue
            rows.append((f"row {number}", dict(zip(header, cells, strict=False))))
        return rows, [], []
    finally:
        workbook.close()


def _text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell)


def _whole_number(cell) -> int | None | str:
    """The value as an int, None if blank, or the text if it is not a whole number."""
    if isinstance(cell, bool):
        return _text(cell)
    if isinstance(cell, int):
        return cell
    if isinstance(cell, float):
        return int(cell) if cell.is_integer() else _text(cell)
    text = _text(cell).strip().replace(",", "")
    if text == "":
        return None
    if text.isdigit() or (text.startswith("-") and text[1:].isdigit()):
        return int(text)
    return _text(cell).strip()


def _read_rows(template: ReturnTemplate, rows, errors, warnings) -> ParsedUpload:
    parsed = ParsedUpload(errors=list(errors), warnings=list(warnings))
    if errors:
        return parsed
    seen: dict[tuple[str, str], str] = {}
    if not rows:
        parsed.errors.append(RowError("file", NO_ROWS))
    for where, cells in rows:
        figure_id = _text(cells.get("figure_id")).strip()
        breakdown = _text(cells.get("breakdown_value")).strip()
        raw = cells.get("value")
        value = _whole_number(raw)
        if isinstance(value, str):
            parsed.errors.append(
                RowError(where, NOT_A_NUMBER.format(value=value), figure_id, value)
            )
            continue
        problems = value_problems(template, figure_id, breakdown, value)
        if problems:
            parsed.errors += [RowError(where, p, figure_id, _text(raw)) for p in problems]
            continue
        key = (figure_id, breakdown)
        if key in seen:
            parsed.errors.append(
                RowError(where, GIVEN_TWICE.format(row=seen[key].removeprefix("row ")), figure_id)
            )
            continue
        seen[key] = where
        parsed.values[key] = value
    if parsed.errors:
        parsed.values = {}
    return parsed
