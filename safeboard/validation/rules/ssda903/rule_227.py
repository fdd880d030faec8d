"""227: the episode starts on or after its Ofsted URN's provider stopped being registered.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For an episode with a URN (not ``XXXXXXX``) whose registration has ended
(``REG_END``), the episode must start (DECOM) before that day. A provider
listed on several rows counts as deregistered only when every row gives an
end, and then on the latest: while one of its registrations stands, a placement
may begin (D2I, which judges each row apart, would report a start after any
row's end). A URN missing from the lookup is rule 1008's.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="227",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Ofsted Unique reference number (URN) is not valid for the episode start date.",
    guidance=(
        "The provider's Ofsted registration had ended before the episode started: check the "
        "episode's start date and the provider's URN (a provider that re-registered has a new "
        "URN) and correct them in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN", "DECOM"),
)
def logic(context: RuleContext) -> str:
    return """
        WITH ended AS (
            SELECT URN, max(REG_END) AS reg_end FROM ref_providers
            GROUP BY URN HAVING bool_and(REG_END IS NOT NULL)
        )
        SELECT e._file, e._position, e.child, CAST(e.DECOM AS VARCHAR) AS value
        FROM Episodes AS e JOIN ended AS d ON d.URN = e.URN
        WHERE e.URN <> 'XXXXXXX' AND e.DECOM >= d.reg_end
    """
