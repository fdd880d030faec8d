"""8545Q: a date of death outside the census year.

Where a child has a date of death, it falls within the census year (1 April
to 31 March): a child who died earlier would not be in this year's return.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_end, census_start, sql_date


@rule(
    code="8545Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Please check and either amend data or provide a reason: Child's date of death "
        "should be within the census year"
    ),
    guidance=(
        "In the case management system, check the child's date of death; a child who died "
        "before 1 April should not be in this year's return."
    ),
    tables=("child",),
    fields=("PersonDeathDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    start = sql_date(census_start(context.collection_year))
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(PersonDeathDate AS VARCHAR) AS value
        FROM child
        WHERE PersonDeathDate NOT BETWEEN {start} AND {end}
    """
