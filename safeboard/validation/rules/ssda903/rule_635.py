"""635: a date and local authority of a previous permanence order, with the code Z1.

PREV_PERM Z1 says there was no previous permanence option (or it is not
known), so LA_PERM and DATE_PERM must be blank. The D2I validator reports
instead a blank PREV_PERM with either given, which is not what DfE's
message says (a blank PREV_PERM is rule 630's concern).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="635",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "There are entries for date of order and local authority code where previous "
        "permanence option was arranged but previous permanence code is Z1"
    ),
    guidance=(
        "Either remove the date and local authority of the previous order, or record the "
        "previous permanence option it was (P1-P4) instead of Z1, in the case management "
        "system."
    ),
    tables=("PrevPerm",),
    fields=("LA_PERM", "DATE_PERM", "PREV_PERM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, PREV_PERM AS value FROM PrevPerm
        WHERE PREV_PERM = 'Z1' AND (LA_PERM IS NOT NULL OR DATE_PERM IS NOT NULL)
    """
