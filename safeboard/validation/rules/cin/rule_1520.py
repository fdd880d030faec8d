"""1520: two children with the same UPN.

A UPN identifies one pupil, so it can appear on only one child in the
return. The UPN is not stored: the import keeps a key of it that is equal
for equal UPNs within the one import (``UPN_key``, in the CIN kind). Every
child sharing a UPN with another is reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1520",
    kind="cin",
    severity=Severity.ERROR,
    message="More than one record with the same UPN.",
    guidance=(
        "Find the children in the case management system that share this UPN: either one "
        "child has been recorded twice (merge the records) or one of them has the other's "
        "UPN (correct it from the school's record)."
    ),
    tables=("child",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM (
            SELECT _file, _position, child, COUNT(*) OVER (PARTITION BY UPN_key) AS sharing
            FROM child
            WHERE UPN_key IS NOT NULL
        )
        WHERE sharing > 1
    """
