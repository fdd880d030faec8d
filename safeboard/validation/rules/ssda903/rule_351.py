"""351: the child was over 25 when the collection year began.

The 25th birthday is before 1 April. Birth dates are kept to their month: the
latest possible birthday is used (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday, year_start


@rule(
    code="351",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child was over 25 at the start of the current collection year.",
    guidance=(
        "Check the young person's date of birth in the case management system; a person over "
        "25 is not in the looked-after children return."
    ),
    tables=("Header",),
    fields=("DOB",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DOB AS VARCHAR) AS value FROM Header
        WHERE {latest_birthday("DOB", 25)} < {year_start(context)}
    """
