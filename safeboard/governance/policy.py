"""Who may do what with the board's governance records, in one place.

- Read groups and meetings: every signed-in user (the board's public business).
- Read memberships and attendance: through ``visible_to`` (scoped by agency,
  like the people they name): an own-agency role reads its own agency's.
- Whole-board figures (quoracy, chair vacancies): only roles that see every
  agency, since they need every member's attendance or every chair to be right.
- Create and change any of it: the business unit (it manages the partnership).
"""

from __future__ import annotations

from safeboard.access.roles import ALL_AGENCIES, MANAGE_PARTNERSHIP


def can_manage(user, record=None) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP))


def sees_whole_board(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(ALL_AGENCIES))
