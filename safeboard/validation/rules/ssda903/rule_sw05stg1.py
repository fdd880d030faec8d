"""SW05STG1: the end of a social worker episode is not a valid date.

A SW_DEC given but not a date when read fails (the ``unparsed`` values). DfE's
message says "began" although the rule is about the end date (SW_DEC);
the message is DfE's. Social worker episodes (SWEpisodes) are collected from 2023-24.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import unparsed_values


@rule(
    code="SW05STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Date social worker episode began is not a valid date.",
    guidance=(
        "Record the date the social worker episode ended as DD/MM/YYYY in the case management "
        "system, or leave it blank if the worker is still allocated."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DEC",),
    first_year=2024,
)
def logic(context: RuleContext) -> str:
    return unparsed_values("SWEpisodes", "SW_DEC")
