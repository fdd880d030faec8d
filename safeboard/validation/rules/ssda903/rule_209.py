"""209: a child of school age with the unknown-UPN code UN1.

UN1 (not of school age or not yet assigned one) is wrong for a child who was
4 or over on 31 August before the collection year began (for 2022-23, 31
August 2021), that is of school age. Which code was given is kept at import
(``UPN_UNKNOWN``). Birth dates are kept to their month: the latest possible
4th birthday is used (see _dfe_low).
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday, sql_date


@rule(
    code="209",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child looked after is of school age and should not have an unknown Unique Pupil "
        "Number (UPN) code of UN1."
    ),
    guidance=(
        "The child is of school age: get the child's UPN from the school (or the virtual "
        "school) and record it in the case management system, or the code for why it is not "
        "known."
    ),
    tables=("Header",),
    fields=("UPN", "DOB"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    school_age_by = sql_date(date(year - 2, 8, 31))
    return f"""
        SELECT _file, _position, child, UPN_UNKNOWN AS value FROM Header
        WHERE UPN_UNKNOWN = 'UN1' AND {latest_birthday("DOB", 4)} <= {school_age_by}
    """
