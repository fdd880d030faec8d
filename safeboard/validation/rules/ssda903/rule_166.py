"""166: a review's date is invalid or blank.

An unreadable date is stored empty at import (and reported there, SB-TYPE),
so an empty REVIEW is what fails here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="166",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Date of review is invalid or blank.",
    guidance=(
        "Record the date of the child's looked-after review (DD/MM/YYYY) in the case "
        "management system, or remove the review if it did not take place."
    ),
    tables=("Reviews",),
    fields=("REVIEW",),
)
def logic(context: RuleContext) -> str:
    return "SELECT _file, _position, child, NULL AS value FROM Reviews WHERE REVIEW IS NULL"
