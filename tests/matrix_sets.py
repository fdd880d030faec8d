"""Who may open a page: the sets of roles the URL matrices use."""

from safeboard.access.roles import Role

SIGNED_IN = frozenset(Role) | {None}  # None: a signed-in user with no role
ALL_AGENCIES = frozenset(
    {Role.BUSINESS_UNIT, Role.PERFORMANCE_ANALYST, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR}
)
BUSINESS_UNIT = frozenset({Role.BUSINESS_UNIT})
CHILD_LEVEL = frozenset({Role.BUSINESS_UNIT, Role.PERFORMANCE_ANALYST})
EVERY_ROLE = frozenset(Role)  # signed in with any role (not a user without one)
PUBLIC = "public"
# Public pages that send a signed-in user on to their home page.
FRONT_DOOR = "front-door"
