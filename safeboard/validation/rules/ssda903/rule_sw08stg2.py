"""SW08STG2: a new social worker episode started while the previous one is open.

Every social worker episode of a child but the latest (by SW_DECOM, then
order in the file) must have ended: SW_DEC blank on an earlier one fails.
Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST


@rule(
    code="SW08STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("A new social worker episode has started, but the previous episode has not ended."),
    guidance=(
        "Record the date the earlier social worker episode ended (the day the new worker took "
        "over) in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC",),
    first_year=2024,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, NULL AS value FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child ORDER BY SW_DECOM DESC, {LAST_IN_FILE_FIRST}) AS from_last
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        WHERE from_last > 1 AND SW_DEC IS NULL
    """
