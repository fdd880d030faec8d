"""1530: the UPN's characters 2-4 are not an LA number.

Characters 2-4 of a 13-character UPN are the number of the local authority
that issued it: one since April 1998 or a recognised pseudo-LA (the code
list ``UPNLANumber``, which gained Cumberland's 942 and Westmorland and
Furness's 943 in 2023-24). The import keeps these three characters of the
UPN (``UPN_form``), nothing else of it.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import sql_codes


@rule(
    code="1530",
    kind="cin",
    severity=Severity.ERROR,
    message="UPN invalid (characters 2-4 not a recognised LA code)",
    guidance=(
        "Compare the child's UPN in the case management system with the school's record: "
        "its second to fourth characters must be the number of the local authority that "
        "issued it. Correct the UPN, or leave it empty and give the reason in UPNunknown."
    ),
    tables=("child",),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    numbers = sql_codes("UPNLANumber", context.collection_year)
    return f"""
        SELECT _file, _position, child, substr(UPN_form, 2, 3) AS value
        FROM child
        WHERE length(UPN_form) = 13 AND substr(UPN_form, 2, 3) NOT IN {numbers}
    """
