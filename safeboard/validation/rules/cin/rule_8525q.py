"""8525Q: a date of birth or an expected date of birth, but not both.

A born child has a date of birth; an unborn one an expected date of birth.
A child with neither, or with both, is queried.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8525Q",
    kind="cin",
    severity=Severity.WARNING,
    message="Either Date of Birth or Expected Date of Birth must be provided (but not both)",
    guidance=(
        "In the case management system, record the date of birth for a born child and "
        "remove the expected date of birth; for an unborn child record only the expected "
        "date of birth."
    ),
    tables=("child",),
    fields=("PersonBirthDate", "ExpectedPersonBirthDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE (PersonBirthDate IS NULL) = (ExpectedPersonBirthDate IS NULL)
    """
