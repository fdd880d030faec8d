"""214: placement location (postcode or Ofsted URN) given for a short break (LS V3/V4).

A postcode counts as given whether or not it could be read (PL_POST_VALID is
set whenever the file has one: see safeboard.returns.kinds.ssda903).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="214",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement location information not required.",
    guidance=(
        "Clear the placement postcode and Ofsted URN on short-break episodes (legal status V3 "
        "or V4) in the case management system."
    ),
    tables=("Episodes",),
    fields=("PL_POST", "URN"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, LS AS value FROM Episodes
        WHERE LS IN {SHORT_BREAKS} AND (PL_POST_VALID IS NOT NULL OR URN IS NOT NULL)
    """
