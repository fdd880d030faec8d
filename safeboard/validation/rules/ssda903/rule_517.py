"""517: a different-sex unmarried couple (L3) not coded MF.

LS_ADOPTR L3 needs SEX_ADOPTR MF. A blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="517",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If reporting legal status of adopters is L3 then the genders of adopters should "
        "be coded as MF. MF = the adopting couple are male and female."
    ),
    guidance=(
        "Check the adoption record in the case management system: a different-sex "
        "unmarried couple (L3) is coded MF; if the couple are the same sex, their legal "
        "status is L4."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE LS_ADOPTR = 'L3' AND SEX_ADOPTR IS DISTINCT FROM 'MF'
    """
