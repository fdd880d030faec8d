"""100: the header's ReferenceDate is 31 March of the collection year.

Every date of the census is judged against the ReferenceDate, which DfE
fixes at 31 March of the collection year (2018-03-31 for 2017-18). A header
without one, with another date or with something that is not a date, fails;
so does a file with no header at all (its collection year was given at
import), as it has no ReferenceDate.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import census_end, sql_date


@rule(
    code="100",
    kind="cin",
    severity=Severity.ERROR,
    message="Reference Date is incorrect",
    guidance=(
        "Set the census period end in the case management system's CIN census export to "
        "31 March of the collection year (for example 2018-03-31 for 2017-18), so that the "
        "file's header carries that ReferenceDate, and export the return again."
    ),
    tables=("header",),
    fields=("ReferenceDate",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None  # the header finding already says the year is unknown
    expected = sql_date(census_end(context.collection_year))
    return f"""
        SELECT _file, _position, NULL AS child, ReferenceDate AS value
        FROM header
        WHERE TRY_CAST(ReferenceDate AS DATE) IS DISTINCT FROM {expected}
        UNION ALL
        SELECT NULL, 'Header', NULL, NULL
        WHERE NOT EXISTS (SELECT 1 FROM header)
    """
