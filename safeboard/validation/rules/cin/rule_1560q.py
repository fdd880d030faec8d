"""1560Q: the former UPN is not in the form of a UPN.

A former UPN, where given, has a UPN's format: 13 characters, a check
letter (a capital letter other than I, O and S), eleven digits, and a digit
or, for a temporary UPN, such a letter. The import keeps its form
(``FormerUPN_form``), not the value.

Deviation from the D2I validator: it requires the last twelve characters to
be digits, so it queries every former UPN that was a temporary one; a
temporary UPN replaced by a permanent one is the commonest former UPN, and
DfE's data table allows it, so Safeboard accepts it.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1560Q",
    kind="cin",
    severity=Severity.WARNING,
    message="Please check and either amend or provide a reason: Former UPN wrongly formatted",
    guidance=(
        "Compare the child's former UPN in the case management system with the school's "
        "record and correct it (a check letter, then twelve digits, or eleven digits and a "
        "letter for a temporary UPN); if it is not known, leave it empty."
    ),
    tables=("child",),
    fields=("FormerUPN",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, NULL AS value
        FROM child
        WHERE FormerUPN_form IS NOT NULL
          AND NOT regexp_full_match(FormerUPN_form, 'A[0-9]{3}9{8}[9A]')
    """
