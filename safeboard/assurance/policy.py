"""Who may do what with audits and policies, in one place.

Reading goes through ``visible_to``: every signed-in user reads the audit
programme and the policies; audits and their grades and findings are
agency-scoped (an agency lead sees the audits their agency takes part in,
and only their own agency's section 11 grades).

- Keep the programme, audits, findings and policies: the business unit.
- Record a section 11 self-grade: the business unit, or the agency's own
  lead while the audit is not complete (it is the agency's self-assessment).
- See the policy reviews due: the business unit for every policy, an agency
  lead for the policies their agency owns.
"""

from __future__ import annotations

from safeboard.access.visibility import user_agency_id
from safeboard.records.policy import is_agency_lead_of, is_business_unit

__all__ = [
    "can_manage",
    "can_grade_for",
    "is_business_unit",
    "is_agency_lead_of",
    "user_agency_id",
]


def can_manage(user) -> bool:
    return is_business_unit(user)


def can_grade_for(user, audit, agency_id: int | None) -> bool:
    """Whether the user may record ``agency_id``'s self-grade in ``audit``."""
    if is_business_unit(user):
        return True
    return audit.status != audit.Status.COMPLETE and is_agency_lead_of(user, agency_id)
