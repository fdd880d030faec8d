"""Who may do what with action plans, in one place.

Reading goes through ``visible_to``: action plans are agency-scoped through
their actions' owner agencies, so the business unit, board members, the chair
and analysts read every plan, and an agency lead reads the plans that hold
an action of their own agency, and those actions only.

- Create and edit plans, recommendations and actions: the business unit.
- Add updates and evidence, and change an action's status (through an
  update): the business unit, and an agency lead whose person belongs to
  the action's owner agency.
"""

from __future__ import annotations

from safeboard.access.roles import MANAGE_PARTNERSHIP, Role, user_roles
from safeboard.access.visibility import user_agency_id


def can_manage(user) -> bool:
    """The business unit: creates and edits plans, recommendations and actions."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm(MANAGE_PARTNERSHIP)
    )


def is_agency_lead(user) -> bool:
    """An agency lead tied to an agency: works on that agency's actions."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user_agency_id(user) is not None
        and Role.AGENCY_LEAD in user_roles(user)
    )


def can_work_on(user, owner_agency_id: int) -> bool:
    """Add updates and evidence to, and change the status of, an action of that agency."""
    return can_manage(user) or (is_agency_lead(user) and user_agency_id(user) == owner_agency_id)
