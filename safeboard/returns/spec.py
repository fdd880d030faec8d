"""Return specifications as data: the tables of each kind and their columns.

One ``TableSpec`` per table drives parsing, pseudonymisation, the Parquet
schema and the structural checks, so a column is described exactly once.
Values are parsed once, at ingest; a value that does not parse is itself a
finding (never a silent null).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

import pyarrow as pa


class Kind(StrEnum):
    """How a column is parsed and what reaches the snapshot."""

    TEXT = "text"
    CODE = "code"  # text checked against a code list of the collection year
    DATE = "date"
    BIRTH_DATE = "birth-date"  # parsed, then kept only to the first of the month
    # A date whose day or month may be given as ZZ (unknown), as DfE allows for
    # SSDA903's DATE_PERM: kept as the earliest day it can be.
    PARTIAL_DATE = "partial-date"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    CHILD_ID = "child-id"  # replaced by its pseudonym
    UPN = "upn"  # dropped; only "was one given" is kept
    # Replaced by a keyed hash with the workspace's key (as a child id is), in a domain
    # of its own: equal values stay equal from year to year, and nothing else is kept.
    PSEUDONYM = "pseudonym"
    POSTCODE = "postcode"  # outward code only


ARROW_TYPES = {
    Kind.TEXT: pa.string(),
    Kind.CODE: pa.string(),
    Kind.DATE: pa.date32(),
    Kind.BIRTH_DATE: pa.date32(),
    Kind.PARTIAL_DATE: pa.date32(),
    Kind.INT: pa.int64(),
    Kind.DECIMAL: pa.float64(),
    Kind.BOOL: pa.bool_(),
    Kind.CHILD_ID: pa.string(),
    Kind.UPN: pa.bool_(),
    Kind.PSEUDONYM: pa.string(),
    Kind.POSTCODE: pa.string(),
}


@dataclass(frozen=True)
class Column:
    name: str  # as in the file
    kind: Kind = Kind.TEXT
    required: bool = False
    codelist: str | None = None  # name of the code list, for Kind.CODE
    output: str | None = None  # name in the snapshot, when it differs

    @property
    def stored_name(self) -> str:
        if self.output:
            return self.output
        if self.kind is Kind.UPN:
            return f"{self.name}_given"
        if self.kind is Kind.CHILD_ID:
            return "child"
        return self.name


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    # Pairs (earlier, later) of date columns: the later may not come before the earlier.
    date_order: tuple[tuple[str, str], ...] = ()

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    @property
    def column_names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns)

    def arrow_schema(self) -> pa.Schema:
        fields = [pa.field("_file", pa.string()), pa.field("_position", pa.string())]
        fields += [pa.field(c.stored_name, ARROW_TYPES[c.kind]) for c in self.columns]
        return pa.schema(fields)


# ---- parsing single values ----------------------------------------------------------

DATE_FORMATS = {
    "iso": ("%Y-%m-%d",),
    "uk": ("%d/%m/%Y",),
    "either": ("%Y-%m-%d", "%d/%m/%Y"),
}
DATE_FORMAT_HINT = {
    "iso": "YYYY-MM-DD, for example 2018-03-31",
    "uk": "DD/MM/YYYY, for example 31/03/2018",
    "either": "DD/MM/YYYY or YYYY-MM-DD, for example 31/03/2018",
}
CACHE_VALUES = 200_000  # distinct values remembered per kind of column (about 40 MB at most)
TRUE_VALUES = frozenset({"true", "1", "yes", "y"})
FALSE_VALUES = frozenset({"false", "0", "no", "n"})


class ParseError(ValueError):
    """A value that does not parse; the message says what was expected."""


def parse_partial_date(text: str, style: str) -> date:
    """A date with ZZ for an unknown day or month (ZZ/05/2015, ZZ/ZZ/2015), as its earliest day.

    The earliest day lets a rule report only what is certain: a permanence order
    dated ZZ/05/2015 is surely before care that began on 2 June 2015, and surely
    not before care that began on 1 May 2015.
    """
    parts = text.split("/")
    if style != "iso" and len(parts) == 3 and "ZZ" in (parts[0].upper(), parts[1].upper()):
        day, month, year = (p.upper() for p in parts)
        day = "01" if day == "ZZ" else day
        month = "01" if month == "ZZ" else month
        text = f"{day}/{month}/{year}"
    try:
        return parse_date(text, style)
    except ParseError as error:
        raise ParseError(f"{error} An unknown day or month may be given as ZZ.") from None


def parse_date(text: str, style: str) -> date:
    # Fast paths for the two exact shapes (strptime dominates an import's profile).
    if len(text) == 10 and text.replace("-", "").replace("/", "").isdigit():
        try:
            if style != "uk" and text[4] == "-" and text[7] == "-":
                return date(int(text[:4]), int(text[5:7]), int(text[8:]))
            if style != "iso" and text[2] == "/" and text[5] == "/":
                return date(int(text[6:]), int(text[3:5]), int(text[:2]))
        except ValueError:
            pass  # an impossible date, or not digits: the slow path says which
    for pattern in DATE_FORMATS[style]:
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 (a plain date)
        except ValueError:
            continue
    shape_ok = any(_looks_like(text, p) for p in DATE_FORMATS[style])
    if shape_ok:
        raise ParseError(f"'{text}' is not a real date.")
    raise ParseError(f"'{text}' is not a date in the form {DATE_FORMAT_HINT[style]}.")


def _looks_like(text: str, pattern: str) -> bool:
    """Whether the text has the pattern's shape (separator and digit counts),
    so '2017-02-30' is an impossible date but '2017/02/28' is the wrong form."""
    separator = "-" if pattern.startswith("%Y") else "/"
    parts = text.split(separator)
    lengths = [4, 2, 2] if pattern.startswith("%Y") else [2, 2, 4]
    return [len(p) for p in parts] == lengths and all(p.isdigit() for p in parts)


def parse_bool(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in TRUE_VALUES:
        return True
    if lowered in FALSE_VALUES:
        return False
    raise ParseError(f"'{text}' is not true or false (use true/false or 1/0).")


def parse_int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError as error:
        raise ParseError(f"'{text}' is not a whole number.") from error


def parse_decimal(text: str) -> float:
    try:
        return float(text.strip().replace(",", ""))
    except ValueError as error:
        raise ParseError(f"'{text}' is not a number.") from error


@dataclass
class ValueParser:
    """Turns one raw text value of a column into what the snapshot stores."""

    date_style: str
    child_pseudonym: Callable[[str], str]
    _by_kind: dict = field(init=False)
    _cache: dict = field(init=False)
    _failed: dict = field(init=False)

    def __post_init__(self) -> None:
        from safeboard.returns.pseudonymise import month_start, postcode_outward

        style = self.date_style
        self._cache = {kind: {} for kind in Kind}
        self._failed = {kind: {} for kind in Kind}
        self._by_kind = {
            Kind.TEXT: lambda v: v,
            Kind.CODE: lambda v: v.strip(),
            Kind.DATE: lambda v: parse_date(v.strip(), style),
            Kind.BIRTH_DATE: lambda v: month_start(parse_date(v.strip(), style)),
            Kind.PARTIAL_DATE: lambda v: parse_partial_date(v.strip(), style),
            Kind.INT: parse_int,
            Kind.DECIMAL: parse_decimal,
            Kind.BOOL: parse_bool,
            Kind.CHILD_ID: lambda v: self.child_pseudonym(v),
            # NUL never occurs in a child id (XML and the CSV reader refuse it): the
            # domain keeps a UPN's pseudonym apart from any child's.
            Kind.PSEUDONYM: lambda v: self.child_pseudonym("\x00UPN\x00" + v.strip().upper()),
            # "UN1".."UN7" say why there is no UPN: not a UPN given.
            Kind.UPN: lambda v: not v.strip().upper().startswith("UN"),
            Kind.POSTCODE: postcode_outward,
        }

    def parse_many(self, column: Column, raws: list) -> tuple[list, dict[int, ParseError]]:
        """``parse`` of each value, and the errors by index; each distinct value parsed once.

        A column of a return repeats few distinct values (dates, codes, one child's
        id on each of its rows), so a cache per kind of column saves most of the work.
        """
        cache = self._cache[column.kind]
        failed = self._failed[column.kind]
        if len(cache) > CACHE_VALUES:  # bounded, whatever the file
            cache.clear()
            failed.clear()
        new = set(raws).difference(cache)
        for raw in new:
            try:
                cache[raw] = self.parse(column, raw)
            except ParseError as error:
                cache[raw] = None
                # Without its traceback: kept, it would hold this frame (and the batch).
                failed[raw] = error.with_traceback(None)
        values = list(map(cache.__getitem__, raws))
        errors: dict[int, ParseError] = {}
        if failed and not failed.keys().isdisjoint(raws):
            errors = {i: failed[raw] for i, raw in enumerate(raws) if raw in failed}
        return values, errors

    def parse(self, column: Column, raw: str | None):
        """The stored value; ``None`` for a blank. Raises ParseError."""
        if raw is None or raw.strip() == "":
            return False if column.kind is Kind.UPN else None
        return self._by_kind[column.kind](raw)
