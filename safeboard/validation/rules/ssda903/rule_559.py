"""559: a decision to place for adoption from before this year, missing from last year's return.

A decision that the child should be placed for adoption made before 1
April of this collection year (DATE_PLACED) was already in force last year,
so last year's return must hold a decision for the child. Compares with the
previous year's snapshot (the view prev_PlacedAdoption); without last year's
return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import year_start


@rule(
    code="559",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Date of decision that a child should be placed for adoption was not in the current "
        "year but the date of the decision that the child should be placed for adoption was not "
        "completed in a previous return."
    ),
    guidance=(
        "Check the date of the decision that the child should be placed for adoption in the "
        "case management system: if it is right, last year's return lacked it and should be "
        "amended; if the decision was made this year, correct the date."
    ),
    tables=("PlacedAdoption", "prev_PlacedAdoption"),
    fields=("DATE_PLACED",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT _file, _position, child, CAST(DATE_PLACED AS VARCHAR) AS value
        FROM PlacedAdoption
        WHERE DATE_PLACED < {year_start(context)}
          AND child NOT IN (
              SELECT child FROM prev_PlacedAdoption WHERE DATE_PLACED IS NOT NULL)
    """
