"""8606: a referral no more than 40 weeks (280 days) before the child's birth.

A referral can come before birth (an unborn child), but not longer before it
than a pregnancy lasts: the referral date may not be more than 280 days
before the date of birth, nor before the expected date of birth.

Deviation: Safeboard keeps birth dates only to the first of their month
(pseudonymisation), so the rule compares with that day. A referral is then
reported only when it is more than 280 days before the first of the birth
month, which is certain to break the rule; a referral up to a month nearer
the limit is not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule


@rule(
    code="8606",
    kind="cin",
    severity=Severity.ERROR,
    message="Child referral date is more than 40 weeks before DOB or expected DOB",
    guidance=(
        "Check the referral date and the child's date of birth (or expected date of birth) "
        "in the case management system: one of them is wrong, as the referral is dated more "
        "than 40 weeks before the birth."
    ),
    tables=("cin_episode", "child"),
    fields=("CINreferralDate", "PersonBirthDate", "ExpectedPersonBirthDate"),
)
def logic(context: RuleContext) -> str:
    return """
        SELECT e._file, e._position, e.child, CAST(e.CINreferralDate AS VARCHAR) AS value
        FROM cin_episode AS e
        JOIN (
            -- Earlier than 280 days before either date = earlier than before the later one.
            SELECT child, max(greatest(PersonBirthDate, ExpectedPersonBirthDate)) AS birth
            FROM child GROUP BY child
        ) AS c USING (child)
        WHERE e.CINreferralDate < c.birth - INTERVAL 280 DAY
    """
