"""131: IN_TOUCH (in touch with the care leaver) must be one of the year's codes; a blank fails too:
every care leaver in the OC3 file needs one.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="131",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Data entry for being in touch after leaving care is invalid.",
    guidance=(
        "Record whether the local authority is in touch with the care leaver with one of YES, "
        "NO, DIED, REFU, NREQ or RHOM in the case management system."
    ),
    tables=("OC3",),
    fields=("IN_TOUCH",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("IN_TOUCH", context.collection_year)
    return f"""
        SELECT _file, _position, child, IN_TOUCH AS value FROM OC3
        WHERE IN_TOUCH IS NULL OR IN_TOUCH NOT IN {codes}
    """
