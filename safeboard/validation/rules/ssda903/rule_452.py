"""452: the placement authority of the first episode contradicts last year's last episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March, and whose first episode this year has the same reason for
new episode (RNE), is carried on in the same placement: the authority it is
placed in (DfE's derived PL_LA, worked out at import from the placement's
full postcode with the ONS Postcode Directory: safeboard.returns
.placement_area) must be last year's. This is 503H for the episodes whose RNE
also agrees, as the D2I validator has it (a blank RNE agrees with nothing);
blank PL_LA equals blank, a blank against an authority is a difference.

Compares with the previous year's snapshot (the view prev_Episodes); without
last year's return imported the rule does not run. Unlike the D2I validator,
Safeboard reports nothing when either year's return was imported without
the postcode directory (``placement_fields_known``).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    first_after_open_episode,
    placement_fields_known,
)


@rule(
    code="452",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Contradiction between local authority of placement code in the last episode of the "
        "previous year and in the first episode of the current year."
    ),
    guidance=(
        "Compare the placement postcode of the child's first episode with that of the episode "
        "open at the end of last year's return in the case management system: the same episode "
        "carried on is placed in the same local authority. Correct the postcode in this year's "
        "record or, if last year's was wrong, amend it."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("PL_LA",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PL_LA AS value
        FROM ({first_after_open_episode("RNE", derived=("PL_LA",))})
        WHERE RNE = prev_RNE
          AND PL_LA IS DISTINCT FROM prev_PL_LA
          AND {placement_fields_known()}
    """
