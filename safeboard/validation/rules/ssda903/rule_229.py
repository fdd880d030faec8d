"""229: PR1 (own provision) with a provider in another authority, or PR2 with one in this.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it) and the authority whose return it is (``params[LA_CODE]``; the rule does
not run without it). For an episode with a URN (not ``XXXXXXX``) that the
lookup has: placement provider PR1 (the authority's own provision) needs the
provider's authority (``LA_CODE``, found from its postcode) to be this one;
PR2 (another authority's provision) needs it to be another. From 2025-26 the
placement types DfE lists (K3, P1, P3, R1, R2, R5, T0-T4, Z11-Z14) are not
judged; before, every placement is (D2I's 2022-23 rule, carried to 2024-25).

A provider listed on several rows (once per authority where it has
premises) is judged only when every row's authority is known: PR1 is
reported when none of them is this authority, PR2 when all of them are. A
URN missing from the lookup is rule 1008's; D2I reports it again under PR1,
as an authority that is not this one, and judges each row apart.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import LA_CODE, RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_list

# Placements 229 passes over from 2025-26 (lac2025_26).
NOT_JUDGED = (
    "K3", "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4",
    "Z11", "Z12", "Z13", "Z14",
)  # fmt: skip


@rule(
    code="229",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Placement provider does not match between the placing authority and the local "
        "authority code of the provider."
    ),
    guidance=(
        "Check the placement provider code against where the provider is: PR1 is for the "
        "authority's own provision, PR2 for another authority's. Correct the code, or the URN "
        "if it names the wrong provider, in the case management system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("URN", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str | None:
    authority = context.params.get(LA_CODE)
    if authority is None:
        return None
    here = sql_list([authority])[1:-1]  # the code as a quoted SQL literal
    year = context.collection_year
    # Without a year, the later (narrower) rule: it reports nothing the earlier would not.
    judged = (
        f"AND coalesce(e.PLACE, '') NOT IN {sql_list(NOT_JUDGED)}"
        if year is None or year >= 2026
        else ""
    )
    return f"""
        WITH areas AS (
            SELECT URN, bool_and(LA_CODE IS NOT NULL) AS known,
                   bool_or(LA_CODE = {here}) AS some_here,
                   bool_and(LA_CODE = {here}) AS all_here
            FROM ref_providers GROUP BY URN
        )
        SELECT e._file, e._position, e.child, e.PLACE_PROVIDER AS value
        FROM Episodes AS e JOIN areas AS a ON a.URN = e.URN
        WHERE e.URN <> 'XXXXXXX' AND a.known {judged}
          AND ((e.PLACE_PROVIDER = 'PR1' AND NOT a.some_here)
               OR (e.PLACE_PROVIDER = 'PR2' AND a.all_here))
    """
