"""516: a special guardianship order to former foster carers, but not from a foster placement.

REC E45 and E46 (to 2019-20 E43) record a special guardianship order made to
the child's former foster carers: the episode it ends must be a foster
placement, PLACE U1 to U6. A blank PLACE fails too.

Before 2020-21 DfE's codes were E43 (SGO to former foster carers) and E44
(to other carers); for those years the message names E43, as the rule
then did.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule

MESSAGE = (
    "The episode data submitted for this child does not show that he/she was with their former "
    "foster carer(s) during the year.If the code in the reason episode ceased is E45 or E46 the "
    "child must have a placement code of U1 to U6."
)
SPLIT_YEAR = 2021  # E45 to E48 replace E43 and E44


@rule(
    code="516",
    kind="ssda903",
    severity=Severity.ERROR,
    message=MESSAGE,
    guidance=(
        "Check the episode in the case management system: if the child was with the foster "
        "carers who became special guardians, its placement type is U1 to U6; if the special "
        "guardians were not the child's foster carers, record the reason as E47 or E48 (E44 "
        "before 2020-21)."
    ),
    tables=("Episodes",),
    fields=("REC", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    if year >= SPLIT_YEAR:
        codes, message = "('E45', 'E46')", "NULL"
    else:
        codes, message = "('E43')", sql_literal(MESSAGE.replace("E45 or E46", "E43"))
    return f"""
        SELECT _file, _position, child, PLACE AS value, {message} AS message
        FROM Episodes
        WHERE REC IN {codes}
          AND coalesce(PLACE, '') NOT IN ('U1', 'U2', 'U3', 'U4', 'U5', 'U6')
    """
