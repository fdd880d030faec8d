"""What Safeboard's own CSV extracts share (FORMATS.md 2): one table, read row by row.

UTF-8 (a BOM is accepted; other encodings are read with a warning by csvio),
a header row, columns in any order, extra columns ignored with a warning.
A file with a header and no rows is refused: an extract with nothing in it
is a failed export, not a period with no activity.
"""

from __future__ import annotations

from collections.abc import Iterator

from safeboard.returns.csvio import CSV_RULE, open_csv
from safeboard.returns.findings import RefusedFileError
from safeboard.returns.kinds.base import InputFile, RawRow, ReadContext, ReturnKind
from safeboard.returns.spec import TableSpec

FILES_RULE = "SB-FILE"


def line_number_sql(position: str = "_position") -> str:
    """DuckDB: the line number of a position such as 'line 12' (to order rows as in the file)."""
    return f"CAST(regexp_extract({position}, '([0-9]+)$', 1) AS BIGINT)"


class CsvExtract(ReturnKind):
    """A one-table CSV extract; subclasses give ``table``, ``header_required`` and code lists."""

    table: TableSpec
    header_required: frozenset[str]  # columns the header must have; the others are optional
    codelists: dict[str, frozenset[str]] = {}
    single_file = False  # True when the rows of several files would be ambiguous

    def table_specs(self, collection_year):
        return {self.table.name: self.table}

    def codes(self, codelist: str, collection_year: int | None) -> set[str]:
        return set(self.codelists[codelist])

    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        if self.single_file and len(files) > 1:
            raise RefusedFileError.because(
                rule=FILES_RULE,
                message=f"{len(files)} files were given; a {self.label} extract is one file.",
                guidance="Import one file that holds every row.",
                file=", ".join(f.name for f in files),
            )
        table = self.table.name
        optional = self.table.column_names - self.header_required
        for file in files:
            csv_file = open_csv(
                file,
                required=self.header_required,
                optional=optional,
                warnings=context.warnings,
                table=table,
            )
            name = file.name
            rows = 0
            for line, values in csv_file.rows:
                rows += 1
                yield RawRow(table, values, f"line {line}", name)
            if rows == 0:
                raise RefusedFileError.because(
                    rule=CSV_RULE,
                    message="The file has a header row but no rows of data.",
                    guidance="Export the extract again, with its rows, and import that file.",
                    file=name,
                    table=table,
                    position="line 2",
                )


# The breakdown dimensions of the dataset's output rows (INDICATORS.md, Breakdown values).
BREAKDOWN_DIMS = frozenset(
    {"district", "ethnicity", "language", "referral_source", "gender", "age_band", "cp_category"}
)
