"""SW04STG1: the start of a social worker episode is not a valid date.

A SW_DECOM given but not a date when read fails (the ``unparsed`` values;
a blank one is rule SW01/SW03's concern). Social worker episodes (SWEpisodes) are collected from 2023-24. DfE's message ends with
two full stops.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import unparsed_values


@rule(
    code="SW04STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Date social worker episode began is not a valid date..",
    guidance=(
        "Record the date the social worker episode began as DD/MM/YYYY in the case management "
        "system."
    ),
    tables=("SWEpisodes",),
    fields=("SW_DECOM",),
    first_year=2024,
)
def logic(context: RuleContext) -> str:
    return unparsed_values("SWEpisodes", "SW_DECOM")
