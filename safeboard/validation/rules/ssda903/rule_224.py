"""224: the episode's placement provider is not one its Ofsted URN's provider may be.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For an episode with a URN (not ``XXXXXXX``) that the lookup has, the
placement provider code (PLACE_PROVIDER: PR1 the authority's own provision,
PR2 another authority's, PR3 another public body, PR4 private, PR5
voluntary) must be among the lookup's provider codes for that URN
(``PROVIDER_CODES``, e.g. ``PR4``). A code of any of the URN's rows is enough.

Not judged, as D2I does judge them: a URN missing from the lookup (rule 1008
reports it), a URN whose rows give no provider codes, and an episode with no
PLACE_PROVIDER (its own rules report that). D2I counts each as a mismatch.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import not_among_urn_codes


@rule(
    code="224",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The Ofsted Unique reference number (URN) provided for the child's placement does not "
        "match the placement provider recorded."
    ),
    guidance=(
        "Check who runs the provider (this authority, another authority, a private or a "
        "voluntary organisation) against its Ofsted URN, and correct the placement provider "
        "code or the URN in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("PLACE_PROVIDER",),
)
def logic(context: RuleContext) -> str:
    return not_among_urn_codes("PLACE_PROVIDER", "PROVIDER_CODES")
