"""Who may write the board's records, in one place.

Reading always goes through ``access.visibility.visible_to``; these answer
the questions it does not: who may add or change a record.
"""

from __future__ import annotations

from safeboard.access.roles import MANAGE_PARTNERSHIP, Role, user_roles
from safeboard.access.visibility import user_agency_id


def is_business_unit(user) -> bool:
    """The business unit keeps the board's records (it manages the partnership)."""
    return bool(user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP))


def is_agency_lead_of(user, agency_id: int | None) -> bool:
    """An agency lead whose person belongs to that agency."""
    return (
        agency_id is not None
        and user.is_authenticated
        and user.is_active
        and Role.AGENCY_LEAD in user_roles(user)
        and user_agency_id(user) == agency_id
    )


def business_unit_edits(user, record=None) -> bool:
    """The default write rule of a record type: the business unit only."""
    return is_business_unit(user)
