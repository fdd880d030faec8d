"""399: the mother item or reviews given for a child looked after only for short breaks.

A child all of whose episodes are short breaks (LS V3/V4) has no MOTHER and
no reviews. The Header row with MOTHER, each Reviews row with a review date
or participation code, and the child's episodes fail.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import SHORT_BREAKS


@rule(
    code="399",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Mother field, review field or participation field are completed but child is looked "
        "after under legal status V3 or V4."
    ),
    guidance=(
        "A child looked after only for short breaks (V3/V4) has no looked-after reviews and no "
        "mother item: clear them in the case management system, or correct the legal status."
    ),
    tables=("Episodes", "Header", "Reviews"),
    fields=("MOTHER", "LS", "REVIEW", "REVIEW_CODE"),
)
def logic(context: RuleContext) -> str:
    return f"""
        WITH breaks_only AS (
            SELECT child FROM Episodes GROUP BY child
            HAVING bool_and(coalesce(LS IN {SHORT_BREAKS}, false))),
        flagged AS (
            SELECT child FROM Header WHERE MOTHER IS NOT NULL
                AND child IN (SELECT child FROM breaks_only)
            UNION
            SELECT child FROM Reviews WHERE (REVIEW IS NOT NULL OR REVIEW_CODE IS NOT NULL)
                AND child IN (SELECT child FROM breaks_only))
        SELECT _file, _position, child, MOTHER AS value, 'Header' AS "table" FROM Header
        WHERE MOTHER IS NOT NULL AND child IN (SELECT child FROM breaks_only)
        UNION ALL
        SELECT _file, _position, child, REVIEW_CODE, 'Reviews' FROM Reviews
        WHERE (REVIEW IS NOT NULL OR REVIEW_CODE IS NOT NULL)
          AND child IN (SELECT child FROM breaks_only)
        UNION ALL
        SELECT _file, _position, child, LS, 'Episodes' FROM Episodes
        WHERE child IN (SELECT child FROM flagged)
    """
