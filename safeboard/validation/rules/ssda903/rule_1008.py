"""1008: an Ofsted URN that is not in DfE's lookup of Ofsted's registered providers.

Reads the providers' lookup (``ref_providers``, kind ``providers``): without
one imported the rule does not run, as D2I skips it when the lookup is not
loaded. An episode's URN is judged when one is given and it is not
``XXXXXXX`` (DfE's "no URN": a regional adoption agency, or a placement with
none), and is reported when no row of the lookup has it.

Rules 219, 221, 224, 227, 228, 229 and 241 compare an episode with its URN's
row of the lookup: they pass over a URN that is not there, which is this
rule's finding alone (D2I's 219, 221, 224 and 229 report it again).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="1008",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Ofsted Unique Reference Number (URN) is not valid.",
    guidance=(
        "Check the placement's Ofsted URN against Ofsted's register of providers (the URN is on "
        "the provider's inspection reports) and correct it in the case management system; "
        "use XXXXXXX only where DfE allows no URN."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN",),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT e._file, e._position, e.child, e.URN AS value
        FROM Episodes AS e
        WHERE e.URN IS NOT NULL AND e.URN <> 'XXXXXXX'
          AND NOT EXISTS (SELECT 1 FROM ref_providers AS p WHERE p.URN = e.URN)
    """
