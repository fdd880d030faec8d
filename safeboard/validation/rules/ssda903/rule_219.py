"""219: the episode's placement type is not one its Ofsted URN's provider may have.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For an episode with a URN (not ``XXXXXXX``) that the lookup has, the
placement type (PLACE) must be among the lookup's placement codes for that
URN (``PLACE_CODES``, e.g. ``K1,K2``). The lookup may list a provider on more
than one row (once per authority where it has premises): a code of any of its
rows is enough.

Not judged, as D2I does judge them: a URN missing from the lookup (rule 1008
reports it), a URN whose rows give no placement codes, and an episode with no
PLACE (its own rules report that). D2I counts each of these as a mismatch.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import not_among_urn_codes


@rule(
    code="219",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The Ofsted Unique reference number (URN) provided for the child's placement does not "
        "match the placement type recorded."
    ),
    guidance=(
        "Check the episode's placement type and Ofsted URN against the provider's registration "
        "(Ofsted's register says what kind of provider it is) and correct whichever is wrong "
        "in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN", "PLACE"),
)
def logic(context: RuleContext) -> str:
    return not_among_urn_codes("PLACE", "PLACE_CODES")
