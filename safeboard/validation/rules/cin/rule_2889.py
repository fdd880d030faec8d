"""2889: a section 47 enquiry cannot start before the referral.

A section 47 enquiry's start date must be on or after the referral date of
its own CIN episode.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="2889",
    kind="cin",
    severity=Severity.ERROR,
    message="The S47 start date cannot be before the referral date.",
    guidance=(
        "In the case management system, check the section 47 enquiry's start date against "
        "the referral date of its episode: correct the wrong date, or record the enquiry "
        "against the referral it belongs to."
    ),
    tables=("section47", "cin_episode"),
    fields=("S47ActualStartDate", "CINreferralDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT s._file, s._position, s.child, CAST(s.S47ActualStartDate AS VARCHAR) AS value
        FROM section47 AS s
        JOIN cin_episode AS e ON e.child = s.child AND e.episode = s.episode
        WHERE s.S47ActualStartDate < e.CINreferralDate
    """
