"""The dataset as an Excel workbook laid out like the source report's Appendix A.

One sheet per report table (2.1, 2.2 ... 4.3): a row per indicator and
breakdown value, the periods as columns (the four earlier years, then the
year's quarters), numbers stored as numbers with their formats. A
"Definitions" sheet gives every indicator's definition and source.
"""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from safeboard.dataset.compute import Figure
from safeboard.dataset.periods import collection_year_of, year_label
from safeboard.dataset.registry import indicators

NUMBER_FORMATS = {"count": "#,##0", "percent": "0.0%", "rate_per_10000": "0.0"}
BOLD = Font(bold=True)
OTHER = "Other measures"


def _period_label(figure: Figure, collection_year: int) -> str:
    month = int(figure.period_end[5:7])
    year = collection_year_of(date.fromisoformat(figure.period_end))
    if year != collection_year or figure.period_end.endswith("03-31"):
        return year_label(year)
    quarter = {6: 1, 9: 2, 12: 3}[month]
    return f"Q{quarter} {year_label(year)}"


def _sheet_name(report_table: str) -> str:
    # Excel forbids some characters and more than 31 of them.
    cleaned = "".join(c for c in report_table if c not in "[]:*?/\\")
    return (cleaned or "Other")[:31]


def dataset_workbook(
    figures: list[Figure], *, collection_year: int, withheld: frozenset | set = frozenset()
) -> bytes:
    """The dataset as a workbook laid out like Appendix A.

    ``withheld`` names the figures disclosure control suppresses, as
    (indicator, period_end, breakdown_dim, breakdown_value): their cells read
    "c" (the published workbook beside the annual report).
    """
    book = Workbook()
    book.remove(book.active)
    metadata = indicators()
    by_table: dict[str, list[Figure]] = defaultdict(list)
    for figure in figures:
        table = metadata[figure.indicator].report_table.split(",")[0].strip()
        # Figures the report did not print in a numbered table (DfE measures,
        # local measures, narrative ones) share one sheet.
        by_table[table if table[:1].isdigit() else OTHER].append(figure)

    for table in sorted(by_table, key=_table_order):
        sheet = book.create_sheet(_sheet_name(table))
        rows = by_table[table]
        periods: list[str] = []
        for figure in rows:
            label = _period_label(figure, collection_year)
            if label not in periods:
                periods.append(label)
        heading = f"Table {table}" if table != OTHER else OTHER
        sheet.append([heading, "Breakdown", *periods])
        for cell in sheet[1]:
            cell.font = BOLD
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        lines: dict[tuple, dict[str, Figure]] = {}
        for figure in rows:
            key = (figure.indicator, figure.breakdown_dim, figure.breakdown_value)
            lines.setdefault(key, {})[_period_label(figure, collection_year)] = figure
        for (indicator_id, dim, value), cells in lines.items():
            ind = metadata[indicator_id]
            label = f"{dim}: {value}" if dim else "Total"
            row = [ind.title, label]
            for period in periods:
                figure = cells.get(period)
                if figure is not None and (
                    (
                        figure.indicator,
                        figure.period_end,
                        figure.breakdown_dim,
                        figure.breakdown_value,
                    )
                    in withheld
                ):
                    row.append("c")
                elif figure is None or figure.value is None:
                    row.append(None)
                elif ind.unit == "percent":
                    row.append(figure.value / 100)
                else:
                    row.append(figure.value)
            sheet.append(row)
            number_format = NUMBER_FORMATS[ind.unit]
            for cell in sheet[sheet.max_row][2:]:
                cell.number_format = number_format
        sheet.column_dimensions["A"].width = 48
        sheet.column_dimensions["B"].width = 30
        for index in range(3, len(periods) + 3):
            sheet.column_dimensions[get_column_letter(index)].width = 14
        sheet.freeze_panes = "C2"
        # Printed (or saved as PDF) a table fits the page's width, as in the report.
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0

    definitions = book.create_sheet("Definitions")
    definitions.append(["Indicator", "Title", "Definition", "Source", "Unit", "Period", "Table"])
    for cell in definitions[1]:
        cell.font = BOLD
    for ind in metadata.values():
        definitions.append(
            [
                ind.id,
                ind.title,
                ind.definition,
                ind.source,
                ind.unit,
                ind.period_kind,
                ind.report_table,
            ]
        )
    definitions.column_dimensions["C"].width = 80
    for row in definitions.iter_rows(min_row=2):
        row[2].alignment = Alignment(wrap_text=True, vertical="top")

    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _table_order(table: str) -> tuple:
    if table == OTHER:
        return ((2, ""),)
    parts = []
    for part in table.replace("-", ".").split("."):
        parts.append((0, int(part)) if part.isdigit() else (1, part))
    return tuple(parts)
