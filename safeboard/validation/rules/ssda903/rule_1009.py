"""1009: the reason for placement change is not a valid code.

REASON_PLACE_CHANGE, when given, is one of the collection year's codes
(CUSTOD from 2020-21).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_codes


@rule(
    code="1009",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason for placement change is not a valid code.",
    guidance=("Use one of DfE's reasons for a change of placement in the case management system."),
    tables=("Episodes",),
    fields=("REASON_PLACE_CHANGE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    codes = year_codes("REASON_PLACE_CHANGE", context.collection_year)
    return f"""
        SELECT _file, _position, child, REASON_PLACE_CHANGE AS value FROM Episodes
        WHERE REASON_PLACE_CHANGE IS NOT NULL AND REASON_PLACE_CHANGE NOT IN {codes}
    """
