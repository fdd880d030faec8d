"""4220: the child's ethnicity is missing or not a code of the list."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import sql_codes


@rule(
    code="4220",
    kind="cin",
    severity=Severity.ERROR,
    message="Ethnicity is missing or invalid (see Ethnicity table)",
    guidance=(
        "Record the child's ethnicity in the case management system with one of the DfE's "
        "codes (REFU if the family declined to say, NOBT if not yet obtained), then export "
        "again."
    ),
    tables=("child",),
    fields=("Ethnicity",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, Ethnicity AS value
        FROM child
        WHERE Ethnicity IS NULL
           OR Ethnicity NOT IN {sql_codes("Ethnicity", context.collection_year)}
    """
