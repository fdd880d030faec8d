"""Who may do what with the budget, in one place.

- Read: years, expenditure, other income and review spending are published in
  the annual report, so every signed-in role reads them (``visible_to``); an
  agency lead reads only their own agency's contribution.
- The summary, the forecast and the warnings compare every partner's money,
  so they are for the roles that see every agency (the business unit, board
  members, the independent chair, analysts).
- Write: the business unit only (it keeps the board's records).
"""

from __future__ import annotations

from safeboard.access.roles import ALL_AGENCIES, MANAGE_PARTNERSHIP


def can_edit(user, record=None) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(MANAGE_PARTNERSHIP))


def can_read_summary(user) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(ALL_AGENCIES))
