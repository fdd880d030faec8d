"""393: a looked-after girl without the mother item.

A girl (SEX 2 to 2023-24, F from 2024-25) with any episode other than a short
break (LS V3/V4) needs MOTHER.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS, female_codes


@rule(
    code="393",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Child is looked after but mother field is not completed.",
    guidance=(
        "Record whether the young woman is a mother (1 or 0) on her record in the case "
        "management system."
    ),
    tables=("Header", "Episodes"),
    fields=("MOTHER",),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    return f"""
        SELECT _file, _position, child, NULL AS value FROM Header
        WHERE SEX IN {female_codes(year)} AND MOTHER IS NULL
          AND child IN (
              SELECT child FROM Episodes WHERE upper(coalesce(LS, '')) NOT IN {SHORT_BREAKS})
    """
