"""151: the adoption items (AD1) are all given or all blank.

DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR
describe one adoption: some given and others blank fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")


@rule(
    code="151",
    kind="ssda903",
    severity=Severity.ERROR,
    message="All data items relating to a childs adoption must be coded or left blank.",
    guidance=(
        "Complete every adoption item on the child's adoption record in the case management "
        "system (dates of the decision and the match, former foster carers, number, sex and "
        "legal status of the adopters), or none."
    ),
    tables=("AD1",),
    fields=ITEMS,
)
def logic(context: RuleContext) -> str:
    given = " + ".join(f"CAST({item} IS NOT NULL AS INTEGER)" for item in ITEMS)
    return f"""
        SELECT _file, _position, child, NULL AS value FROM AD1
        WHERE ({given}) NOT IN (0, {len(ITEMS)})
    """
