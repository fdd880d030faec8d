"""SW17STG2: no social worker episode open at 31 March (2025-26).

A child's latest social worker episode (by SW_DECOM, then order in the
file) must still be open: an end date on it fails. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import LAST_IN_FILE_FIRST


@rule(
    code="SW17STG2",
    kind="ssda903",
    severity=Severity.ERROR,
    message="There is no social worker episode open at 31 March",
    guidance=(
        "Record the social worker allocated to the child at 31 March (an open social worker "
        "episode), or remove the end date if the worker is still allocated."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC", "SW_DECOM"),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CAST(SW_DEC AS VARCHAR) AS value FROM (
            SELECT *, row_number() OVER (
                PARTITION BY child ORDER BY SW_DECOM DESC, {LAST_IN_FILE_FIRST}) AS from_last
            FROM SWEpisodes WHERE SW_DECOM IS NOT NULL)
        WHERE from_last = 1 AND SW_DEC IS NOT NULL
    """
