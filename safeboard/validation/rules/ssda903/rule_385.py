"""385: an episode ending after the collection year's end."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="385",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Date episode ceased must be on or before the end of the current collection year."),
    guidance=(
        "Correct the episode's end date in the case management system: an end after 31 March "
        "belongs to next year's return (leave the episode open)."
    ),
    tables=("Episodes",),
    fields=("DEC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DEC AS VARCHAR) AS value FROM Episodes
        WHERE DEC > {year_end(context)}
    """
