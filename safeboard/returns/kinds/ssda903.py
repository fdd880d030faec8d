"""SSDA903 (kind ``ssda903``): looked-after children, one CSV per table (FORMATS.md 1.2).

The input is a folder, a zip or the CSV files themselves. Each file is
recognised by its exact set of columns, as the DfE's validator does, so the
files may have any names; a file that matches no table is refused with the
nearest table and what its header lacks or adds. Two files for one table
are refused. A table with no rows (a header only) is a legitimately empty
table (no adoptions this year); an import with no rows at all is refused.

The files do not say which collection year they are for: the caller gives it
(``--year``), and an import without it is refused. The data is "as at" the
31 March that ends the collection year unless the caller says otherwise.

Every table is staged (an absent table as an empty one), so a snapshot of
any year has the same twelve tables. CHILD becomes its pseudonym (``child``),
the same keyed hash as the CIN census's LAchildID, so the two link. UPN is
dropped (``UPN_given`` kept), birth dates are kept to their month and
postcodes to their outward code. What DfE's rules need of the dropped parts
is worked out as the row is read and kept instead: whether the UPN is well
formed (``UPN_VALID``, rule 168) and which "unknown" code it is
(``UPN_UNKNOWN``, UN1-UN5, rules 209 and 210); a real UPN's keyed hash with the
workspace's key (``UPN_PSEUDONYM``, as a child's id is pseudonymised, in a domain
of its own: equal UPNs in a return, rule 444, and a UPN changed since last
year's return, rule 208); whether each postcode is a
well-formed full postcode (``HOME_POST_VALID``, ``PL_POST_VALID``, rule 392c)
and whether home and placement postcodes are the same (``SAME_POSTCODE``,
rule 392d). With the ONS Postcode Directory imported (kind ``postcodes``),
DfE's own derived fields too: the placement's authority (``PL_LA``), IN or
OUT of the placing authority (``PL_LOCATION``) and its distance from home in
miles (``PL_DISTANCE``), for rules 164, 411, 452-454, 503G-J and 1015
(``safeboard.returns.placement_area``). These are not columns of the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from datetime import date

from safeboard.returns.codelists import ssda903 as codelists
from safeboard.returns.csvio import COLUMNS_RULE, open_csv
from safeboard.returns.findings import Finding, RefusedFileError, Severity
from safeboard.returns.kinds import register
from safeboard.returns.kinds.base import (
    ChunkEnd,
    InputFile,
    RawRow,
    ReadContext,
    ReturnKind,
    Share,
)
from safeboard.returns.spec import Column, Kind, TableSpec

YEAR_RULE = "SB-YEAR"
TABLES_RULE = "SB-TABLES"

_CHILD = Column("CHILD", Kind.CHILD_ID, required=True)
_DOB = Column("DOB", Kind.BIRTH_DATE)


def _code(name: str, required: bool = False, codelist: str | None = None) -> Column:
    return Column(name, Kind.CODE, required=required, codelist=codelist or name)


def _date(name: str, required: bool = False) -> Column:
    return Column(name, Kind.DATE, required=required)


_FLAGS = (
    "CONVICTED",
    "HEALTH_CHECK",
    "IMMUNISATIONS",
    "TEETH_CHECK",
    "HEALTH_ASSESSMENT",
    "SUBSTANCE_MISUSE",
    "INTERVENTION_RECEIVED",
    "INTERVENTION_OFFERED",
)

# Worked out from the UPN as the Header is read (see read_header_row); not in the file.
UPN_UNKNOWN = "UPN_UNKNOWN"
UPN_VALID = "UPN_VALID"
# A UPN (not a UN code) as a keyed hash with the workspace's key: equal UPNs have
# equal pseudonyms, in this return (rule 444) and last year's (rule 208).
UPN_PSEUDONYM = "UPN_PSEUDONYM"
HOME_POST_VALID = "HOME_POST_VALID"
PL_POST_VALID = "PL_POST_VALID"
SAME_POSTCODE = "SAME_POSTCODE"
# DfE's own derived fields, worked out from the full postcodes with the postcode
# directory (safeboard.returns.placement_area); empty without one.
PL_LA = "PL_LA"
PL_LOCATION = "PL_LOCATION"
PL_DISTANCE = "PL_DISTANCE"
PLACED_TOGETHER = 1_000  # episodes whose postcodes are looked up in one go
DERIVED_COLUMNS = frozenset(
    {
        UPN_UNKNOWN,
        UPN_VALID,
        UPN_PSEUDONYM,
        HOME_POST_VALID,
        PL_POST_VALID,
        SAME_POSTCODE,
        PL_LA,
        PL_LOCATION,
        PL_DISTANCE,
    }
)
# DfE's rule 168: a check letter (not I, O or S), then 12 digits or 11 digits and a
# letter (a temporary UPN); or a code saying why there is none.
_UPN_FORM = re.compile(r"^(?![IOS])[A-Z](\d{12}|\d{11}[A-Z])$|^UN[1-5]$")
_UPN_UNKNOWN_CODE = re.compile(r"^UN[1-5]$")
# A full UK postcode's form: outward code (area, district), a space or not, inward code.
_POSTCODE_FORM = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")

TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "Header",
        (
            _CHILD,
            _code("SEX", required=True),
            Column("DOB", Kind.BIRTH_DATE, required=True),
            _code("ETHNIC"),
            Column("UPN", Kind.UPN),
            _code("MOTHER"),
            Column("MC_DOB", Kind.BIRTH_DATE),
            Column(UPN_UNKNOWN, Kind.CODE),  # UN1-UN5, else empty; no code list check
            Column(UPN_VALID, Kind.BOOL),  # empty when no UPN was given
            Column(UPN_PSEUDONYM, Kind.PSEUDONYM),  # empty for a UN code or none
        ),
    ),
    TableSpec(
        "Episodes",
        (
            _CHILD,
            _date("DECOM", required=True),
            _code("RNE", required=True),
            _code("LS", required=True),
            _code("CIN"),
            _code("PLACE", required=True),
            _code("PLACE_PROVIDER"),
            _date("DEC"),
            _code("REC"),
            _code("REASON_PLACE_CHANGE"),
            Column("HOME_POST", Kind.POSTCODE),
            Column("PL_POST", Kind.POSTCODE),
            Column("URN", Kind.CODE),
            Column(HOME_POST_VALID, Kind.BOOL),  # empty when no postcode was given
            Column(PL_POST_VALID, Kind.BOOL),
            Column(SAME_POSTCODE, Kind.BOOL),  # empty unless both were given
            # The placement's upper-tier authority (ONS code; SCO, WAL or NIR outside
            # England), IN or OUT of the placing authority, and miles from home.
            Column(PL_LA, Kind.TEXT),
            Column(PL_LOCATION, Kind.TEXT),
            Column(PL_DISTANCE, Kind.DECIMAL),
        ),
        date_order=(("DECOM", "DEC"),),
    ),
    TableSpec(
        "Reviews",
        (_CHILD, _DOB, _date("REVIEW", required=True), _code("REVIEW_CODE")),
    ),
    TableSpec(
        "UASC",
        (_CHILD, _code("SEX"), _DOB, _date("DUC")),
    ),
    TableSpec(
        "OC2",
        (
            _CHILD,
            _DOB,
            Column("SDQ_SCORE", Kind.INT),
            _code("SDQ_REASON"),
            *(_code(flag, codelist="OC2_FLAG") for flag in _FLAGS),
        ),
    ),
    TableSpec(
        "OC3",
        (_CHILD, _DOB, _code("IN_TOUCH"), _code("ACTIV"), _code("ACCOM")),
    ),
    TableSpec(
        "AD1",
        (
            _CHILD,
            _DOB,
            _date("DATE_INT"),
            _date("DATE_MATCH"),
            _code("FOSTER_CARE"),
            _code("NB_ADOPTR"),
            _code("SEX_ADOPTR"),
            _code("LS_ADOPTR"),
        ),
        date_order=(("DATE_INT", "DATE_MATCH"),),
    ),
    TableSpec(
        "PlacedAdoption",
        (
            _CHILD,
            _DOB,
            _date("DATE_PLACED", required=True),
            _date("DATE_PLACED_CEASED"),
            _code("REASON_PLACED_CEASED"),
        ),
        date_order=(("DATE_PLACED", "DATE_PLACED_CEASED"),),
    ),
    TableSpec(
        "PrevPerm",
        (
            _CHILD,
            _DOB,
            _code("PREV_PERM"),
            Column("LA_PERM", Kind.CODE),
            # DfE allows ZZ for an unknown day or month of a previous permanence order.
            Column("DATE_PERM", Kind.PARTIAL_DATE),
        ),
    ),
    TableSpec(
        "Missing",
        (_CHILD, _DOB, _code("MISSING"), _date("MIS_START", required=True), _date("MIS_END")),
        date_order=(("MIS_START", "MIS_END"),),
    ),
    TableSpec(
        "SWEpisodes",
        (
            _CHILD,
            _DOB,
            Column("SW_ID", Kind.CODE),
            _date("SW_DECOM", required=True),
            _date("SW_DEC"),
            Column("SW_REASON", Kind.CODE),
        ),
        date_order=(("SW_DECOM", "SW_DEC"),),
    ),
    TableSpec(
        "DoLo",
        (_CHILD, _DOB, _date("DOLO_START", required=True), _date("DOLO_END")),
        date_order=(("DOLO_START", "DOLO_END"),),
    ),
)
SPECS = {spec.name: spec for spec in TABLES}


def file_columns(spec: TableSpec) -> frozenset[str]:
    """The columns a file of this table has (the derived ones are not in it)."""
    return spec.column_names - DERIVED_COLUMNS


BY_COLUMNS = {file_columns(spec): spec.name for spec in TABLES}
ALL_COLUMNS = frozenset().union(*BY_COLUMNS)
# Without these two the return says little; the others are often legitimately absent.
CORE_TABLES = ("Header", "Episodes")

COLUMNS_GUIDANCE = (
    "Each SSDA903 file must have exactly the columns of one table of the return, named as "
    "the DfE's specification names them, in its first row. Correct the header and import again."
)


def match_table(file: InputFile, header: list[str]) -> str:
    """The table whose columns the header has exactly; refuse with the nearest otherwise."""
    columns = frozenset(header)
    table = BY_COLUMNS.get(columns)
    if table is not None:
        return table
    nearest = min(TABLES, key=lambda spec: len(file_columns(spec) ^ columns))
    missing = [
        c.name for c in nearest.columns if c.name not in columns and c.name not in DERIVED_COLUMNS
    ]
    extra = [name for name in header if name not in file_columns(nearest)]
    parts = []
    if missing:
        parts.append("it lacks " + ", ".join(missing))
    if extra:
        parts.append("it has " + ", ".join(extra) + " too")
    hints = []
    for name in extra:
        lowered = {m.lower(): m for m in missing}
        close = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.7)
        if close:
            hints.append(f"'{name}' looks like a misspelling of '{lowered[close[0]]}'")
    hint = (" " + "; ".join(hints) + ".") if hints else ""
    raise RefusedFileError.because(
        rule=COLUMNS_RULE,
        message=(
            "The columns match no SSDA903 table. The nearest is "
            f"{nearest.name}: {' and '.join(parts)}.{hint}"
        ),
        guidance=COLUMNS_GUIDANCE,
        file=file.name,
        table=nearest.name,
        field=", ".join(missing + extra),
        position="line 1",
    )


class Ssda903(ReturnKind):
    name = "ssda903"
    label = "SSDA903 looked-after children return"
    date_style = "uk"
    shares = "files"

    def table_specs(self, collection_year):
        return dict(SPECS)

    def prepare(self, context: ReadContext) -> None:
        # DfE's PL_LA, PL_LOCATION and PL_DISTANCE, when a postcode directory was imported.
        from safeboard.returns.placement_area import (
            PlacementArea,
            PostcodeDirectory,
            workspace_authority,
        )

        directory = PostcodeDirectory.current()
        if directory is not None:
            context.lookups["placement_area"] = PlacementArea(directory, workspace_authority())

    def codes(self, codelist: str, collection_year: int | None) -> set[str]:
        if collection_year is None:  # already refused: no code list to check against
            return set()
        return codelists.codes(codelist, collection_year)

    def read(
        self, files: list[InputFile], context: ReadContext, share: Share | None = None
    ) -> Iterator[RawRow | ChunkEnd]:
        """Every file's rows, in the files' order.

        With a ``share`` (each file a chunk), a worker checks every file's header, so
        that each worker matches all files to their tables alike, but reads the rows
        of its own files only.
        """
        file_of: dict[str, str] = {}
        rows = 0
        for number, file in enumerate(files):
            csv_file = open_csv(
                file, required=frozenset(), optional=ALL_COLUMNS, warnings=context.warnings
            )
            table = match_table(file, csv_file.header)
            if table in file_of:
                raise RefusedFileError.because(
                    rule=TABLES_RULE,
                    message=f"Both {file_of[table]} and {file.name} hold the {table} table.",
                    guidance="Give one file per table: remove the older or the extra file.",
                    file=file.name,
                    table=table,
                    position="line 1",
                )
            file_of[table] = file.name
            if share is not None and not share.owns(number):
                csv_file.close()
                continue
            name = file.name
            derive = {"Header": read_header_row, "Episodes": read_episode_row}.get(table)
            area = context.lookups.get("placement_area") if table == "Episodes" else None
            waiting: list[tuple[int, dict]] = []  # episodes whose postcodes are looked up together
            for line, values in csv_file.rows:
                rows += 1
                if derive is not None:
                    derive(values)
                if area is None:
                    yield RawRow(table, values, f"line {line}", name)
                    continue
                waiting.append((line, values))
                if len(waiting) == PLACED_TOGETHER:
                    yield from _placed(area, waiting, table, name)
                    waiting = []
            if waiting:
                yield from _placed(area, waiting, table, name)
            if share is not None:
                yield ChunkEnd(number, clean=not context.warnings)
        # A worker reads only some files: whether any file has rows is judged by all.
        if rows == 0 and share is None:
            raise RefusedFileError.because(
                rule=TABLES_RULE,
                message="None of the files holds any rows, only headers.",
                guidance="Export the return again with its data.",
                file=", ".join(file_of.values()),
            )
        for table in CORE_TABLES:
            if table not in file_of:
                context.warnings.append(
                    Finding(
                        rule=TABLES_RULE,
                        severity=Severity.WARNING,
                        message=f"No file holds the {table} table.",
                        guidance=(
                            f"Import the {table} file with the others: the dataset needs it "
                            "to count looked-after children."
                        ),
                        table=table,
                    )
                )
        if context.collection_year is None:
            context.warnings.append(
                Finding(
                    rule=YEAR_RULE,
                    severity=Severity.ERROR,
                    message="The collection year is not known: SSDA903 files do not say which year they are for.",
                    guidance=(
                        "Import again giving the collection year, the year the collection ends "
                        "(2018 for 2017-18): safeboard import ssda903 PATH --year 2018, or choose "
                        "the year on the upload page."
                    ),
                )
            )
        elif context.as_at is None:
            context.as_at = date(context.collection_year, 3, 31)


def _placed(area, waiting: list[tuple[int, dict]], table: str, name: str) -> Iterator[RawRow]:
    """The waiting episodes with DfE's placement fields, their postcodes looked up at once."""
    pairs = [(values.get("HOME_POST"), values.get("PL_POST")) for _, values in waiting]
    for (line, values), fields in zip(waiting, area.fields_many(pairs), strict=True):
        values.update(fields)
        yield RawRow(table, values, f"line {line}", name)


def read_header_row(values: dict[str, str | None]) -> None:
    """Add what DfE's UPN rules need, worked out from the UPN (which is not kept)."""
    upn = (values.get("UPN") or "").strip()
    if not upn:
        values[UPN_UNKNOWN] = values[UPN_VALID] = values[UPN_PSEUDONYM] = None
        return
    unknown = _UPN_UNKNOWN_CODE.match(upn)
    values[UPN_UNKNOWN] = upn if unknown else None
    values[UPN_VALID] = "1" if _UPN_FORM.match(upn) else "0"
    values[UPN_PSEUDONYM] = None if unknown else upn  # pseudonymised as it is parsed


def read_episode_row(values: dict[str, str | None]) -> None:
    """Add what DfE's postcode rules need of the full postcodes (only outward codes are kept)."""
    home = _normal_postcode(values.get("HOME_POST"))
    placed = _normal_postcode(values.get("PL_POST"))
    values[HOME_POST_VALID] = _form(home)
    values[PL_POST_VALID] = _form(placed)
    same = home.replace(" ", "") == placed.replace(" ", "")
    values[SAME_POSTCODE] = None if not (home and placed) else ("1" if same else "0")


def _normal_postcode(text: str | None) -> str:
    return " ".join((text or "").upper().split())


def _form(postcode: str) -> str | None:
    if not postcode:
        return None
    return "1" if _POSTCODE_FORM.match(postcode) else "0"


register(Ssda903())
