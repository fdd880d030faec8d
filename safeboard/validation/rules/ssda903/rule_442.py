"""442: no UPN, nor a code saying why there is none, for a looked-after child.

Every child with an episode other than a short break (LS V3 or V4; an
episode with no legal status counts, as it is not shown to be one) has the
Header's UPN completed: the UPN, or UN1-UN5 saying why there is none. The UPN
itself is not kept at import; a blank one leaves ``UPN_VALID`` empty (see
safeboard.returns.kinds.ssda903), which is what is read here. Reported on the
Header row.

Found missing by the comparison with the D2I validator (docs/validation/d2i-differences.md).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="442",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Unique Pupil Number (UPN) field is not completed.",
    guidance=(
        "Record the child's UPN in the case management system, or, when there is none, "
        "the UN code that says why (UN1 to UN5)."
    ),
    tables=("Header", "Episodes"),
    fields=("UPN", "LS"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT h._file, h._position, h.child, '' AS value
        FROM Header AS h
        WHERE h.UPN_VALID IS NULL
          AND EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = h.child AND (e.LS IS NULL OR e.LS NOT IN ('V3', 'V4')))
    """
