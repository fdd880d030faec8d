"""601: a child adopted in the year whose adoption details (AD1) are incomplete.

An episode ending in adoption (REC E11 or E12) during the collection year
needs every adoption item of AD1: DATE_INT, DATE_MATCH, FOSTER_CARE,
NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR. The AD1 row missing an item fails; so
does the adoption episode of a child with no AD1 row at all (DfE's meaning:
none of the items is completed). The D2I validator joins the two tables and
so misses a child with no AD1 row; that is its fault, not a difference of
meaning.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import AD1_ITEMS, ADOPTED, year_end, year_start


@rule(
    code="601",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The additional fields relating to adoption have not been completed although the "
        "episode data shows that the child was adopted during the year."
    ),
    guidance=(
        "Complete the adoption details (dates of the decision and of the match, whether "
        "adopted by the foster carers, the number, sex and legal status of the adopters) for "
        "this child in the case management system."
    ),
    tables=("Episodes", "AD1"),
    fields=("REC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    start, end = year_start(context), year_end(context)
    incomplete = " OR ".join(f"a.{item} IS NULL" for item in AD1_ITEMS)
    return f"""
        WITH adopted AS (
            SELECT _file, _position, child, REC FROM Episodes
            WHERE REC IN {ADOPTED} AND DEC BETWEEN {start} AND {end})
        SELECT a._file, a._position, a.child, NULL AS value, 'AD1' AS "table" FROM AD1 AS a
        WHERE ({incomplete}) AND a.child IN (SELECT child FROM adopted)
        UNION ALL
        SELECT e._file, e._position, e.child, e.REC AS value, 'Episodes' AS "table"
        FROM adopted AS e
        WHERE NOT EXISTS (SELECT 1 FROM AD1 AS a WHERE a.child = e.child)
    """
