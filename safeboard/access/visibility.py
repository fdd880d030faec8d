"""The one "visible to this user" selector.

Every model that the site lists or shows declares its ``visibility`` (one of
``Visibility``) and, for agency-scoped records, the path to its agency in
``agency_field``. Views, search, exports and the admin all call
``visible_to``; no view filters on its own.
"""

from __future__ import annotations

from enum import StrEnum

from django.db.models import Model, QuerySet

from safeboard.access import roles


class Visibility(StrEnum):
    SIGNED_IN = "signed-in"  # any signed-in user of the partnership
    AGENCY = "agency"  # all agencies, or only the user's own agency
    CHILD_LEVEL = "child-level"  # pseudonymised child-level data
    CDOP = "cdop"  # child death reviews (restricted)
    CASE_REVIEW = "case-review"  # serious incidents and case reviews (restricted)
    AUDIT = "audit"  # the change history and the event log


AREA_PERMISSION = {
    Visibility.CHILD_LEVEL: roles.CHILD_LEVEL,
    Visibility.CDOP: roles.CDOP_AREA,
    Visibility.CASE_REVIEW: roles.CASE_REVIEW_AREA,
    Visibility.AUDIT: roles.AUDIT,
}


def user_agency_id(user) -> int | None:
    person = getattr(user, "person", None)
    return person.agency_id if person is not None else None


def can_see_area(user, visibility: Visibility) -> bool:
    """Whether the user may open an area of the site at all."""
    if not (user.is_authenticated and user.is_active):
        return False
    if visibility is Visibility.SIGNED_IN:
        return True
    if visibility is Visibility.AGENCY:
        return user.has_perm(roles.ALL_AGENCIES) or user.has_perm(roles.OWN_AGENCY)
    return user.has_perm(AREA_PERMISSION[visibility])


def visible_to(user, queryset: QuerySet | type[Model]) -> QuerySet:
    """The rows of ``queryset`` that ``user`` may see; none for anyone else."""
    if not isinstance(queryset, QuerySet):
        queryset = queryset._default_manager.all()
    model = queryset.model
    visibility = Visibility(model.visibility)
    if not can_see_area(user, visibility):
        return queryset.none()
    if visibility is Visibility.AGENCY and not user.has_perm(roles.ALL_AGENCIES):
        agency_id = user_agency_id(user)
        if agency_id is None:
            return queryset.none()
        return queryset.filter(**{model.agency_field: agency_id})
    return queryset
