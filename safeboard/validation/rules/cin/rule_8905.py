"""8905: every child protection plan has a valid initial category of abuse.

InitialCategoryOfAbuse is present and one of NEG, PHY, SAB, EMO or MUL.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_codes


@rule(
    code="8905",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN "
        "Census code set)"
    ),
    guidance=(
        "Record the plan's initial category of abuse (neglect, physical, sexual, emotional or "
        "multiple) in the case management system, or check how the system maps its own "
        "categories to the census codes."
    ),
    tables=("cp_plan",),
    fields=("InitialCategoryOfAbuse",),
)
def logic(context: RuleContext) -> str:
    codes = sql_codes("CategoryOfAbuse", context.collection_year)
    return f"""
        SELECT _file, _position, child, InitialCategoryOfAbuse AS value
        FROM cp_plan
        WHERE InitialCategoryOfAbuse IS NULL OR InitialCategoryOfAbuse NOT IN {codes}
    """
