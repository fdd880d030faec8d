"""103: the ethnicity code is not valid or is missing.

ETHNIC must be one of DfE's 20 ethnicity codes (the CIN census list); a
blank fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="103",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The ethnicity code is either not valid or has not been entered.",
    guidance=(
        "Record the child's ethnicity with one of DfE's codes (REFU if the child or family "
        "refused, NOBT if not yet obtained) in the case management system."
    ),
    tables=("Header",),
    fields=("ETHNIC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, ETHNIC AS value FROM Header
        WHERE ETHNIC IS NULL OR ETHNIC NOT IN {sql_codes("ETHNIC", context.collection_year)}
    """
