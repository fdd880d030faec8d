"""582: the adoption is dated the day the child was matched with the adopters.

An episode that ended in adoption (REC E11 or E12) on the same day as the
child was matched with the adopters (AD1 DATE_MATCH) is unusual: matching
normally comes well before the adoption order. A query, not an error: DfE
asks for a check. DfE added the rule in 2022-23 (the D2I validator: "apply
for 2023 onwards").
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import ADOPTED


@rule(
    code="582",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "Child is showing as ceasing to be looked after due to adoption, but the date of "
        "adoption is the same as the date reported for being matched with adopters. In most "
        "circumstances we expect the date the child is matched with adopters to be before the "
        "date of adoption."
    ),
    guidance=(
        "Check the date the child was matched with the adopters and the date of the adoption "
        "order in the case management system; correct whichever is wrong, or confirm both if "
        "they really fell on the same day."
    ),
    tables=("Episodes", "AD1"),
    fields=("DEC", "DATE_MATCH"),
    first_year=2023,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT DISTINCT e._file, e._position, e.child, CAST(e.DEC AS VARCHAR) AS value
        FROM Episodes AS e JOIN AD1 AS a ON a.child = e.child
        WHERE e.REC IN {ADOPTED} AND e.DEC = a.DATE_MATCH
    """
