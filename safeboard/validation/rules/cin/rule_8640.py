"""8640: a reason for closure, where present, is a code of the year's list.

RC1 to RC8 in every year; RC9 (case closed after assessment, referred to
early help) from the 2022-23 census on (FORMATS.md), so in earlier years
RC9 is invalid here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_codes


@rule(
    code="8640",
    kind="cin",
    severity=Severity.ERROR,
    message=(
        "CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)"
    ),
    guidance=(
        "Choose one of the census year's reasons for closure (RC1 to RC8; RC9 from 2022-23) "
        "for the episode in the case management system, or check how the system maps its "
        "own closure reasons to the census codes."
    ),
    tables=("cin_episode",),
    fields=("ReasonForClosure",),
)
def logic(context: RuleContext) -> str:
    codes = sql_codes("ReasonForClosure", context.collection_year)
    return f"""
        SELECT _file, _position, child, ReasonForClosure AS value
        FROM cin_episode
        WHERE ReasonForClosure IS NOT NULL AND ReasonForClosure NOT IN {codes}
    """
