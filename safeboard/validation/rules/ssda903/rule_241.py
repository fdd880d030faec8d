"""241: a K3 placement in an authority where its provider has no premises (from 2025-26).

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For a supported accommodation placement (K3) with a URN (not
``XXXXXXX``), the placement's authority (``PL_LA``, which the import works
out from the full placement postcode) must be one where the provider has
premises: the authority (``LA_CODE``, from the premises' postcode) of some
row of the lookup with that URN, which lists a provider once per authority.

Not judged: an episode whose PL_LA is unknown (no postcode directory, no
placement postcode), a URN missing from the lookup (rule 1008's), and a URN
with a row whose authority is unknown (that row could be the premises).

D2I differs on purpose: its 241 compares PL_LA with the placing authority
(the authority whose return it is), which is not what DfE's text says, so it
reports every K3 placement outside the authority, whatever the provider.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="241",
    kind="ssda903",
    severity=Severity.ERROR,
    message="LA of placement is not an LA the provider has premises.",
    guidance=(
        "Check the placement postcode and the supported accommodation provider's Ofsted URN: "
        "the placement must be at premises the provider is registered for. Correct whichever "
        "is wrong in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN",),
    first_year=2026,
)
def logic(context: RuleContext) -> str:
    return """
        WITH premises AS (
            SELECT URN, bool_and(LA_CODE IS NOT NULL) AS known, list(LA_CODE) AS areas
            FROM ref_providers GROUP BY URN
        )
        SELECT e._file, e._position, e.child, e.PL_LA AS value
        FROM Episodes AS e JOIN premises AS p ON p.URN = e.URN
        WHERE e.URN <> 'XXXXXXX' AND e.PLACE = 'K3' AND e.PL_LA IS NOT NULL
          AND p.known AND NOT list_contains(p.areas, e.PL_LA)
    """
