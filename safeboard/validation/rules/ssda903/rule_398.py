"""398: postcodes (from which DfE works out the distance) given for a short break (LS V3/V4).

A postcode counts as given whether or not it could be read (``*_VALID`` is set
whenever the file has one: see safeboard.returns.kinds.ssda903)."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="398",
    kind="ssda903",
    severity=Severity.ERROR,
    message=("Distance field completed but child looked after under legal status V3 or V4."),
    guidance=(
        "Clear the home and placement postcodes on short-break episodes (V3/V4) in the case "
        "management system."
    ),
    tables=("Episodes",),
    fields=("LS", "HOME_POST", "PL_POST"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, LS AS value FROM Episodes
        WHERE LS IN ('V3', 'V4') AND (HOME_POST_VALID IS NOT NULL OR PL_POST_VALID IS NOT NULL)
    """
