"""Excel workbooks (``.xlsx``) read as rows of text, for data published as spreadsheets.

DfE's lookup of Ofsted's providers comes as a workbook, its header row under
a title or two, sometimes on more than one sheet. ``sheets`` finds each sheet
whose header row (among its first rows) names a given column, and gives its
rows as text, as a CSV reader would: dates as ISO dates, whole numbers
without ``.0``, blanks as empty text. The workbook has already passed the
zip checks (``sources``: no bomb, no path out of the zip); openpyxl parses
its XML with defusedxml (no entities, no external references) and, in
read-only mode, a row at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from safeboard.returns.findings import RefusedFileError
from safeboard.returns.kinds.base import InputFile

XLSX_RULE = "SB-XLSX"
HEADER_SEARCH_ROWS = 20  # a header row lower than this is not looked for


@dataclass
class Sheet:
    name: str
    header: list[str]
    header_row: int
    rows: Iterator[tuple[int, list[str]]]  # (row number, each column's text, header's order)


def is_workbook(file: InputFile) -> bool:
    return file.name.lower().endswith(".xlsx")


def text(cell) -> str:
    """A cell as a CSV would hold it."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def sheets(file: InputFile, *, marker: str, table: str = "") -> Iterator[Sheet]:
    """Each sheet with a header row naming ``marker`` (any case), its rows read lazily.

    Refuses a workbook that cannot be opened, or none of whose sheets has such a row.
    """
    from openpyxl import load_workbook

    stream = file.open()
    try:
        workbook = load_workbook(stream, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 (openpyxl raises many kinds for a damaged file)
        stream.close()
        raise RefusedFileError.because(
            rule=XLSX_RULE,
            message=f"The workbook cannot be read ({type(error).__name__}).",
            guidance="Open it in Excel and save it again as an Excel workbook (.xlsx), or as CSV.",
            file=file.name,
            table=table,
        ) from error
    found = False
    try:
        for worksheet in workbook.worksheets:
            lines = worksheet.iter_rows(values_only=True)
            for number, line in enumerate(lines, start=1):
                if number > HEADER_SEARCH_ROWS:
                    break
                header = [text(cell) for cell in line]
                if marker.lower() in (name.lower() for name in header):
                    found = True
                    yield Sheet(worksheet.title, header, number, _rows(lines, header, number))
                    break
    finally:
        workbook.close()
        stream.close()
    if not found:
        raise RefusedFileError.because(
            rule=XLSX_RULE,
            message=(
                f"No sheet of the workbook has a header row naming {marker} in its first "
                f"{HEADER_SEARCH_ROWS} rows."
            ),
            guidance="Import the workbook as published, or the sheet saved as CSV.",
            file=file.name,
            table=table,
        )


def _rows(lines, header: list[str], header_row: int) -> Iterator[tuple[int, list[str]]]:
    width = len(header)
    for number, line in enumerate(lines, start=header_row + 1):
        cells = [text(cell) for cell in line][:width]
        if not any(cells):
            continue
        yield number, cells + [""] * (width - len(cells))
