"""435: a change of placement only (RNE P or U) that the episode data do not show.

RNE P (new placement and carers) and U (new placement, same carers) say the
placement changed and the legal status did not: LS must be the child's
previous episode's (by start date), and at least one of placement type,
provider, URN and postcode must differ. Blank equals blank.

Deviation from the D2I validator, as DfE means it: D2I checks RNE P and T,
so it reports every correct T episode (T changes the legal status too), and
misses U. Here T and B belong to rule 436.

Postcodes are kept to their outward code (see _dfe_mid): the same outward
code may hide a move within the district, so "nothing changed" is reported
only when the postcodes are both blank and the other three items equal.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="435",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason for new episode is that child’s placement has changed but not the legal status, "
        "but this is not reflected in the episode data recorded."
    ),
    guidance=(
        "Compare this episode with the child's previous one in the case management system. If "
        "the legal status changed as well, record the reason for new episode as T or B; if the "
        "placement did not change, correct the placement details (type, provider, URN, "
        "postcode) or merge the episode with the previous one."
    ),
    tables=("Episodes",),
    fields=("LS", "PLACE", "PL_POST", "URN", "PLACE_PROVIDER"),
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
        WHERE n > 1 AND RNE IN ('P', 'U')
          AND (LS IS DISTINCT FROM prev_ls
               OR (PLACE IS NOT DISTINCT FROM prev_place
                   AND PLACE_PROVIDER IS NOT DISTINCT FROM prev_provider
                   AND URN IS NOT DISTINCT FROM prev_urn
                   AND PL_POST IS NULL AND prev_post IS NULL))
    """
