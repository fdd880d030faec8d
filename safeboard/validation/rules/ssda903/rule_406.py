"""406: a placement distance for a child who is or was an unaccompanied asylum seeker.

DfE works out the distance between the child's home and the placement
(PL_DISTANCE) from the two postcodes (HOME_POST, PL_POST), and for a child
who is, or was, an unaccompanied asylum-seeking child (UASC) the distance
must be blank: no home postcode is given. A child is UASC when the return's
UASC table has a row for them; formerly UASC when last year's did (the view
prev_UASC, when last year's return was imported).

Postcodes are kept to their outward code and there is no distance to read,
so an episode of such a child that has both postcodes readable is reported:
DfE would work out a distance from them. (A well-formed postcode that does
not exist, for which DfE could not, is not told apart.) As DfE's own rule
notes, a child UASC two years ago and not since is not seen.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

LAST_YEAR = "prev_UASC"


@rule(
    code="406",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance "
        "should be blank."
    ),
    guidance=(
        "Leave the home postcode blank on the episodes of a child who is or was an "
        "unaccompanied asylum-seeking child in the case management system, so that no "
        "placement distance is worked out; or, if the child was never UASC, correct the UASC "
        "record."
    ),
    tables=("Episodes", "UASC"),
    fields=("PL_DISTANCE",),
)
def logic(context: RuleContext) -> str:
    former = f"UNION SELECT child FROM {LAST_YEAR}" if LAST_YEAR in context.tables else ""
    return f"""
        SELECT _file, _position, child, HOME_POST AS value
        FROM Episodes
        WHERE HOME_POST IS NOT NULL AND PL_POST IS NOT NULL
          AND child IN (SELECT child FROM UASC {former})
    """
