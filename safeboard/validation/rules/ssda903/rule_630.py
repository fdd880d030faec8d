"""630: a child who started to be looked after in the year without previous permanence.

Every episode starting a period of care (RNE S) on or after 1 April that
opens the year needs the child's PrevPerm row with PREV_PERM given, and,
unless PREV_PERM is Z1 (no previous permanence option), LA_PERM and
DATE_PERM too. Reported on the episode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import year_start


@rule(
    code="630",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Information on previous permanence option should be returned.",
    guidance=(
        "Record whether the child had a previous permanence option (adoption, special "
        "guardianship or child arrangements order) before coming into care, with the date and "
        "local authority, or Z1 if none or not known, in the case management system."
    ),
    tables=("Episodes", "PrevPerm"),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:  # refused already (SB-YEAR): no year to check against
        return None
    return f"""
        SELECT e._file, e._position, e.child, e.RNE AS value FROM Episodes AS e
        WHERE e.RNE = 'S' AND e.DECOM >= {year_start(context)}
          AND NOT EXISTS (
              SELECT 1 FROM PrevPerm AS p
              WHERE p.child = e.child AND p.PREV_PERM IS NOT NULL
                AND (p.PREV_PERM = 'Z1' OR (p.LA_PERM IS NOT NULL AND p.DATE_PERM IS NOT NULL)))
    """
