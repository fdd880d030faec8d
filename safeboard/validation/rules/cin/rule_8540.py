"""8540: a born child with a referral that went further has no valid disability record.

When a child has a date of birth and at least one referral not marked "no
further action", the child has at least one Disability (NONE when there is
none), and every one is a code of the list.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_low import sql_codes


@rule(
    code="8540",
    kind="cin",
    severity=Severity.ERROR,
    message="Child’s disability is missing or invalid (see Disability table)",
    guidance=(
        "Record the child's disabilities in the case management system with the DfE's codes, "
        "or NONE if the child has none, then export again."
    ),
    tables=("child", "cin_episode", "disability"),
    fields=("Disability", "PersonBirthDate", "ReferralNFA"),
)
def logic(context: RuleContext) -> str:
    codes = sql_codes("Disability", context.collection_year)
    return f"""
        SELECT c._file, c._position, c.child, NULL AS value
        FROM child AS c
        WHERE c.PersonBirthDate IS NOT NULL
          AND EXISTS (
              SELECT 1 FROM cin_episode AS e
              WHERE e.child = c.child AND e.ReferralNFA = false
          )
          AND (
              NOT EXISTS (SELECT 1 FROM disability AS d WHERE d.child = c.child)
              OR EXISTS (
                  SELECT 1 FROM disability AS d
                  WHERE d.child = c.child
                    AND (d.Disability IS NULL OR d.Disability NOT IN {codes})
              )
          )
    """
