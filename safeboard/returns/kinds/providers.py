"""Ofsted's registered providers (kind ``providers``): DfE's URN lookup.

Reference data, not a return. For the SSDA903 rules on a placement's Ofsted
unique reference number (URN: 219, 221, 224, 227, 228, 229, 241, 1008), DfE
publishes with each collection a lookup of every provider Ofsted registers
or has registered (children's homes, fostering and adoption agencies,
secure homes, supported accommodation): its URN, the placement codes and
placement provider codes a child placed there may have, the date its
registration ended, and its setting's postcode. Import the workbook as
published (every sheet whose header row, among its first rows, names URN is
read: ``safeboard.returns.xlsxio``) or a sheet saved as CSV; the newest import
is the one the rules read (the view ``ref_providers``).

Columns, matched without regard to case: ``URN``; ``Local authority`` (or
``Provider local authority``); ``Placement code``; ``Placement provider
code``; ``Deregistration date`` (or ``Closed date``); ``Setting address
postcode`` (or ``Setting postcode``). A cell of several codes may separate
them with ``/``, ``,`` or spaces; they are kept as one comma-separated list
(``K1,K2``). A provider's authority (``LA_CODE``, the upper-tier ONS code) is
looked up from its postcode in the postcode directory (kind ``postcodes``)
when one was imported: DfE's lookup names authorities, it does not code them.
A setting's postcode is a business's address, not personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from safeboard.returns import xlsxio
from safeboard.returns.csvio import COLUMNS_RULE, open_csv
from safeboard.returns.findings import RefusedFileError
from safeboard.returns.kinds import register
from safeboard.returns.kinds.base import InputFile, RawRow, ReadContext, ReturnKind
from safeboard.returns.spec import Column, Kind, TableSpec

TABLE = TableSpec(
    name="providers",
    columns=(
        Column("URN", Kind.TEXT, required=True),
        Column("LA_NAME", Kind.TEXT),  # as the lookup names it
        Column("PLACE_CODES", Kind.TEXT),  # comma-separated: "K1,K2"
        Column("PROVIDER_CODES", Kind.TEXT),  # comma-separated: "PR1,PR2"
        Column("REG_END", Kind.DATE),  # when its registration ended; empty if it has not
        Column("POSTCODE", Kind.TEXT),  # upper case, no spaces
        Column("LA_CODE", Kind.TEXT),  # upper-tier ONS code, from the postcode directory
    ),
)

# Each column's published spellings (lower case) -> the name it is read as.
_NAMES = {
    "urn": "urn",
    "local authority": "local authority",
    "provider local authority": "local authority",
    "placement code": "placement code",
    "placement provider code": "placement provider code",
    "deregistration date": "deregistration date",
    "closed date": "deregistration date",
    "setting address postcode": "setting address postcode",
    "setting postcode": "setting address postcode",
}
_REQUIRED = frozenset({"urn", "placement code", "placement provider code"})
_OPTIONAL = frozenset({"local authority", "deregistration date", "setting address postcode"})
_CODE_SEPARATORS = re.compile(r"[\s/,;]+")


def _rename(header: list[str]) -> list[str]:
    named = []
    for name in header:
        lowered = " ".join(name.lower().split())
        named.append(_NAMES.get(lowered, name))
    return named


def code_list(text: str | None) -> str | None:
    """The codes of a cell as one comma-separated list, upper case: "K1/K2 " -> "K1,K2"."""
    codes = [code for code in _CODE_SEPARATORS.split((text or "").upper()) if code]
    return ",".join(codes) or None


class Providers(ReturnKind):
    name = "providers"
    label = "Ofsted providers: DfE's URN lookup (reference data)"

    def table_specs(self, collection_year):
        return {TABLE.name: TABLE}

    def prepare(self, context: ReadContext) -> None:
        from safeboard.returns.placement_area import PostcodeDirectory

        context.lookups["postcodes"] = PostcodeDirectory.current()

    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        directory = context.lookups.get("postcodes")
        for file in files:
            for where, values in _rows(file, context):
                yield RawRow(TABLE.name, _provider(values, directory), where, file.name)


def _rows(file: InputFile, context: ReadContext) -> Iterator[tuple[str, dict[str, str]]]:
    """(position, values by our column names) of a CSV or of each sheet of a workbook."""
    if not xlsxio.is_workbook(file):
        table = open_csv(
            file,
            required=_REQUIRED,
            optional=_OPTIONAL,
            warnings=context.warnings,
            table=TABLE.name,
            rename=_rename,
        )
        for line, values in table.rows:
            yield f"line {line}", values
        return
    for sheet in xlsxio.sheets(file, marker="URN", table=TABLE.name):
        header = _rename(sheet.header)
        missing = sorted(_REQUIRED - set(header))
        if missing:
            raise RefusedFileError.because(
                rule=COLUMNS_RULE,
                message=f"The sheet '{sheet.name}' has no column {', '.join(missing)}.",
                guidance="Import the lookup as DfE publishes it, its column names unchanged.",
                file=file.name,
                table=TABLE.name,
                field=", ".join(missing),
                position=f"sheet '{sheet.name}' row {sheet.header_row}",
            )
        for number, cells in sheet.rows:
            yield f"sheet '{sheet.name}' row {number}", dict(zip(header, cells, strict=True))


def _provider(values: dict[str, str], directory) -> dict[str, str | None]:
    postcode = "".join((values.get("setting address postcode") or "").split()).upper()
    place = directory.find(postcode) if directory and postcode else None
    return {
        "URN": values["urn"].strip() or None,
        "LA_NAME": (values.get("local authority") or "").strip() or None,
        "PLACE_CODES": code_list(values["placement code"]),
        "PROVIDER_CODES": code_list(values["placement provider code"]),
        "REG_END": values.get("deregistration date"),
        "POSTCODE": postcode or None,
        "LA_CODE": place.authority if place else None,
    }


register(Providers())
