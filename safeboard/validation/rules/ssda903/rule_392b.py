"""392b: a looked-after child with no home or no placement postcode.

Every episode other than a short break (LS V3/V4) needs both HOME_POST and
PL_POST, except for a child who is or was an unaccompanied asylum-seeking
child: in this year's UASC file or, when last year's return was imported,
in last year's (DfE also excuses the year before, which is not read here).
A postcode is missing when the file has none (``*_VALID`` empty: see
safeboard.returns.kinds.ssda903); one given but invalid is 392c's business.
The D2I validator adds a note to DfE's message; the message here is DfE's
alone.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="392b",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is looked after but no postcodes are recorded.",
    guidance=(
        "Record the child's home postcode (where the child lived before coming into care) and "
        "the placement's postcode on the episode in the case management system."
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
          AND (HOME_POST_VALID IS NULL OR PL_POST_VALID IS NULL)
          {excused}
    """
