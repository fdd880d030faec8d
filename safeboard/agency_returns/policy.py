"""Who may do what with agency returns, in one place.

Reading goes through ``visible_to`` (an agency-scoped record), narrowed in
the selectors: the business unit and an agency's own lead see every status;
everyone else who can open the area reads accepted returns only.

- Fill in and submit: an agency lead, for their own agency only.
- Accept or send back: the business unit (it manages the partnership).
"""

from __future__ import annotations

from safeboard.access.roles import MANAGE_PARTNERSHIP, Role, user_roles
from safeboard.access.visibility import user_agency_id


def is_submitter(user) -> bool:
    """An agency lead tied to an agency: fills in that agency's returns."""
    return (
        user.is_authenticated
        and user_agency_id(user) is not None
        and Role.AGENCY_LEAD in user_roles(user)
    )


def can_submit_for(user, agency_id: int) -> bool:
    return is_submitter(user) and user_agency_id(user) == agency_id


def can_review(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP)


def sees_every_status(user) -> bool:
    """Drafts and submitted returns: the reviewer's, and the submitter's own agency's."""
    return can_review(user) or is_submitter(user)
