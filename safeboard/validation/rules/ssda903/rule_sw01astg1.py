"""SW01aSTG1: a social worker episode from before 1 April 2023 without its identifier or start (2024-25).

A social worker episode needs its start (SW_DECOM); one that started
before 1 April 2023 needs the social worker's identifier (SW_ID) too, the
reason being optional for those. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW01aSTG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="For each social worker episode, information should be complete",
    guidance=(
        "Record the social worker's identifier and the date the episode started in the case "
        "management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM", "SW_ID"),
    first_year=2025,
    last_year=2025,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM SWEpisodes
        WHERE SW_DECOM IS NULL OR (SW_DECOM < DATE '2023-04-01' AND SW_ID IS NULL)
    """
