"""503J: the first episode's placement location differs from last year's open episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that episode, so whether it is in or out of the
placing authority (DfE's derived PL_LOCATION, IN or OUT, worked out at
import from the placement's full postcode with the ONS Postcode Directory:
safeboard.returns.placement_area) must be last year's. Blank equals blank; a
blank against IN or OUT is a difference, as in the D2I validator.

Compares with the previous year's snapshot (the view prev_Episodes); without
last year's return imported the rule does not run. Unlike the D2I validator,
Safeboard reports nothing when either year's return was imported without
the postcode directory (``placement_fields_known``): a blank there says
nothing about the placement.
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
    code="503J",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The placement location in first episode does not match open episode at end of last year."
    ),
    guidance=(
        "Compare the placement postcode of the child's first episode with that of the episode "
        "open at the end of last year's return in the case management system: it is the same "
        "episode, so it is in (or out of) the authority as it was. Correct the postcode in this "
        "year's record or, if last year's was wrong, amend it."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("PL_LOCATION",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PL_LOCATION AS value
        FROM ({first_after_open_episode(derived=("PL_LOCATION",))})
        WHERE PL_LOCATION IS DISTINCT FROM prev_PL_LOCATION
          AND {placement_fields_known()}
    """
