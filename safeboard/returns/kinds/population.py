"""Population (kind ``population``): ONS mid-year estimates of children aged 0-17.

Columns (FORMATS.md 2.3): ``area_code``, ``area_name``, ``mid_year``,
``population_0_17``. Rates for collection year Y/Y+1 use mid-year Y; several
vintages may be loaded and the newest import wins.
"""

from __future__ import annotations

from collections.abc import Iterator

from safeboard.returns.csvio import open_csv
from safeboard.returns.kinds import register
from safeboard.returns.kinds.base import InputFile, RawRow, ReadContext, ReturnKind
from safeboard.returns.spec import Column, Kind, TableSpec

TABLE = TableSpec(
    name="population",
    columns=(
        Column("area_code", Kind.TEXT, required=True),
        Column("area_name", Kind.TEXT),
        Column("mid_year", Kind.INT, required=True),
        Column("population_0_17", Kind.INT, required=True),
    ),
)


class Population(ReturnKind):
    name = "population"
    label = "ONS mid-year population, 0 to 17, by district"

    def table_specs(self, collection_year):
        return {TABLE.name: TABLE}

    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        for file in files:
            table = open_csv(
                file,
                required=frozenset({"area_code", "mid_year", "population_0_17"}),
                optional=frozenset({"area_name"}),
                warnings=context.warnings,
                table=TABLE.name,
            )
            for line, values in table.rows:
                yield RawRow(TABLE.name, values, f"line {line}", file.name)


register(Population())
