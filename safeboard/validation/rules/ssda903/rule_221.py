"""221: the placement postcode is not its Ofsted URN's provider's postcode.

Reads the providers' lookup (``ref_providers``; the rule does not run without
it). For an episode with a URN (not ``XXXXXXX``) that the lookup has, not a
short break (LS not V3 or V4), in a placement at the provider's own premises
and with a placement postcode, the postcode (PL_POST) must be the provider's
(``POSTCODE``). The placements DfE lists by year: K1, K2, R3, S1 to 2022-23;
with H5 in 2023-24; with H5 and K3 in 2024-25 (DfE's amended text; D2I's
2024-25 rule leaves H5 out); K1, K2, K3, R3, S1 from 2025-26 (H5 is no longer a
code).

Safeboard keeps only a postcode's outward code (CV34 of CV34 4RL), so the full
comparison cannot be made: the outward code of PL_POST is compared with the
outward code of the provider's postcode. A different outward code is
certainly a different postcode and is reported; the same outward code cannot
be judged and is not (D2I, comparing full postcodes, reports a different
postcode in the same district). A provider listed on several rows matches any
of them, and is judged only when every row has a full postcode. A URN missing
from the lookup is rule 1008's (D2I reports it here again).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_list

# The placements at the provider's premises that DfE checks, by collection year.
_ALWAYS = ("K1", "K2", "R3", "S1")
SHORT_BREAKS = "('V3', 'V4')"
# A full postcode, upper case without spaces: its outward code is the first group.
FULL_POSTCODE = "^([A-Z]{1,2}[0-9][A-Z0-9]?)[0-9][A-Z]{2}$"


def placements(year: int | None) -> tuple[str, ...]:
    """The placement types judged in a collection year (None: those of every year)."""
    if year is None or year <= 2023:
        return _ALWAYS
    if year == 2024:
        return (*_ALWAYS, "H5")
    if year == 2025:
        return (*_ALWAYS, "H5", "K3")
    return (*_ALWAYS, "K3")


@rule(
    code="221",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The Ofsted Unique reference number (URN) provided for the child's placement does not "
        "match the placement postcode provided."
    ),
    guidance=(
        "Check the placement postcode and the Ofsted URN against the provider's registered "
        "address (on Ofsted's register) and correct whichever is wrong in the case management "
        "system."
    ),
    tables=("Episodes", "ref_providers"),
    fields=("PL_POST",),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH outward AS (
            SELECT URN,
                   regexp_extract(upper(replace(coalesce(POSTCODE, ''), ' ', '')),
                                  '{FULL_POSTCODE}', 1) AS district
            FROM ref_providers
        ),
        premises AS (
            SELECT URN, bool_and(district <> '') AS known, list(district) AS districts
            FROM outward GROUP BY URN
        )
        SELECT e._file, e._position, e.child, e.PL_POST AS value
        FROM Episodes AS e JOIN premises AS p ON p.URN = e.URN
        WHERE e.URN <> 'XXXXXXX' AND coalesce(e.LS, '') NOT IN {SHORT_BREAKS}
          AND e.PLACE IN {sql_list(placements(context.collection_year))}
          AND e.PL_POST IS NOT NULL
          AND p.known AND NOT list_contains(p.districts, upper(e.PL_POST))
    """
