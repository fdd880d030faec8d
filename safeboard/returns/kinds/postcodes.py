"""The ONS Postcode Directory (kind ``postcodes``): where each postcode is.

Reference data, not a return: the ONS publishes the directory (ONSPD) every
quarter under the Open Government Licence, as one CSV of every UK postcode,
live and terminated (about 2.7 million rows). DfE works out an SSDA903
placement's authority (``PL_LA``), whether it is in or out of the placing
authority (``PL_LOCATION``) and its distance from home (``PL_DISTANCE``)
from the full postcodes; Safeboard keeps only outward codes, so it works
them out at the door (``safeboard.returns.placement_area``), from the newest
directory imported (its lookup index is made as it is imported). The
directory also places the providers in the Ofsted lookup (kind
``providers``) in their authority. Import it before either.

Columns read (the directory's own names; the other fifty are ignored without
a warning): ``pcds`` (or ``pcd``) the postcode, ``oslaua`` the local
authority district, ``oscty`` the county (``E99999999`` where there is none),
``oseast1m`` and ``osnrth1m`` the grid reference in metres, ``ctry`` the
country. Kept: the postcode without spaces, the district, the upper-tier
authority (the county where there is one, else the district: the authority
with children's services), the country's letter and the grid reference.
Postcodes are not personal data here: this is the public directory.
"""

from __future__ import annotations

from collections.abc import Iterator

from safeboard.returns.csvio import open_csv
from safeboard.returns.kinds import register
from safeboard.returns.kinds.base import InputFile, RawRow, ReadContext, ReturnKind
from safeboard.returns.spec import Column, Kind, TableSpec

TABLE = TableSpec(
    name="postcodes",
    columns=(
        Column("POSTCODE", Kind.TEXT, required=True),  # upper case, no spaces
        Column("LA_DISTRICT", Kind.TEXT),
        Column("UPPER_TIER", Kind.TEXT),  # the authority with children's services
        Column("COUNTRY", Kind.TEXT),  # E, W, S, N (or L, M: Channel Islands, Isle of Man)
        Column("EASTING", Kind.INT),
        Column("NORTHING", Kind.INT),
    ),
)

_POSTCODE = ("pcds", "pcd", "pcd2")  # the first present is the postcode
_REQUIRED = frozenset({"pcds", "oslaua", "oseast1m", "osnrth1m"})
_OPTIONAL = frozenset({"oscty", "ctry"})
# The directory's code for "no county" (a unitary authority), in each nation.
_NO_COUNTY = frozenset({"E99999999", "W99999999", "S99999999", "N99999999", "L99999999"})


def _rename(header: list[str]) -> list[str]:
    """The names in lower case (the directory has used both), the postcode as ``pcds``."""
    lowered = [name.lower() for name in header]
    postcode = next((name for name in _POSTCODE if name in lowered), None)
    return ["pcds" if name == postcode else name for name in lowered]


def upper_tier(district: str, county: str) -> str:
    """The authority responsible for children's services: the county, where there is one."""
    return county if county and county not in _NO_COUNTY else district


def country_letter(district: str, ctry: str) -> str:
    """E, W, S or N (L, M): from the country code, else the district's first letter."""
    return (ctry or district)[:1].upper()


class Postcodes(ReturnKind):
    name = "postcodes"
    label = "ONS Postcode Directory (reference data)"

    def table_specs(self, collection_year):
        return {TABLE.name: TABLE}

    def after_import(self, snapshot) -> None:
        # The lookup index (seconds for the whole directory), made now rather than
        # by the first SSDA903 import that needs it.
        from safeboard.returns.placement_area import PostcodeDirectory

        PostcodeDirectory.current()

    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        for file in files:
            table = open_csv(
                file,
                required=_REQUIRED,
                optional=_OPTIONAL,
                warnings=context.warnings,
                table=TABLE.name,
                rename=_rename,
                other_columns="ignore",  # the directory's fifty others
            )
            for line, values in table.rows:
                district = values["oslaua"].strip().upper()
                county = (values.get("oscty") or "").strip().upper()
                row = {
                    "POSTCODE": "".join(values["pcds"].split()).upper(),
                    "LA_DISTRICT": district or None,
                    "UPPER_TIER": upper_tier(district, county) or None,
                    "COUNTRY": country_letter(district, (values.get("ctry") or "").strip()) or None,
                    "EASTING": values["oseast1m"],
                    "NORTHING": values["osnrth1m"],
                }
                yield RawRow(TABLE.name, row, f"line {line}", file.name)


register(Postcodes())
