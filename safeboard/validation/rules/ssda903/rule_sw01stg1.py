"""SW01STG1: looked after on 31 March without social worker episode information (2023-24).

A child looked after on 31 March (an open episode that is not a short
break, LS V3 or V4) needs, over their social worker episodes, at least one
SW_ID, one SW_DECOM and one SW_REASON. Reported on the open episode. The
D2I validator reports the episode's row number as a SWEpisodes row, and
fails a child when any one of several social worker episodes lacks an
item; DfE asks for at least one of each. Social worker episodes (SWEpisodes) are collected from 2023-24. DfE replaced the rule by
SW01aSTG1 and SW01bSTG1 in 2024-25.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import SHORT_BREAKS


@rule(
    code="SW01STG1",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child looked after on 31 March, but no social worker episode information is reported"
    ),
    guidance=(
        "Record the child's social worker episodes (the worker's identifier, the start date "
        "and the reason for the change) in the case management system."
    ),
    tables=("Episodes", "SWEpisodes"),
    fields=("DEC",),
    first_year=2024,
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT e._file, e._position, e.child, NULL AS value FROM Episodes AS e
        WHERE e.DEC IS NULL AND (e.LS IS NULL OR e.LS NOT IN {SHORT_BREAKS})
          AND NOT EXISTS (
              SELECT 1 FROM SWEpisodes AS s WHERE s.child = e.child
              HAVING count(s.SW_ID) > 0 AND count(s.SW_DECOM) > 0 AND count(s.SW_REASON) > 0)
    """
