"""199: the child was adopted from care before (an episode after an adoption).

An episode that ended with adoption (REC E11 or E12) should be the child's
last: any other episode starting on or after it (by start date; ties by
order in the file), or a second adoption, fails. When last year's
return was imported (prev_Episodes) its episodes count as earlier ones, as
DfE's check reaches back; the findings are on this year's episodes only.
(The D2I validator appends a note about what it can see to DfE's message;
the message here is DfE's alone.)
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import ORDER_IN_FILE

ADOPTED = "('E11', 'E12')"


@rule(
    code="199",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Episode information shows child has been previously adopted from care.",
    guidance=(
        "A child adopted from care keeps no further episodes under the same record: check in "
        "the case management system whether the adoption or the later episode is wrong, and "
        "record a child who returned to care after adoption under a new child record."
    ),
    tables=("Episodes",),
    fields=("REC", "DECOM"),
)
def logic(context: RuleContext) -> str:
    previous = ""
    if "prev_Episodes" in context.tables:
        previous = """
            UNION ALL
            SELECT NULL, NULL, child, DECOM, REC, 0 FROM prev_Episodes"""
    return f"""
        WITH everything AS (
            SELECT _file, _position, child, DECOM, REC, 1 AS this_year
            FROM Episodes{previous}
        ),
        counted AS (
            SELECT *, sum(CAST(REC IN {ADOPTED} AS INTEGER)) OVER (
                PARTITION BY child ORDER BY DECOM, this_year, {ORDER_IN_FILE}
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS adoptions_before
            FROM everything WHERE DECOM IS NOT NULL
        )
        SELECT _file, _position, child, REC AS value FROM counted
        WHERE this_year = 1 AND coalesce(adoptions_before, 0) > 0
    """
