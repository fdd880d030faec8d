"""576: a missing period open at the end of last year is not carried into this year.

A missing or away period still open in last year's return (no MIS_END)
carries on into this year, so this year's return must hold a period for the
child with the same start date. When the child has missing periods this
year, the earliest is reported (it should be that one); when the child is
in this year's return with no missing period at all, last year's open
period is reported. Compares with the previous year's snapshot (the view
prev_Missing); without last year's return imported the rule does not run.

The D2I validator reports only children with a missing period this year;
DfE's "no corresponding period recorded" covers a child with none too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ORDER_IN_FILE


@rule(
    code="576",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "There is an open missing/away from placement without authorisation period in last "
        "year’s return and there is no corresponding period recorded at the start of this year."
    ),
    guidance=(
        "Add the missing or away period that was open on 31 March last year to this year's "
        "record in the case management system, with the same start date (and its end date if "
        "it has ended), or correct last year's return if it had ended then."
    ),
    tables=("Missing", "prev_Missing", "Episodes"),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH still_open AS (
            SELECT * FROM prev_Missing AS l
            WHERE l.MIS_END IS NULL AND l.MIS_START IS NOT NULL
              AND NOT EXISTS (
                  SELECT 1 FROM Missing AS m
                  WHERE m.child = l.child AND m.MIS_START = l.MIS_START)
        ), first_now AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (
                           PARTITION BY child ORDER BY MIS_START NULLS LAST, {ORDER_IN_FILE}) AS n
                FROM Missing)
            WHERE n = 1
        )
        SELECT f._file, f._position, f.child, CAST(f.MIS_START AS VARCHAR) AS value,
               'Missing' AS "table"
        FROM first_now AS f WHERE f.child IN (SELECT child FROM still_open)
        UNION
        SELECT l._file, l._position, l.child, CAST(l.MIS_START AS VARCHAR), 'prev_Missing'
        FROM still_open AS l
        WHERE l.child NOT IN (SELECT child FROM Missing)
          AND l.child IN (SELECT child FROM Episodes)
    """
