"""607: a girl who ceased to be looked after in the year without the mother item.

When a female child's episode ends in the year with a reason other than
X1 (she ceased to be looked after), and the episode is not a short break
(LS V3 or V4), MOTHER must say whether she is a mother. Female is SEX 2 to
2023-24 and F from 2024-25 (the two DfE versions of the rule). Reported on
the child's Header row, where MOTHER is.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import SHORT_BREAKS, female, year_end, year_start


@rule(
    code="607",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child ceased to be looked after in the year, but mother field has not been completed."
    ),
    guidance=(
        "Record whether the young woman is a mother (1 yes, 0 no) in the case management "
        "system; it is needed for every girl leaving care."
    ),
    tables=("Header", "Episodes"),
    fields=("DEC", "REC", "MOTHER", "LS", "SEX"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        SELECT h._file, h._position, h.child, NULL AS value FROM Header AS h
        WHERE h.SEX = {female(context.collection_year)} AND h.MOTHER IS NULL
          AND EXISTS (
              SELECT 1 FROM Episodes AS e
              WHERE e.child = h.child AND e.REC IS NOT NULL AND e.REC <> 'X1'
                AND e.DEC BETWEEN {start} AND {end}
                AND (e.LS IS NULL OR e.LS NOT IN {SHORT_BREAKS}))
    """
