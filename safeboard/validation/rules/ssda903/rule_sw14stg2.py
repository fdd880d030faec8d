"""SW14STG2: the end of a social worker episode is blank when a later one exists (2023-24).

Every social worker episode of a child but the latest (by SW_DECOM, then
order in the file) must have an end date. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST


@rule(
    code="SW14STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Social worker episode date ceased is blank.",
    guidance=(
        "Record the date the earlier social worker episode ended in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC",),
    first_year=2024,
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, NULL AS value FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child ORDER BY SW_DECOM DESC NULLS FIRST, {LAST_IN_FILE_FIRST})
                AS from_last
            FROM SWEpisodes)
        WHERE from_last > 1 AND SW_DEC IS NULL
    """
