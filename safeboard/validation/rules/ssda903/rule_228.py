"""228: the episode ends after its Ofsted URN's provider stopped being registered.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For an episode with a URN (not ``XXXXXXX``) whose registration has ended
(``REG_END``), the episode must end (DEC) on or before that day; an episode
still open at the year's end (no DEC) must be with a provider still
registered on 31 March of the collection year. A provider listed on several
rows counts as deregistered only when every row gives an end, and then on the
latest (D2I judges each row apart). A URN missing from the lookup is rule
1008's. D2I's message adds a note that open episodes at providers that close
during the year may be reported wrongly; the lookup is the one DfE publishes
with the collection, so the rule follows DfE's text.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import year_end


@rule(
    code="228",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Ofsted Unique reference number (URN) is not valid for the episode end date",
    guidance=(
        "The provider's Ofsted registration ended while the child was placed there: check the "
        "episode's end date (an open episode should have ended when the provider closed, and a "
        "new episode begun) and the URN, and correct them in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN", "DEC"),
)
def logic(context: RuleContext) -> str:
    # An open episode is judged at the year's end: without a year, only ended ones are.
    open_until = year_end(context) if context.collection_year is not None else "NULL"
    return f"""
        WITH ended AS (
            SELECT URN, max(REG_END) AS reg_end FROM ref_providers
            GROUP BY URN HAVING bool_and(REG_END IS NOT NULL)
        )
        SELECT e._file, e._position, e.child, CAST(e.DEC AS VARCHAR) AS value
        FROM Episodes AS e JOIN ended AS d ON d.URN = e.URN
        WHERE e.URN <> 'XXXXXXX'
          AND coalesce(e.DEC, {open_until}) > d.reg_end
    """
