"""571: a missing period that ended outside the collection year.

MIS_END, where given, must fall within the collection year: 1 April to 31
March. A period still open on 31 March has no end date in this return.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import year_end, year_start


@rule(
    code="571",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The date that the child ceased to be missing or away from placement without "
        "authorisation is before the start or after the end of the collection year."
    ),
    guidance=(
        "Correct the end date of this missing or away period in the case management system: a "
        "period that ended before 1 April belongs to last year's return; one still going on 31 "
        "March has no end date this year."
    ),
    tables=("Missing",),
    fields=("MIS_END",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(MIS_END AS VARCHAR) AS value
        FROM Missing
        WHERE MIS_END < {year_start(context)} OR MIS_END > {year_end(context)}
    """
