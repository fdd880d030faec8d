"""524: a same-sex married couple (L12) not coded MM or FF.

LS_ADOPTR L12 needs SEX_ADOPTR MM or FF. A blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="524",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If reporting legal status of adopters is L12 then the genders of adopters should "
        "be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting "
        "couple are both females"
    ),
    guidance=(
        "Check the adoption record in the case management system: a same-sex married "
        "couple (L12) is coded MM or FF; a different-sex married couple's legal status is "
        "L11."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE LS_ADOPTR = 'L12' AND coalesce(SEX_ADOPTR, '') NOT IN ('MM', 'FF')
    """
