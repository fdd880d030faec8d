"""What the DfE SSDA903 rules from 600 up (and the lettered ones) share.

The collection year runs from 1 April to 31 March and is named by the year it
ends (2023 = 1 April 2022 to 31 March 2023); the dates become SQL literals
once per run, never per row.

Birth dates (DOB, MC_DOB) are kept only to their month at import
(safeboard.returns.pseudonymise): the stored date is the first of the month
and the true one lies somewhere in it. An import with a DfE error is
refused, so a rule about an age reports a fault only when it holds whatever
the day of birth in that month (``birthday_latest`` is the last possible
day; both birthdays come from ``_birth_month``); the rules say where this
makes them stricter or looser than the D2I validator, which reads the full
date.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.codelists import ssda903 as codelists
from safeboard.validation.engine import RuleContext
from safeboard.validation.rules.ssda903 import _birth_month

# Rows in the order of their file ("line 9" before "line 10": by length, then text), without
# a regular expression per row; ties in dates are broken by it.
ORDER_IN_FILE = "length(_position), _position"
LAST_IN_FILE_FIRST = "length(_position) DESC, _position DESC"

# The three care leaver items of OC3: "care leaver information completed" when any is given.
OC3_GIVEN = "(IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL)"


def oc3_given(alias: str) -> str:
    """OC3_GIVEN for the OC3 table named ``alias`` in a join."""
    return (
        f"({alias}.IN_TOUCH IS NOT NULL OR {alias}.ACTIV IS NOT NULL OR {alias}.ACCOM IS NOT NULL)"
    )


# The adoption items of AD1 (rules 601 and 602).
AD1_ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")

ADOPTED = "('E11', 'E12')"
SHORT_BREAKS = "('V3', 'V4')"


def sql_date(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


def year_start(context: RuleContext) -> str:
    """1 April that opens the collection year, as a SQL date."""
    return sql_date(date(context.collection_year - 1, 4, 1))


def year_end(context: RuleContext) -> str:
    """31 March that closes the collection year, as a SQL date."""
    return sql_date(date(context.collection_year, 3, 31))


def sql_list(codes) -> str:
    """Codes as a SQL list: ('A', 'B')."""
    return "(" + ", ".join("'" + code.replace("'", "''") + "'" for code in sorted(codes)) + ")"


def year_codes(codelist: str, year: int) -> str:
    """The codes of an SSDA903 code list valid in the collection year, as a SQL list."""
    return sql_list(codelists.codes(codelist, year))


def female(year: int) -> str:
    """SEX's code for female in the collection year: '2' to 2023-24, 'F' from 2024-25."""
    return "'F'" if "F" in codelists.codes("SEX", year) else "'2'"


# Birth dates kept to the month: the one set of birthdays (see _birth_month), by this family's names.
birthday_latest = _birth_month.latest_birthday
birthday_earliest = _birth_month.earliest_birthday


def child_not_in_header(table: str) -> str:
    """SQL: the rows of ``table`` whose child has no row in Header (rules INT01-INT09)."""
    return f"""
        SELECT t._file, t._position, t.child, NULL AS value FROM "{table}" AS t
        WHERE NOT EXISTS (SELECT 1 FROM Header AS h WHERE h.child = t.child)
    """


def differs_from_header(table: str, field: str) -> str:
    """SQL: the rows of ``table`` whose ``field`` differs from the child's Header row
    (both given; rules INT11-INT21)."""
    return f"""
        SELECT t._file, t._position, t.child, CAST(t.{field} AS VARCHAR) AS value
        FROM "{table}" AS t JOIN Header AS h ON h.child = t.child
        WHERE t.{field} IS NOT NULL AND h.{field} IS NOT NULL AND t.{field} <> h.{field}
    """


def more_than_once(table: str) -> str:
    """SQL: every row of ``table`` whose child has more than one row (rules INT31-INT36)."""
    return f"""
        SELECT _file, _position, child, NULL AS value FROM (
            SELECT _file, _position, child, count(*) OVER (PARTITION BY child) AS rows_of_child
            FROM "{table}")
        WHERE rows_of_child > 1
    """


def unparsed_values(table: str, field: str) -> str:
    """SQL: the values of ``table.field`` that were not dates (or numbers) when read."""
    return f"""
        SELECT _file, _position, child, value FROM unparsed
        WHERE table_name = '{table}' AND field = '{field}'
    """
