"""453: the distance of the first episode contradicts last year's last episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March, and whose first episode this year has the same reason for
new episode (RNE), is carried on in the same placement: its distance from
home (DfE's derived PL_DISTANCE, worked out at import from the full
postcodes with the ONS Postcode Directory: safeboard.returns.placement_area)
must be last year's, give or take DfE's rounding. This is 503G for the
episodes whose RNE also agrees, as the D2I validator has it (a blank RNE
agrees with nothing), and compares the distances as 503G does: 0.2 miles
(two tenths) or more apart, or a distance in one year and none in the other.
503G's docstring says where that differs from the D2I validator (exactly
0.2 miles, a distance that disappears, a return imported without the
postcode directory).

Compares with the previous year's snapshot (the view prev_Episodes); without
last year's return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    first_after_open_episode,
    placement_fields_known,
)
from safeboard.validation.rules.ssda903.rule_503g import DISTANCE_DIFFERS


@rule(
    code="453",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Contradiction between placement distance in the last episode of the previous year and "
        "in the first episode of the current year."
    ),
    guidance=(
        "Compare the home and placement postcodes of the child's first episode with those of "
        "the episode open at the end of last year's return in the case management system: the "
        "same episode carried on is the same distance from home. Correct the postcodes in this "
        "year's record or, if last year's were wrong, amend them."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("PL_DISTANCE",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PL_DISTANCE AS value
        FROM ({first_after_open_episode("RNE", derived=("PL_DISTANCE",))})
        WHERE RNE = prev_RNE
          AND {DISTANCE_DIFFERS}
          AND {placement_fields_known()}
    """
