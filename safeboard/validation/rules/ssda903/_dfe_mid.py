"""What the DfE SSDA903 rules 400 to 599 share: the year, ages, episode order, periods of care.

The collection year runs from 1 April to 31 March and is named by the year it
ends (2023 = 1 April 2022 to 31 March 2023). Every value here becomes a SQL
literal worked out once per run, never per row.

Ages. Birth dates are kept only to their month at import (safeboard.returns
.pseudonymise), so a true birthday lies somewhere in the stored month. An
import with a DfE error is refused, so these rules report an age fault only
when it holds whatever the day of birth in that month: ``surely_aged`` takes
the last possible day of birth, ``surely_under`` the first (both from
``_birth_month``). At a month's end (31 March) both are exact; on other days
a child in the month of the birthday is given the benefit of the doubt,
where the D2I validator, reading the full date, would decide. Rule 580, which needs the 18th birthday itself,
says how it reads the month.

Postcodes are kept to their outward code, so two placements in one postcode
district cannot be told apart: a change of outward code is a certain change
of placement postcode, the same outward code is not a certain sameness
(rules 434 to 436 say how they use this).
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.codelists import ssda903 as codelists
from safeboard.validation.engine import RuleContext
from safeboard.validation.rules.ssda903 import _birth_month
from safeboard.validation.shared import shared

# A row's place in its file ("line 9" before "line 10"): ties in dates are broken by it. The
# places of one table share their prefix, so length then text is number order, and far
# cheaper for DuckDB than parsing the number.
ORDER_IN_FILE = "length(_position), _position"
LAST_IN_FILE_FIRST = "length(_position) DESC, _position DESC"
# Episodes in the order of the return: by start date, then as they stand in the file.
EPISODE_ORDER = f"DECOM, {ORDER_IN_FILE}"

ADOPTION_PLACEMENTS = "('A3', 'A4', 'A5', 'A6')"
ADOPTED = "('E11', 'E12')"


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


def year_codes(codelist: str, year: int) -> set[str]:
    """The codes of an SSDA903 code list valid in the collection year."""
    return codelists.codes(codelist, year)


# Birth dates kept to the month: the one set of ages (see _birth_month).
surely_aged = _birth_month.surely_aged
surely_under = _birth_month.surely_under


def continuously_looked_after(context: RuleContext) -> str:
    """SQL selecting ``child``: looked after continuously for the 12 months to 31 March.

    DfE's cohort for the OC2 table: a child in care at some time in the year
    who neither started to be looked after (RNE S) after 1 April, nor ceased
    (an episode ending with a reason other than X1) from 1 April to 30 March,
    nor had a short-break episode (LS V3 or V4) during the year.
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
              OR (LS IN ('V3', 'V4') AND {during}), false))
    """)
    return f"SELECT child FROM {cohort}"


def episodes_in_periods() -> str:
    """SQL selecting every dated episode with ``n`` (its place in the child's episodes) and
    ``period`` (the number of its period of care among the child's).

    A period of care is a chain of episodes: the next one starts on the day
    the last ended with X1. A new period begins with a child's first
    episode, or after an episode that ended with any other reason, or after
    a gap. An open episode inside a chain (a fault other rules report) does
    not break it.
    """
    numbered = shared(f"""
        SELECT *, sum(CASE WHEN n = 1
                             OR (prev_dec IS NOT NULL
                                 AND (prev_dec < DECOM OR coalesce(prev_rec, '') <> 'X1'))
                           THEN 1 ELSE 0 END)
                      OVER (PARTITION BY child ORDER BY n) AS period
        FROM (
            SELECT *, lag(DEC) OVER w AS prev_dec, lag(REC) OVER w AS prev_rec,
                   row_number() OVER w AS n
            FROM Episodes WHERE DECOM IS NOT NULL
            WINDOW w AS (PARTITION BY child ORDER BY {EPISODE_ORDER}))
    """)
    return f"SELECT * FROM {numbered}"


def periods_of_care() -> str:
    """SQL selecting ``child, poc_start, poc_end, poc_open``: each period of care.

    See ``episodes_in_periods``. A period with an open episode is open, and
    its ``poc_end`` is NULL.
    """
    periods = shared(f"""
        SELECT child, min(DECOM) AS poc_start,
               CASE WHEN bool_or(DEC IS NULL) THEN NULL ELSE max(DEC) END AS poc_end,
               bool_or(DEC IS NULL) AS poc_open
        FROM ({episodes_in_periods()}) GROUP BY child, period
    """)
    return f"SELECT * FROM {periods}"


def first_after_open_episode(*fields: str, derived: tuple[str, ...] = ()) -> str:
    """SQL: each child's first episode this year beside last year's open last episode.

    Selects the columns of the child's first episode (the earliest start
    date) and, for each of ``fields``, last year's value as ``prev_<field>``,
    for the children whose last episode in last year's return (the latest
    start date) was still open on 31 March: this year's return must carry
    that episode on. Reads the view ``prev_Episodes`` (the previous year's
    snapshot; see the engine). Each of ``derived`` (DfE's PL_LA, PL_LOCATION,
    PL_DISTANCE) comes as ``prev_<field>`` too, but as text read with
    ``to_json``: a snapshot imported before Safeboard kept the field lacks its
    column, and gives NULL.

    First and last are found by the earliest and latest start date joined
    back, not by numbering each child's episodes: a window over every
    episode costs twice as much. Two episodes starting on the same first day
    (a fault other rules report) are both first.
    """
    previous = ", ".join(
        [
            *(f"p.{name} AS prev_{name}" for name in fields),
            *(f"to_json(p) ->> '{name}' AS prev_{name}" for name in derived),
        ]
    )
    # Both sides are the same for every rule that asks: made once per validation.
    first = shared("""
        SELECT e.* FROM Episodes AS e
        JOIN (SELECT child, min(DECOM) AS day FROM Episodes GROUP BY child) AS f
          ON f.child = e.child AND f.day = e.DECOM
    """)
    last_open = shared("""
        SELECT p.* FROM prev_Episodes AS p
        JOIN (SELECT child, max(DECOM) AS day FROM prev_Episodes GROUP BY child) AS l
          ON l.child = p.child AND l.day = p.DECOM
        WHERE p.DEC IS NULL
    """)
    return f"""
        SELECT DISTINCT e.*, {previous}
        FROM {first} AS e
        JOIN {last_open} AS p ON p.child = e.child
    """


def placement_fields_known() -> str:
    """SQL condition: both years' returns have DfE's derived placement fields.

    PL_LA, PL_LOCATION and PL_DISTANCE are worked out at import only when the
    ONS Postcode Directory was imported (safeboard.returns.placement_area),
    and a snapshot imported before Safeboard kept them has no such columns. A
    return none of whose episodes has a PL_LA was imported without the
    directory: the previous-year rules on these fields then cannot judge a
    blank, and report nothing. Reads ``Episodes`` and ``prev_Episodes``; each
    year's answer is worked out once per validation.
    """
    this_year = shared("SELECT EXISTS (SELECT 1 FROM Episodes WHERE PL_LA IS NOT NULL) AS known")
    last_year = shared(
        "SELECT EXISTS (SELECT 1 FROM prev_Episodes AS p"
        " WHERE (to_json(p) ->> 'PL_LA') IS NOT NULL) AS known"
    )
    return f"((SELECT known FROM {this_year}) AND (SELECT known FROM {last_year}))"
