"""347: a care leaver under 18 accommodated in a foyer. From 2023-24.

ACCOM T1 or T2 (a foyer) for a young person under 18 on 1 April. The D2I
validator compares ACCOM with 'T', which no code is, and so never fails
anyone; this rule follows DfE's meaning. Birth dates are kept to their
month: the earliest possible 18th birthday is used (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import birthday, year_start


@rule(
    code="347",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Care leavers aged under 18 years, can not be accommodated in a Foyer.",
    guidance=(
        "Check the care leaver's accommodation and date of birth in the case management system: "
        "a foyer is not accommodation for a young person under 18."
    ),
    tables=("OC3",),
    fields=("ACCOM", "DOB"),
    first_year=2024,
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, ACCOM AS value FROM OC3
        WHERE ACCOM IN ('T1', 'T2') AND {birthday("DOB", 18)} > {year_start(context)}
    """
