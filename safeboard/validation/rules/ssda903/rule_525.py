"""525: a child whose decision to place for adoption was reversed is recorded as adopted.

When the child's decision to place for adoption has been reversed
(DATE_PLACED_CEASED given on the latest decision, by DATE_PLACED) the child
was not adopted this year: the AD1 items (DATE_INT, DATE_MATCH,
FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR, LS_ADOPTR) must be blank. Reported on
the decision and on the AD1 row.

Deviation from the D2I validator, as DfE's message means it: D2I reports
any reversed decision, so a child whose first decision was reversed and
who was adopted under a later one is reported; here only the latest
decision counts.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import LAST_IN_FILE_FIRST


@rule(
    code="525",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "A child for whom the decision to be placed for adoption has been reversed cannot be "
        "adopted during the year."
    ),
    guidance=(
        "Check the child's adoption records in the case management system: if the child was "
        "adopted, the decision to place for adoption was not reversed (clear the date it "
        "ceased); if it was reversed, remove the adoption details."
    ),
    tables=("PlacedAdoption", "AD1"),
    fields=(
        "DATE_PLACED_CEASED",
        "DATE_INT",
        "DATE_MATCH",
        "FOSTER_CARE",
        "NB_ADOPTR",
        "SEX_ADOPTR",
        "LS_ADOPTR",
    ),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH latest AS (
            SELECT * FROM (
                SELECT *, row_number() OVER (
                           PARTITION BY child ORDER BY DATE_PLACED DESC NULLS LAST,
                           {LAST_IN_FILE_FIRST}) AS n
                FROM PlacedAdoption)
            WHERE n = 1
        ), reversed AS (
            SELECT p._file, p._position, p.child, p.DATE_PLACED_CEASED,
                   a._file AS a_file, a._position AS a_position
            FROM latest AS p JOIN AD1 AS a ON a.child = p.child
            WHERE p.DATE_PLACED_CEASED IS NOT NULL
              AND (a.DATE_INT IS NOT NULL OR a.DATE_MATCH IS NOT NULL
                   OR a.FOSTER_CARE IS NOT NULL OR a.NB_ADOPTR IS NOT NULL
                   OR a.SEX_ADOPTR IS NOT NULL OR a.LS_ADOPTR IS NOT NULL)
        )
        SELECT _file, _position, child, CAST(DATE_PLACED_CEASED AS VARCHAR) AS value,
               'PlacedAdoption' AS "table" FROM reversed
        UNION
        SELECT a_file, a_position, child, NULL, 'AD1' FROM reversed
    """
