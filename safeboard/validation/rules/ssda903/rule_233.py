"""233: a reason for placement change on an episode that has not ended. From 2025-26."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="233",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason for placement change is not required when the episode has not ceased.",
    guidance=(
        "Clear the reason for placement change on the open episode in the case management "
        "system: it belongs on the episode that ends when the placement changes."
    ),
    tables=("Episodes",),
    fields=("REASON_PLACE_CHANGE",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, REASON_PLACE_CHANGE AS value FROM Episodes
        WHERE DEC IS NULL AND REASON_PLACE_CHANGE IS NOT NULL
    """
