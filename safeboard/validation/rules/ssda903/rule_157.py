"""157: SDQ1 (no score because of the child's age) given for a child of SDQ age.

SDQ1 says there is no SDQ score because the child was under 4 or over 16.
A child looked after continuously for 12 months at 31 March who was 4 or
over on 1 April and whose 16th birthday is on or after 31 March was of SDQ
age all year, so SDQ1 with no score fails. Ages use birth dates kept to
their month (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import (
    birthday,
    continuously_looked_after,
    latest_birthday,
    year_end,
    year_start,
)


@rule(
    code="157",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is aged 4 years or over at the beginning of the year or 16 years or under at "
        "the end of the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been "
        "recorded as the reason for no Strengths and Difficulties Questionnaire (SDQ) score."
    ),
    guidance=(
        "The child was of SDQ age (4 to 16) all year: record the SDQ score from the carer's "
        "questionnaire in the case management system, or the real reason there is none "
        "(SDQ2-SDQ5) instead of SDQ1. Check the date of birth if it is wrong."
    ),
    tables=("OC2", "Episodes"),
    fields=("SDQ_REASON", "DOB"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, SDQ_REASON AS value FROM OC2
        WHERE SDQ_REASON = 'SDQ1' AND SDQ_SCORE IS NULL
          AND {latest_birthday("DOB", 4)} <= {year_start(context)}
          AND {birthday("DOB", 16)} >= {year_end(context)}
          AND child IN ({continuously_looked_after(context)})
    """
