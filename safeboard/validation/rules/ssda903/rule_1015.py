"""1015: the authority's own provision, but the child is placed outside the authority.

An episode whose placement provider is the authority's own provision
(PLACE_PROVIDER PR1) is placed in the authority's area: its PL_LA (DfE's
derived placement authority, worked out at import from the placement's full
postcode with the ONS Postcode Directory: safeboard.returns.placement_area)
must be the authority's own code (the rule's parameter LA_CODE). Excused, as
by DfE: adoption placements (A3-A6), foster placements (U1-U6), from 2025-26
K3 as well (DfE's rule of that year adds it; the code exists from 2023-24
but DfE's rules of 2023-24 and 2024-25 do not excuse it), short breaks (LS V3
or V4), and episodes without a placement type or legal status. Without the
authority's code the rule does not run.

The D2I validator also reports an episode whose PL_LA is blank (its
postcode missing or not found); here a blank PL_LA is not judged, since it
is also blank whenever the return was imported without the postcode
directory, and rule 392a reports a missing postcode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import LA_CODE, RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import SHORT_BREAKS
from safeboard.validation.rules.ssda903._dfe_mid import sql_list

FOSTERING_OR_ADOPTION = {"A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6"}
K3_FROM = 2026  # the first collection year whose rule 1015 excuses K3


@rule(
    code="1015",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Placement provider is own provision but child not placed in own LA.",
    guidance=(
        "Check the placement provider and the placement's postcode on the episode in the case "
        "management system: the authority's own provision is in its own area. Correct the "
        "provider if another provides the placement, or the postcode if it is wrong."
    ),
    tables=("Episodes",),
    fields=("PL_LA",),
)
def logic(context: RuleContext) -> str | None:
    authority = context.params.get(LA_CODE)
    if not authority:
        return None
    quoted = "'" + authority.replace("'", "''") + "'"
    year = context.collection_year
    excused = FOSTERING_OR_ADOPTION | ({"K3"} if year is None or year >= K3_FROM else set())
    return f"""
        SELECT _file, _position, child, PL_LA AS value FROM Episodes
        WHERE PLACE_PROVIDER = 'PR1'
          AND PLACE NOT IN {sql_list(excused)}
          AND LS NOT IN {SHORT_BREAKS}
          AND PL_LA <> {quoted}
    """
