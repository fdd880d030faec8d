"""8535Q: a date of death before the date of birth, or with no date of birth.

Where a child has a date of death it is on or after the date of birth, and
a child who has died has a date of birth.

Deviation (pseudonymisation): Safeboard keeps the date of birth only to its
month, so a death reported here is certainly before the birth month; a
death earlier in the birth's own month than the birth cannot be seen.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8535Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: Child’s date of death "
        "should not be prior to the date of birth"
    ),
    guidance=(
        "In the case management system, check the child's dates of birth and death and "
        "correct the wrong one; a child who has died needs a date of birth."
    ),
    tables=("child",),
    fields=("PersonDeathDate", "PersonBirthDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(PersonDeathDate AS VARCHAR) AS value
        FROM child
        WHERE PersonDeathDate IS NOT NULL
          AND (PersonBirthDate IS NULL OR PersonDeathDate < PersonBirthDate)
    """
