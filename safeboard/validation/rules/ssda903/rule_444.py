"""444: the same UPN given for two or more children (from 2025-26).

A UPN, other than a code UN1-UN5 saying why there is none, belongs to one
child: it may stand once in the return's Header. The UPN is not kept at import;
its keyed hash (``UPN_PSEUDONYM``, see safeboard.returns.kinds.ssda903) is equal
for equal UPNs, which is all this rule needs. Every Header row sharing the UPN
is reported, as DfE's rule says "duplicate UPN has been reported" of each.

Found missing by the comparison with the D2I validator (docs/validation/d2i-differences.md).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="444",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Duplicate UPN has been reported",
    guidance=(
        "Check the UPN of each child reported: a UPN belongs to one child. Correct the "
        "wrong one in the case management system (from the school or the DfE's records), "
        "or record the UN code that says why the child has none."
    ),
    tables=("Header",),
    fields=("UPN",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, '' AS value
        FROM Header
        WHERE UPN_PSEUDONYM IN (
            SELECT UPN_PSEUDONYM FROM Header
            WHERE UPN_PSEUDONYM IS NOT NULL
            GROUP BY UPN_PSEUDONYM HAVING count(*) > 1)
    """
