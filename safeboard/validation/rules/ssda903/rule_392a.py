"""392a: a looked-after child with no placement distance: a postcode is missing.

DfE works out the distance between home and placement (PL_DISTANCE) from the
two postcodes, so it is missing when either is missing or not a full postcode
(only outward codes are kept at import, with whether each was a full one; a
well-formed postcode that does not exist is not seen here). Short breaks (LS V3/V4)
and children who are or were
unaccompanied asylum seekers (this year's UASC file, or last year's when it
was imported) are excused, as for 392b. The D2I validator adds a note to
DfE's message; the message here is DfE's alone.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="392a",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is looked after but no distance is recorded.",
    guidance=(
        "Record both the child's home postcode and the placement's postcode on the episode in "
        "the case management system: DfE works out the distance between them."
    ),
    tables=("Episodes",),
    fields=("HOME_POST", "PL_POST"),
)
def logic(context: RuleContext) -> str:
    uasc = ["SELECT child FROM UASC"] if "UASC" in context.tables else []
    if "prev_UASC" in context.tables:
        uasc.append("SELECT child FROM prev_UASC")
    excused = f"AND child NOT IN ({' UNION '.join(uasc)})" if uasc else ""
    return f"""
        SELECT _file, _position, child, NULL AS value FROM Episodes
        WHERE coalesce(LS, '') NOT IN {SHORT_BREAKS}
          AND NOT (coalesce(HOME_POST_VALID, false) AND coalesce(PL_POST_VALID, false))
          {excused}
    """
