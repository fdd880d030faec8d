"""SW13STG1: the reason for the change of social worker is not valid or not entered.

SW_REASON, when given, is one of DfE's ten reasons. A blank fails in
2023-24; from 2024-25, DfE's second version, only for an episode that
started on or after 1 April 2023. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import sql_list

REASONS = frozenset(
    {"MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED",
     "OTHERS"}
)  # fmt: skip


@rule(
    code="SW13STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("The reason for social worker change is either not valid or has not been entered."),
    guidance=(
        "Record why the social worker changed with one of DfE's reasons (for example MANAGE, "
        "FCONTA, LEFTRL) in the case management system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_REASON",),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    blank = "SW_REASON IS NULL"
    if context.collection_year >= 2025:
        blank += " AND SW_DECOM >= DATE '2023-04-01'"
    return f"""
        SELECT _file, _position, child, SW_REASON AS value FROM SWEpisodes
        WHERE ({blank}) OR SW_REASON NOT IN {sql_list(REASONS)}
    """
