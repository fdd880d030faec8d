"""133: ACCOM (the care leaver's accommodation) is not valid or is missing.

A letter for the kind of accommodation and 1 (suitable) or 2 (not suitable),
or 0. DfE's list has no S1 (no fixed abode) or X1 (in custody): those are
never suitable. The project's ACCOM code list (used by the import's SB-CODE
check) still holds them; this rule follows DfE's list.
"""

from __future__ import annotations

from safeboard.returns.codelists import ssda903 as codelists
from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import sql_list

NEVER_SUITABLE = {"S1", "X1"}


@rule(
    code="133",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Data entry for accommodation after leaving care is invalid. If reporting on a childs "
        "accommodation after leaving care the data entry must be valid"
    ),
    guidance=(
        "Record the care leaver's accommodation with one of DfE's codes (the type's letter "
        "and 1 for suitable or 2 for not suitable; S and X are always 2; 0 when not in touch) "
        "in the case management system."
    ),
    tables=("OC3",),
    fields=("ACCOM",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    codes = sql_list(codelists.codes("ACCOM", context.collection_year) - NEVER_SUITABLE)
    return f"""
        SELECT _file, _position, child, ACCOM AS value FROM OC3
        WHERE ACCOM IS NULL OR ACCOM NOT IN {codes}
    """
