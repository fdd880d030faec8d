"""169: the placement's local authority cannot be worked out: no usable placement postcode.

DfE works out the local authority of the placement (PL_LA) from the
placement postcode. Only the postcode's outward code is kept at import, and
an unreadable postcode is not kept at all; so an episode other than a short
break (LS V3/V4) whose placement postcode is missing or unreadable fails, as
its PL_LA would be missing (the D2I validator flags exactly those, having no
PL_LA for them). A well-formed postcode that does not exist is not seen here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="169",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Local Authority (LA) of placement is not valid or is missing. Please check a valid "
        "postcode has been entered."
    ),
    guidance=(
        "Record the placement's full postcode on the episode in the case management system "
        "(for a placement abroad or with no postcode, follow DfE's guidance for the default)."
    ),
    tables=("Episodes",),
    fields=("PL_POST",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, NULL AS value FROM Episodes
        WHERE coalesce(LS, '') NOT IN {SHORT_BREAKS} AND NOT coalesce(PL_POST_VALID, false)
    """
