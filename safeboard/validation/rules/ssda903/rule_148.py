"""148: an episode's end date and reason for ending are given together or not at all."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="148",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date episode ceased and reason episode ceased must both be coded, or both left blank."
    ),
    guidance=(
        "On the episode in the case management system give both the date it ended and the "
        "reason, or neither if it is still open at 31 March."
    ),
    tables=("Episodes",),
    fields=("DEC", "REC"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, REC AS value FROM Episodes
        WHERE (DEC IS NULL) <> (REC IS NULL)
    """
