"""EPI: a child in the Header with neither episodes nor care leaver information.

DfE's portal cannot check a child's other data until the child's episodes
are loaded. A Header row whose child has no episode and no OC3 row is
reported. DfE's message is a warning, and so is the finding: Safeboard
runs every check the data allows regardless.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="EPI",
    kind="ssda903",
    severity=Severity.WARNING,
    message=(
        "WARNING: Episodes need to be loaded for this child before further validation is "
        "possible [NOTE: This refers to the DfE portal - here, all checks that can be "
        "performed with only the available data will be.]"
    ),
    guidance=(
        "Export the child's episodes of care with the return (or, for a care leaver, the care "
        "leaver information), or remove the child from the Header if they do not belong in "
        "the return."
    ),
    tables=("Header", "Episodes", "OC3"),
    fields=("CHILD",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, NULL AS value FROM Header AS h
        WHERE NOT EXISTS (SELECT 1 FROM Episodes AS e WHERE e.child = h.child)
          AND NOT EXISTS (SELECT 1 FROM OC3 AS o WHERE o.child = h.child)
    """
