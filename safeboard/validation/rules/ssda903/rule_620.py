"""620: a mother under 11 at the start of the year.

MOTHER 1 for a child whose 11th birthday falls after 1 April that opens the
collection year. The birth date is kept to its month, so the rule reports
a child only when the birthday is after 1 April whatever the day in that
month; a child born in April itself, whose birthday may fall on 1 April, is
given the benefit of the doubt (the D2I validator, reading the full date,
reports one born after 1 April).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import birthday_earliest, year_start


@rule(
    code="620",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child has been recorded as a mother, but date of birth shows that the mother is "
        "under 11 years of age."
    ),
    guidance=(
        "Check the child's date of birth and the mother item in the case management system: a "
        "child under 11 is very unlikely to be a mother."
    ),
    tables=("Header",),
    fields=("DOB", "MOTHER"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM Header
        WHERE MOTHER = '1' AND {birthday_earliest("DOB", 11)} > {year_start(context)}
    """
