"""345: in touch with the care leaver (YES) but activity or accommodation is 0."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="345",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The data collection record shows the local authority is in touch with this young "
        "person, but activity and/or accommodation data items are zero."
    ),
    guidance=(
        "The authority is in touch with the care leaver: record the young person's actual "
        "activity and accommodation in the case management system."
    ),
    tables=("OC3",),
    fields=("IN_TOUCH", "ACTIV", "ACCOM"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, IN_TOUCH AS value FROM OC3
        WHERE IN_TOUCH = 'YES' AND (ACTIV = '0' OR ACCOM = '0')
    """
