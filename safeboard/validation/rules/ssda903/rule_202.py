"""202: the child's sex differs from last year's return.

Compared with last year's Header (prev_Header, when last year's return was
imported) for a child in both. The codes changed in 2024-25 (1/2 became M/F):
1 and M, 2 and F are the same sex here, so the first year of the new codes
does not flag every child as the D2I validator would.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

SAME = "CASE {0} WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE {0} END"


@rule(
    code="202",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The gender code conflicts with the gender already recorded for this child.",
    guidance=(
        "Check the child's recorded sex in the case management system against last year's "
        "return; correct whichever is wrong (last year's through an amendment to DfE)."
    ),
    tables=("Header", "prev_Header"),
    fields=("SEX",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT h._file, h._position, h.child, h.SEX AS value FROM Header AS h
        JOIN prev_Header AS p ON p.child = h.child
        WHERE ({SAME.format("h.SEX")}) IS DISTINCT FROM ({SAME.format("p.SEX")})
    """
