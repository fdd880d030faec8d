"""Who may do what with serious incidents and practice reviews, in one place.

- Read case records (notifications, rapid reviews, reviews, their findings
  and recommendations): the business unit and the case review group
  (``access.view_case_review_area``), and in the site only after two-factor
  sign-in. The middleware already sends an unverified restricted user to
  two-factor sign-in; ``can_read_case_records`` checks again, so a page that
  slipped past it still shows nothing.
- Everyone else signed in reads only the aggregate figures, with small
  numbers suppressed (``selectors.year_figures``).
- Create and change records, and raise actions: the business unit.
"""

from __future__ import annotations

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.records.policy import is_business_unit


def can_read_case_records(user) -> bool:
    """The restricted area's roles; in the site, only once two-factor sign-in is passed.

    A user from the command line (``safeboard export --as``) has no second
    factor in play: whoever runs commands on the server is trusted with its data.
    """
    if user is None or not can_see_area(user, Visibility.CASE_REVIEW):
        return False
    is_verified = getattr(user, "is_verified", None)  # set on request.user by django-otp
    return is_verified is None or bool(is_verified())


def can_manage(user, record=None) -> bool:
    """The business unit keeps the case records and raises their actions."""
    return is_business_unit(user) and can_read_case_records(user)
