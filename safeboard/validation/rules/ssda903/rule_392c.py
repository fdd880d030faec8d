"""392c: a home or placement postcode is not a valid postcode.

Only the outward code of a postcode is kept at import; whether the postcode
as written was a well-formed full UK postcode is kept beside it
(``HOME_POST_VALID``, ``PL_POST_VALID``, see safeboard.returns.kinds.ssda903).
DfE (and the D2I validator) also look the postcode up in the national list,
which this cannot: a well-formed postcode that does not exist is not seen.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="392c",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Postcode(s) provided are invalid.",
    guidance=(
        "Correct the child's home postcode or the placement's postcode on the episode in the "
        "case management system: a full postcode, for example CV34 4RL."
    ),
    tables=("Episodes",),
    fields=("HOME_POST", "PL_POST"),
)
def logic(context: RuleContext) -> str:
    # A postcode is not echoed back in full (only its outward code is kept anyway).
    return """
        SELECT _file, _position, child,
               CASE WHEN NOT HOME_POST_VALID THEN 'HOME_POST' ELSE 'PL_POST' END AS field,
               NULL AS value
        FROM Episodes WHERE NOT HOME_POST_VALID OR NOT PL_POST_VALID
    """
