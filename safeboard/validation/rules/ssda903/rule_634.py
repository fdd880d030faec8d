"""634: previous permanence details for a child not looked after since 1 April 2016.

PrevPerm items (PREV_PERM, LA_PERM or DATE_PERM) are collected for children
who started to be looked after from 1 April 2016 on: the child's latest
episode must start on or after that day. The D2I validator compares with
the start of the current collection year instead, which the message does
not say; this follows DfE's message. A child with no episode at all is left
to rule 1012.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="634",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "There are entries for previous permanence options, but child has not started to be "
        "looked after from 1 April 2016 onwards."
    ),
    guidance=(
        "Remove the previous permanence details for a child whose care started before 1 April "
        "2016, or correct the episode dates, in the case management system."
    ),
    tables=("Episodes", "PrevPerm"),
    fields=("LA_PERM", "PREV_PERM", "DATE_PERM", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT p._file, p._position, p.child, p.PREV_PERM AS value FROM PrevPerm AS p
        JOIN (SELECT child, max(DECOM) AS last_decom FROM Episodes GROUP BY child) AS e
          ON e.child = p.child
        WHERE (p.PREV_PERM IS NOT NULL OR p.LA_PERM IS NOT NULL OR p.DATE_PERM IS NOT NULL)
          AND e.last_decom < DATE '2016-04-01'
    """
