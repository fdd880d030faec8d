"""134: a care leaver (OC3 details given) has adoption details (AD1) too.

A child adopted in the year is not a care leaver of the OC3 cohort: the AD1
record of a child whose OC3 record holds any of IN_TOUCH, ACTIV or ACCOM,
and which itself holds any adoption item, fails.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

AD1_ITEMS = ("DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR")


@rule(
    code="134",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Data on adoption should not be entered for the OC3 cohort.",
    guidance=(
        "A child adopted in the year is not a care leaver: check in the case management system "
        "whether the child was adopted or left care, and remove either the adoption details or "
        "the care leaver details."
    ),
    tables=("AD1", "OC3"),
    fields=("IN_TOUCH", "ACTIV", "ACCOM", *AD1_ITEMS),
)
def logic(context: RuleContext) -> str:
    any_ad1 = " OR ".join(f"a.{item} IS NOT NULL" for item in AD1_ITEMS)
    return f"""
        SELECT a._file, a._position, a.child, NULL AS value FROM AD1 AS a
        WHERE ({any_ad1})
          AND EXISTS (SELECT 1 FROM OC3 AS o WHERE o.child = a.child
                      AND (o.IN_TOUCH IS NOT NULL OR o.ACTIV IS NOT NULL OR o.ACCOM IS NOT NULL))
    """
