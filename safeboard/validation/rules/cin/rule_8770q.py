"""8770Q: a child of school age, referred on to further action, has a UPN or a reason why not.

Where a child has a referral that led to further action (ReferralNFA false)
and is of school age, the child should have a UPN or a reason for its
absence (UPNunknown) other than UN1, which says the child is too young for
one. The D2I validator excludes UN1 in every year; DfE's 2024-25 message
says so in as many words.

School age: to 2023-24, born before the ReferenceDate minus 6 years (before
31 March six years earlier); from 2024-25, born on or before 31 August six
years before the ReferenceDate's year, when DfE re-based the rule on the
school year.

Deviation: Safeboard keeps birth dates only to their month, so a child is
taken as of school age only when the whole birth month is: a child born in
March six years before is not queried to 2023-24 (from 2024-25, a month
boundary, nothing changes). UPNunknown is compared in upper case, as D2I does.
"""

from __future__ import annotations

from datetime import date

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext, sql_literal
from safeboard.validation.registry import rule
from safeboard.validation.rules.cin._dfe_high import sql_date

SCHOOL_YEAR_FROM = 2025  # the 2024-25 rule counts school age from 31 August
OLD_MESSAGE = (
    "Please check and either amend data or provide a reason: UPN or reason UPN missing "
    "expected for a child who is more than 5 years old"
)
MESSAGE = (
    "Please check and either amend data or provide a reason: UPN is missing or reason UPN "
    "is missing or is UN1 for a child who is of school age."
)


@rule(
    code="8770Q",
    kind="cin",
    severity=Severity.WARNING,
    message=MESSAGE,
    guidance=(
        "Record the child's UPN in the case management system (the school or the local "
        "authority's admissions team can give it) or, if the child has none, the reason "
        "(UN2 to UN7)."
    ),
    tables=("child", "cin_episode"),
    fields=("UPN", "UPNunknown", "PersonBirthDate", "ReferralNFA"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    if year >= SCHOOL_YEAR_FROM:
        school_age = f"last_day(c.PersonBirthDate) <= {sql_date(date(year - 6, 8, 31))}"
        message = MESSAGE
    else:
        school_age = f"last_day(c.PersonBirthDate) < {sql_date(date(year - 6, 3, 31))}"
        message = OLD_MESSAGE
    return f"""
        SELECT c._file, c._position, c.child, c.UPNunknown AS value,
               {sql_literal(message)} AS message
        FROM child AS c
        WHERE {school_age}
          AND NOT coalesce(c.UPN_given, false)
          AND coalesce(upper(c.UPNunknown), '') NOT IN ('UN2', 'UN3', 'UN4', 'UN5', 'UN6', 'UN7')
          AND EXISTS (
              SELECT 1 FROM cin_episode AS e WHERE e.child = c.child AND e.ReferralNFA = false
          )
    """
