"""8520: a date of birth after the census year.

A date of birth, where given, is on or before the ReferenceDate (31 March of
the collection year); an unborn child has an expected date of birth
instead. Safeboard keeps birth dates to the first of their month, which
decides this exactly: a birth after 31 March is in a later month.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_end, sql_date


@rule(
    code="8520",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Date of Birth is after data collection period (must be on or before the end of "
        "the census period)"
    ),
    guidance=(
        "In the case management system, correct the child's date of birth; if the child "
        "is not yet born, record the expected date of birth instead."
    ),
    tables=("child",),
    fields=("PersonBirthDate", "ReferenceDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, strftime(PersonBirthDate, '%Y-%m') AS value
        FROM child
        WHERE PersonBirthDate > {end}
    """
