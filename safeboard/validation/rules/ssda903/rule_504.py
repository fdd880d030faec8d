"""504: the category of need changes within a period of care.

The category of need (CIN) is the reason the child started to be looked
after, recorded once at the start of the period of care: every episode of
the period carries the first episode's code. A period of care is a chain of
episodes, each starting the day the last ended with X1 (see _dfe_mid); its
first episode in the return stands for its start.

Deviation from the D2I validator, as DfE's message means it: D2I compares
each episode with the one before, so after one wrong change the later
episodes that repeat the wrong code pass; here each is compared with the
start of the period.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import episodes_in_periods


@rule(
    code="504",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The category of need code differs from that reported at start of current period of "
        "being looked after"
    ),
    guidance=(
        "Record on this episode the category of need given when the child started this period "
        "of care, in the case management system. The category of need changes only when a new "
        "period of care starts."
    ),
    tables=("Episodes",),
    fields=("CIN",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, CIN AS value
        FROM (
            SELECT *, first_value(CIN) OVER (PARTITION BY child, period ORDER BY n) AS first_cin
            FROM ({episodes_in_periods()}))
        WHERE CIN IS DISTINCT FROM first_cin
    """
