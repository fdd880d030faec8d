"""Reading the partnership's records, always through ``visible_to``."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet

from safeboard.access.visibility import visible_to
from safeboard.partnership.models import (
    Agency,
    ChildDeathOverviewPanel,
    District,
    LocalAuthority,
    Partnership,
    Person,
)


def partnership_get(*, user) -> Partnership | None:
    return visible_to(user, Partnership).order_by("pk").first()


def local_authority_list(*, user) -> QuerySet[LocalAuthority]:
    districts = Prefetch("districts", queryset=visible_to(user, District))
    return (
        visible_to(user, LocalAuthority)
        .select_related("cdop_panel", "partnership")
        .prefetch_related(districts)
    )


def cdop_panel_list(*, user) -> QuerySet[ChildDeathOverviewPanel]:
    authorities = Prefetch("local_authorities", queryset=visible_to(user, LocalAuthority))
    return visible_to(user, ChildDeathOverviewPanel).prefetch_related(authorities)


def agency_list(*, user) -> QuerySet[Agency]:
    return visible_to(user, Agency).annotate(people_count=Count("people"))


def agency_get(*, user, pk: int) -> Agency:
    return visible_to(user, Agency).get(pk=pk)


def person_list(*, user, agency: Agency | None = None) -> QuerySet[Person]:
    people = visible_to(user, Person).select_related("agency", "user")
    return people.filter(agency=agency) if agency is not None else people


def person_get(*, user, pk: int) -> Person:
    return person_list(user=user).get(pk=pk)


@dataclass(frozen=True)
class PartnershipSummary:
    name: str
    local_authorities: int
    districts: int
    agencies: int
    statutory_partners: int


def partnership_summary(*, user) -> PartnershipSummary | None:
    partnership = partnership_get(user=user)
    if partnership is None:
        return None
    agencies = visible_to(user, Agency).filter(partnership=partnership, active=True)
    return PartnershipSummary(
        name=partnership.name,
        local_authorities=visible_to(user, LocalAuthority).filter(partnership=partnership).count(),
        districts=visible_to(user, District)
        .filter(local_authority__partnership=partnership)
        .count(),
        agencies=agencies.count(),
        statutory_partners=agencies.filter(is_statutory_partner=True).count(),
    )
