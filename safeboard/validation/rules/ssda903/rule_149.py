"""149: REC (reason episode ceased), where given, must be one of the year's codes: special
guardianship orders are E43/E44 to 2019-20 and E45-E48 from 2020-21.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_codes


@rule(
    code="149",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason episode ceased code is not valid. ",
    guidance=(
        "Record why the episode ended with one of the year's DfE codes on the episode in the "
        "case management system (special guardianship is E43/E44 up to 2019-20, E45-E48 from "
        "2020-21)."
    ),
    tables=("Episodes",),
    fields=("REC",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_codes("REC", context.collection_year)
    return f"""
        SELECT _file, _position, child, REC AS value FROM Episodes
        WHERE REC NOT IN {codes}
    """
