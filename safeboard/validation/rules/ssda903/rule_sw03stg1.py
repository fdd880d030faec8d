"""SW03STG1: a social worker episode without its identifier, start or reason (2023-24).

Each social worker episode needs SW_ID, SW_DECOM and SW_REASON. Social worker episodes (SWEpisodes) are collected from 2023-24.
DfE split the rule into SW01aSTG1 and SW01bSTG1 in 2024-25.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW03STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="For each social worker episode, information should be complete.",
    guidance=(
        "Record the social worker's identifier, the date the episode started and the reason "
        "for the change of worker in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_ID", "SW_DECOM", "SW_REASON"),
    first_year=2024,
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM SWEpisodes
        WHERE SW_ID IS NULL OR SW_DECOM IS NULL OR SW_REASON IS NULL
    """
