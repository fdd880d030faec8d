"""354: an episode starting after the collection year's end.

DfE's message speaks of the date ceased; the check (as DfE's field list
and the D2I validator have it) is on the start date, DECOM.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="354",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date episode ceased must be on or before the end of the current collection year."),
    guidance=(
        "Correct the episode's start date in the case management system: an episode starting "
        "after 31 March belongs to next year's return."
    ),
    tables=("Episodes",),
    fields=("DECOM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DECOM AS VARCHAR) AS value FROM Episodes
        WHERE DECOM > {year_end(context)}
    """
