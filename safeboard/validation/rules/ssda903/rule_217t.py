"""217t: placement type P2 (independent living) after 28 October 2023.

P2 stopped being a placement type on 28 October 2023 (supported
accommodation regulations): an episode with PLACE P2 still open after that
day (DEC after it, or no DEC) fails. A 2023-24 rule only.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="217t",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement type 'P2' is not a valid placement type from 28 October 2023.",
    guidance=(
        "End the P2 placement on 28 October 2023 in the case management system and record the "
        "young person's placement from then with a current code (H5 for supported "
        "accommodation)."
    ),
    tables=("Episodes",),
    fields=("PLACE", "DEC"),
    first_year=2024,
    last_year=2024,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, CAST(DEC AS VARCHAR) AS value FROM Episodes
        WHERE PLACE = 'P2' AND (DEC IS NULL OR DEC > DATE '2023-10-28')
    """
