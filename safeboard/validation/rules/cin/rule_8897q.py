"""8897Q: an assessment completed in the census year records the factors it identified.

Where an assessment's authorisation date is on or after 1 April of the
census year, it should hold at least one AssessmentFactors, each a valid
code. An assessment with none is reported on the assessment; each factor
that is not a code of the year is reported on the factor. Valid codes are
the year's list plus 18A and 19A, which DfE still accepts after their split
in 2020-21 (from 2024-25 with queries 8945Q and 8950Q), as the D2I validator
does.
"""

from __future__ import annotations

from safeboard.returns.codelists import cin as cin_codelists
from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import census_start, sql_date


@rule(
    code="8897Q",
    kind="cin",
    severity=Severity.WARNING,
    message=(
        "Parental or child factors at assessment information is missing from a completed assessment"
    ),
    guidance=(
        "Record the factors the assessment identified (or 21, no factors identified) in the "
        "case management system, using the census's assessment factor codes."
    ),
    tables=("assessment", "assessment_factor"),
    fields=("AssessmentAuthorisationDate", "AssessmentFactors"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    start = sql_date(census_start(year))
    valid = sorted(cin_codelists.codes("AssessmentFactors", year) | {"18A", "19A"})
    codes = "(" + ", ".join(f"'{code}'" for code in valid) + ")"
    return f"""
        WITH completed AS (
            SELECT _file, _position, child, episode, assessment FROM assessment
            WHERE AssessmentAuthorisationDate >= {start}
        )
        SELECT a._file, a._position, a.child, NULL AS value, 'assessment' AS "table"
        FROM completed AS a
        ANTI JOIN (
            SELECT child, episode, assessment FROM assessment_factor
            WHERE AssessmentFactors IS NOT NULL
        ) AS f USING (child, episode, assessment)
        UNION ALL
        SELECT f._file, f._position, f.child, f.AssessmentFactors AS value,
               'assessment_factor' AS "table"
        FROM assessment_factor AS f
        SEMI JOIN completed USING (child, episode, assessment)
        WHERE f.AssessmentFactors NOT IN {codes}
    """
