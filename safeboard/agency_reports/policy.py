"""Who may do what with lead agency reports, in one place.

Reading goes through ``visible_to`` (an agency-scoped record), narrowed in
the selectors: the business unit and an agency's own lead see every status
(the lead only their own agency's, by ``visible_to``); everyone else who can
open the area (board members, the chair, analysts) reads accepted reports only.

- Write and submit: an agency lead, for their own agency only, while the
  report is a draft or has been returned.
- Accept or return, and set the year's themes: the business unit.
"""

from __future__ import annotations

from safeboard.access.roles import MANAGE_PARTNERSHIP, Role, user_roles
from safeboard.access.visibility import user_agency_id


def is_author(user) -> bool:
    """An agency lead tied to an agency: writes that agency's reports."""
    return (
        user.is_authenticated
        and user.is_active
        and user_agency_id(user) is not None
        and Role.AGENCY_LEAD in user_roles(user)
    )


def can_write_for(user, agency_id: int) -> bool:
    return is_author(user) and user_agency_id(user) == agency_id


def can_review(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP)


def can_manage_themes(user) -> bool:
    return can_review(user)


def sees_every_status(user) -> bool:
    """Drafts, submitted and returned reports: the reviewer's, and the author's own agency's."""
    return can_review(user) or is_author(user)
