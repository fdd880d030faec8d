"""What the DfE SSDA903 rules below 400 share: the collection year, ages, code lists, order.

The collection year runs from 1 April to 31 March and is named by the year it
ends (2023 = 1 April 2022 to 31 March 2023). Every value here becomes a SQL
literal worked out once per run, never per row.

Birth dates are kept only to their month at import: the birthdays come from
``_birth_month`` (one module for every SSDA903 rule family). A rule that
flags a child under N uses the earliest birthday (``birthday``), and so may
miss a child in the month of the N-th birthday; a rule that flags a child N
or over uses the latest possible one (``latest_birthday``), and so may miss
one too, but neither flags a child wrongly. Every rule that uses an age says
so.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.codelists import ssda903 as codelists
from safeboard.validation.engine import RuleContext
from safeboard.validation.rules.ssda903 import _birth_month
from safeboard.validation.shared import shared


def year_start(context: RuleContext) -> str:
    """1 April of the collection year's first calendar year, as a SQL date."""
    return sql_date(date(context.collection_year - 1, 4, 1))


def year_end(context: RuleContext) -> str:
    """31 March of the collection year, as a SQL date."""
    return sql_date(date(context.collection_year, 3, 31))


def sql_date(day: date) -> str:
    return f"DATE '{day.isoformat()}'"


def sql_list(codes) -> str:
    """Codes as a SQL list: ('A', 'B')."""
    return "(" + ", ".join("'" + code.replace("'", "''") + "'" for code in sorted(codes)) + ")"


def sql_codes(codelist: str, year: int) -> str:
    """The codes of an SSDA903 code list valid in the collection year, as a SQL list."""
    return sql_list(codelists.codes(codelist, year))


def age(dob: str, at: str) -> str:
    """SQL: whole years from ``dob`` to ``at`` (a birthday counts on the day)."""
    return f"date_sub('year', {dob}, {at})"


# Birth dates kept to the month: the one set of birthdays (see _birth_month), by this family's names.
birthday = _birth_month.earliest_birthday
latest_birthday = _birth_month.latest_birthday


# A row's place in its file ("line 9" before "line 10": shorter first, then by text),
# without parsing a number out of every row: ties in dates are broken by it.
ORDER_IN_FILE = "length(_position), _position"
LAST_IN_FILE_FIRST = "length(_position) DESC, _position DESC"

MALE = "('1', 'M')"
FEMALE = "('2', 'F')"
SHORT_BREAKS = "('V3', 'V4')"


def male_codes(year: int) -> str:
    """SEX codes for a boy: 1 to 2023-24, M from 2024-25."""
    return "('1')" if year <= 2024 else "('M')"


def female_codes(year: int) -> str:
    return "('2')" if year <= 2024 else "('F')"


def continuously_looked_after(context: RuleContext) -> str:
    """SQL selecting ``child``: looked after continuously for 12 months at 31 March.

    A child in care at some time in the year who neither started a period of
    care after 1 April (RNE S), nor left care (an episode ending with a reason
    other than X1) from 1 April to 30 March, nor had a short-break episode
    (V3/V4) during the year. DfE's OC2 cohort; the D2I validator uses the
    same test.
    """
    start, end = year_start(context), year_end(context)
    during = f"(DECOM <= {end} AND (DEC IS NULL OR DEC >= {start}))"
    # Worked out once per validation for every rule that asks (safeboard.validation.shared).
    cohort = shared(f"""
        SELECT child FROM Episodes
        GROUP BY child
        HAVING bool_or(coalesce({during}, false))
           AND NOT bool_or(coalesce(
                 (RNE = 'S' AND DECOM > {start} AND DECOM <= {end})
              OR (coalesce(REC, '') <> 'X1' AND DEC >= {start} AND DEC < {end})
              OR (LS IN {SHORT_BREAKS} AND {during}), false))
    """)
    return f"SELECT child FROM {cohort}"


# Postcode areas wholly or mainly outside England: Northern Ireland, Scotland,
# Wales and the Crown dependencies. DfE's rules ask for the placement's local
# authority (PL_LA, which DfE derives from the full placement postcode); only
# the outward code is kept here, so its area stands in for it. Border areas
# mostly in England (CH, SY, TD15 aside from the rest of TD) count as England.
_OUTSIDE_ENGLAND_AREAS = (
    "BT",
    *("AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY", "ML", "PA", "PH", "ZE"),
    *("CF", "LD", "LL", "NP", "SA"),
    *("GY", "JE", "IM"),
)


def outside_england(postcode: str) -> str:
    """SQL: whether an outward postcode is outside England (NULL when there is none).

    A placement without a postcode is not known to be in England, so rules that
    apply only to English placements leave it alone (as DfE's PL_LA is then blank).
    """
    area = f"regexp_extract({postcode}, '^([A-Z]+)', 1)"
    return (
        f"CASE WHEN {postcode} IS NULL THEN NULL ELSE ({area} IN {sql_list(_OUTSIDE_ENGLAND_AREAS)}"
        f" OR ({area} = 'TD' AND {postcode} <> 'TD15')) END"
    )


def in_england(postcode: str) -> str:
    """SQL: true only for a placement postcode known to be in England."""
    return f"coalesce(NOT ({outside_england(postcode)}), false)"


def spells_over(context: RuleContext, legal_status: str, max_days: int) -> str:
    """SQL: episodes with LS ``legal_status`` in a spell lasting more than ``max_days`` days.

    A spell is a run of the child's episodes with that legal status, each
    starting on or before the previous one ended (a change of placement under
    the same order). An open episode runs to 31 March. Its length is from the
    first start to the last end, in days.
    """
    return f"""
        WITH x AS (
            SELECT _file, _position, child, DECOM, coalesce(DEC, {year_end(context)}) AS stop
            FROM Episodes WHERE LS = '{legal_status}' AND DECOM IS NOT NULL),
        marked AS (
            SELECT *, CASE WHEN DECOM <= max(stop) OVER (
                       PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE}
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                  THEN 0 ELSE 1 END AS starts_spell
            FROM x),
        spells AS (
            SELECT *, sum(starts_spell) OVER (
                PARTITION BY child ORDER BY DECOM, {ORDER_IN_FILE} ROWS UNBOUNDED PRECEDING)
                AS spell
            FROM marked)
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM spells
        QUALIFY date_diff('day', min(DECOM) OVER (PARTITION BY child, spell),
                          max(stop) OVER (PARTITION BY child, spell)) > {max_days}
    """


def not_among_urn_codes(field: str, lookup_codes: str) -> str:
    """SQL: episodes whose ``field`` is not among their URN's codes in the providers' lookup.

    ``lookup_codes`` is the lookup's comma-separated column (``PLACE_CODES`` for rule
    219, ``PROVIDER_CODES`` for 224). A code of any of the URN's rows is enough; not
    judged: no URN (``XXXXXXX``), a URN not in the lookup (rule 1008's), a URN whose
    rows give no codes, and an episode without the field.
    """
    return f"""
        WITH allowed AS (
            SELECT URN,
                   bool_or({lookup_codes} IS NOT NULL) AS known,
                   list_distinct(flatten(list(string_split(coalesce({lookup_codes}, ''), ','))))
                       AS codes
            FROM ref_providers GROUP BY URN
        )
        SELECT e._file, e._position, e.child, e.{field} AS value
        FROM Episodes AS e JOIN allowed AS a ON a.URN = e.URN
        WHERE e.URN <> 'XXXXXXX' AND e.{field} IS NOT NULL
          AND a.known AND NOT list_contains(a.codes, e.{field})
    """
