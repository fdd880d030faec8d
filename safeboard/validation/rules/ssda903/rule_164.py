"""164: the placement's distance from home is out of DfE's range, 0.0 to 999.9 miles.

DfE works out the distance between home and placement (PL_DISTANCE) from the
two full postcodes; Safeboard does the same at import with the ONS Postcode
Directory (safeboard.returns.placement_area). A distance below 0.0 or above
999.9 miles means a postcode was wrong. A blank distance is not judged here
(no postcode directory imported, or a postcode missing: rule 392a's
concern). Short breaks (LS V3 or V4) are excused, and so are children who are
or were unaccompanied asylum seekers: in the CSV return a child is UASC by
having a row in the UASC file, so this year's UASC file and last year's
(prev_UASC, when last year's return was imported) excuse the child. DfE also
excuses a child UASC two years ago, which is not seen here.

The D2I validator reads the UASC flag of the Header (or the UASC file when
there is no Header) and does not excuse short breaks, although DfE's rule
does; here they are excused. Its message's note on formerly UASC children is
its own, not DfE's.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="164",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Distance is not valid. Please check a valid postcode has been entered.",
    guidance=(
        "Check the child's home postcode and the placement's postcode on the episode in the "
        "case management system against the address: DfE works out the distance between them, "
        "and one this far is not possible. Correct whichever is wrong."
    ),
    tables=("Episodes",),
    fields=("PL_DISTANCE",),
)
def logic(context: RuleContext) -> str:
    uasc = [f"SELECT child FROM {t}" for t in ("UASC", "prev_UASC") if t in context.tables]
    excused = f"AND child NOT IN ({' UNION '.join(uasc)})" if uasc else ""
    return f"""
        SELECT _file, _position, child, PL_DISTANCE AS value FROM Episodes
        WHERE (PL_DISTANCE < 0.0 OR PL_DISTANCE > 999.9)
          AND coalesce(LS, '') NOT IN {SHORT_BREAKS}
          {excused}
    """
