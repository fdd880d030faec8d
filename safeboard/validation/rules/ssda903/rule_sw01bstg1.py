"""SW01bSTG1: a social worker episode from 1 April 2023 without its identifier, start or reason (2024-25).

A social worker episode needs its start (SW_DECOM); one that started on or
after 1 April 2023 needs the identifier (SW_ID) and the reason for the
change (SW_REASON) too. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="SW01bSTG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="For each social worker episode, information should be complete",
    guidance=(
        "Record the social worker's identifier, the date the episode started and the reason "
        "for the change of worker in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM", "SW_ID", "SW_REASON"),
    first_year=2025,
    last_year=2025,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value FROM SWEpisodes
        WHERE SW_DECOM IS NULL
           OR (SW_DECOM >= DATE '2023-04-01' AND (SW_ID IS NULL OR SW_REASON IS NULL))
    """
