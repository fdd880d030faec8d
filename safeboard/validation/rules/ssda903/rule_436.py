"""436: a change of both placement and legal status (RNE T or B) that the data do not show.

RNE T (new placement and carers) and B (new placement, same carers), each
with a new legal status: LS must differ from the child's previous episode
(by start date), and at least one of placement type, provider, URN and
postcode must differ too. Blank equals blank.

Deviation from the D2I validator, as DfE means it: D2I checks RNE U and B,
so it reports every correct U episode (U keeps the legal status), and
misses T. Here P and U belong to rule 435.

Postcodes are kept to their outward code (see _dfe_mid): "the placement did
not change" is reported only when the postcodes are both blank and the other
three items equal.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="436",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason for new episode is that both child’s placement and legal status have changed, "
        "but this is not reflected in the episode data."
    ),
    guidance=(
        "Compare this episode with the child's previous one in the case management system. "
        "Record the new legal status and the new placement's details; if only one of them "
        "changed, record the reason for new episode as L (legal status) or P or U (placement)."
    ),
    tables=("Episodes",),
    fields=("RNE", "LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, RNE AS value
        FROM (
            SELECT *, lag(LS) OVER w AS prev_ls, lag(PLACE) OVER w AS prev_place,
                   lag(PLACE_PROVIDER) OVER w AS prev_provider, lag(URN) OVER w AS prev_urn,
                   lag(PL_POST) OVER w AS prev_post, row_number() OVER w AS n
            FROM Episodes WHERE DECOM IS NOT NULL
            WINDOW w AS (PARTITION BY child ORDER BY {EPISODE_ORDER}))
        WHERE n > 1 AND RNE IN ('T', 'B')
          AND (LS IS NOT DISTINCT FROM prev_ls
               OR (PLACE IS NOT DISTINCT FROM prev_place
                   AND PLACE_PROVIDER IS NOT DISTINCT FROM prev_provider
                   AND URN IS NOT DISTINCT FROM prev_urn
                   AND PL_POST IS NULL AND prev_post IS NULL))
    """
