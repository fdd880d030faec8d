"""511: two adopters recorded with a single adopter's sex code.

NB_ADOPTR 2 (two adopters) needs SEX_ADOPTR MM, FF or MF; M1 or F1 describe one
adopter.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="511",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "If reporting that the number of person(s) adopting the looked after child is two "
        "adopters then the code should only be MM, FF or MF. MM = the adopting couple are "
        "both males; FF = the adopting couple are both females; MF = The adopting couple "
        "are male and female."
    ),
    guidance=(
        "Check the adoption record in the case management system: for two adopters record "
        "their sexes as a couple (MM, FF or MF), or if there is one adopter record the "
        "number of adopters as 1."
    ),
    tables=("AD1",),
    fields=("NB_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE NB_ADOPTR = '2' AND SEX_ADOPTR IN ('M1', 'F1')
    """
