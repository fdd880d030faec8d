"""434: a change of legal status only (RNE L) that the episode data do not show.

An episode that starts with RNE L says the legal status changed and the
placement did not: its LS must differ from the child's previous episode
(by start date), and its placement type, provider, URN and postcode must be
the previous episode's. Blank equals blank.

Postcodes are kept to their outward code (see _dfe_mid): a different
outward code is a certain change of placement; a move within one postcode
district cannot be seen and is not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER


@rule(
    code="434",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Reason for new episode is that child's legal status has changed but not the placement, "
        "but this is not reflected in the episode data."
    ),
    guidance=(
        "Compare this episode with the child's previous one in the case management system. If "
        "the placement changed as well, record the reason for new episode as T or B; if the "
        "legal status did not change, the episode should not have started: merge it with the "
        "previous one, or correct the legal status."
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
        WHERE n > 1 AND RNE = 'L'
          AND (LS IS NOT DISTINCT FROM prev_ls
               OR PLACE IS DISTINCT FROM prev_place
               OR PLACE_PROVIDER IS DISTINCT FROM prev_provider
               OR URN IS DISTINCT FROM prev_urn
               OR PL_POST IS DISTINCT FROM prev_post)
    """
