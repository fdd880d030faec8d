"""Who may do what with child death reviews, in one place.

- Case records (deaths, agency information, meetings, the panel's decisions):
  read by the panel's members and the business unit only, after two-factor
  sign-in (the roles with ``access.view_cdop_area``); reading goes through
  ``visible_to``, which gives everyone else nothing.
- Writing them, and raising actions: the business unit, which keeps the
  board's records.
- The panel's figures for a year: every signed-in user, but small numbers
  are suppressed for anyone who cannot read the case records (``disclosure``).
"""

from __future__ import annotations

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.records.policy import is_business_unit


def can_read_cases(user) -> bool:
    return can_see_area(user, Visibility.CDOP)


def can_manage(user, record=None) -> bool:
    """The business unit: records deaths, meetings and decisions, and raises actions."""
    return is_business_unit(user) and can_read_cases(user)


def can_read_figures(user) -> bool:
    return bool(user.is_authenticated and user.is_active)


def sees_small_numbers(user) -> bool:
    """Whether the user sees the figures unsuppressed: only those who read the cases."""
    return can_read_cases(user)
