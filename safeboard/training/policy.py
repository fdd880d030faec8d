"""Who may see and change training records, in one place.

Courses and events are the board's programme: every signed-in user reads
them. Bookings and evaluations name delegates (professionals' personal data),
so on top of ``visible_to`` (which keeps own-agency roles to their agency):

- the business unit sees and changes every booking, and imports them;
- an agency lead sees their own agency's bookings and evaluations by name;
- everyone else (board members, the chair, analysts, panel members) sees
  training only as aggregates: counts, rates and shares, never a name.
"""

from __future__ import annotations

from safeboard.access.roles import MANAGE_PARTNERSHIP, Role, user_roles
from safeboard.access.visibility import user_agency_id


def can_manage(user) -> bool:
    """The business unit keeps the programme and its bookings."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP))


def is_agency_lead(user) -> bool:
    """An agency lead tied to an agency."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user_agency_id(user) is not None
        and Role.AGENCY_LEAD in user_roles(user)
    )


def sees_delegates(user) -> bool:
    """Whether the user may see any booking or evaluation row (names, e-mails, comments)."""
    return can_manage(user) or is_agency_lead(user)
