"""520: a different-sex married couple (L11) not coded MF.

LS_ADOPTR L11 needs SEX_ADOPTR MF. A blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="520",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data entry on the legal status of adopters shows different gender married couple "
        "but data entry on genders of adopters shows it as a same gender couple."
    ),
    guidance=(
        "Check the adoption record in the case management system: a different-sex married "
        "couple (L11) is coded MF; a same-sex married couple's legal status is L12."
    ),
    tables=("AD1",),
    fields=("LS_ADOPTR", "SEX_ADOPTR"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT _file, _position, child, SEX_ADOPTR AS value
        FROM AD1
        WHERE LS_ADOPTR = 'L11' AND SEX_ADOPTR IS DISTINCT FROM 'MF'
    """
