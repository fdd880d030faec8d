"""8863Q: an assessment does not start while another in the same episode is ongoing.

Within one CINdetails, no assessment's start date may fall on or between
another assessment's start and authorisation dates or, where that one has no
authorisation date, its start date and the ReferenceDate. The assessment
that starts inside another is reported. (The D2I validator also skips pairs
of assessments with identical dates, so it misses an assessment entered
twice; here only an assessment compared with itself is skipped.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_end, sql_date


@rule(
    code="8863Q",
    kind="cin",
    severity=Severity.WARNING,
    message="An Assessment is shown as starting when there is another Assessment ongoing.",
    guidance=(
        "Record the authorisation date of the earlier assessment in the case management "
        "system, correct the start dates, or remove an assessment entered twice."
    ),
    tables=("assessment",),
    fields=("AssessmentActualStartDate", "AssessmentAuthorisationDate"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    end = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, child, CAST(AssessmentActualStartDate AS VARCHAR) AS value
        FROM (
            -- The latest end among the episode's other assessments that started on or
            -- before this one: this one starts inside one of them if it is not after it.
            SELECT *, max(coalesce(AssessmentAuthorisationDate, {end}))
                      OVER (PARTITION BY child, episode
                            ORDER BY AssessmentActualStartDate ASC NULLS LAST
                            RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            EXCLUDE CURRENT ROW) AS ongoing_until
            FROM assessment
        )
        WHERE AssessmentActualStartDate <= ongoing_until
    """
