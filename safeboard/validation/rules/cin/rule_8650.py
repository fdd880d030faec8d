"""8650: a primary need code, where present, is one of N0 to N9."""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_codes


@rule(
    code="8650",
    kind="cin",
    severity=Severity.ERROR,
    message="Primary Need Code invalid (see Primary Need table in CIN census code set)",
    guidance=(
        "Choose one of the census's primary need codes (N0 to N9) for the referral in the "
        "case management system, or check how the system maps its own need categories to "
        "the census codes."
    ),
    tables=("cin_episode",),
    fields=("PrimaryNeedCode",),
)
def logic(context: RuleContext) -> str:
    codes = sql_codes("PrimaryNeedCode", context.collection_year)
    return f"""
        SELECT _file, _position, child, PrimaryNeedCode AS value
        FROM cin_episode
        WHERE PrimaryNeedCode IS NOT NULL AND PrimaryNeedCode NOT IN {codes}
    """
