"""The roles of PRODUCT.md, each a Django group with scoped permissions.

This module is the single definition: a post-migrate hook makes the groups
in the database match it, so a permission is granted by editing one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.contrib.auth.models import Group, Permission


class Role(StrEnum):
    BUSINESS_UNIT = "business-unit"
    PERFORMANCE_ANALYST = "performance-analyst"
    AGENCY_LEAD = "agency-lead"
    BOARD_MEMBER = "board-member"
    CDOP_MEMBER = "cdop-member"
    CASE_REVIEW_MEMBER = "case-review-member"
    INDEPENDENT_CHAIR = "independent-chair"


@dataclass(frozen=True)
class RoleDefinition:
    role: Role
    label: str
    does: str
    permissions: tuple[str, ...]
    requires_two_factor: bool


ALL_AGENCIES = "access.view_all_agencies"
OWN_AGENCY = "access.view_own_agency"
CHILD_LEVEL = "access.view_child_level"
CDOP_AREA = "access.view_cdop_area"
CASE_REVIEW_AREA = "access.view_case_review_area"
AUDIT = "access.view_audit"
MANAGE_PARTNERSHIP = "access.manage_partnership"

ROLES: dict[Role, RoleDefinition] = {
    definition.role: definition
    for definition in (
        RoleDefinition(
            Role.BUSINESS_UNIT,
            "Business unit",
            "Runs everything: imports returns, keeps records, builds the report.",
            (
                ALL_AGENCIES,
                CHILD_LEVEL,
                CDOP_AREA,
                CASE_REVIEW_AREA,
                AUDIT,
                MANAGE_PARTNERSHIP,
            ),
            requires_two_factor=True,
        ),
        RoleDefinition(
            Role.PERFORMANCE_ANALYST,
            "Performance analyst",
            "Exports and imports the statutory returns and checks data quality.",
            (ALL_AGENCIES, CHILD_LEVEL),
            requires_two_factor=True,
        ),
        RoleDefinition(
            Role.AGENCY_LEAD,
            "Agency lead",
            "Submits the agency's return and lead agency report; sees the own agency's material.",
            (OWN_AGENCY,),
            requires_two_factor=False,
        ),
        RoleDefinition(
            Role.BOARD_MEMBER,
            "Board member",
            "Reads dashboards, papers and action plans.",
            (ALL_AGENCIES,),
            requires_two_factor=False,
        ),
        RoleDefinition(
            Role.CDOP_MEMBER,
            "Child death overview panel member",
            "Reviews child deaths (restricted).",
            (OWN_AGENCY, CDOP_AREA),
            requires_two_factor=True,
        ),
        RoleDefinition(
            Role.CASE_REVIEW_MEMBER,
            "Case review group member",
            "Works on serious incidents and practice reviews (restricted).",
            (OWN_AGENCY, CASE_REVIEW_AREA),
            requires_two_factor=True,
        ),
        RoleDefinition(
            Role.INDEPENDENT_CHAIR,
            "Independent chair or scrutineer",
            "Reads everything but child-level data.",
            (ALL_AGENCIES,),
            requires_two_factor=False,
        ),
    )
}


def role_definition(role: Role | str) -> RoleDefinition:
    return ROLES[Role(role)]


def _permission(dotted: str, using: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.using(using).get(content_type__app_label=app_label, codename=codename)


def sync_role_groups(*, using: str = "default") -> None:
    """Create each role's group and set its permissions to exactly the definition."""
    for definition in ROLES.values():
        group, _ = Group.objects.using(using).get_or_create(name=definition.role.value)
        group.permissions.set([_permission(p, using) for p in definition.permissions])


def user_roles(user) -> list[Role]:
    """The user's roles, in the order of ROLES (stable for display)."""
    if not user.is_authenticated:
        return []
    names = {group.name for group in user.groups.all()}
    return [role for role in ROLES if role.value in names]


def requires_two_factor(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return any(ROLES[role].requires_two_factor for role in user_roles(user))
