"""The service navigation: one entry per area of the site.

Each area says who may see it (a ``Visibility``); the navigation shows a user
only the areas they can open. Later capabilities add their area here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from safeboard.access.visibility import Visibility, can_see_area


@dataclass(frozen=True)
class Area:
    label: str
    url_name: str
    visibility: Visibility
    path_prefix: str


AREAS: tuple[Area, ...] = (
    Area("Home", "web:home", Visibility.SIGNED_IN, "/home/"),
    Area("Partnership", "partnership:overview", Visibility.SIGNED_IN, "/partnership/"),
    Area("Returns", "returns:snapshot-list", Visibility.CHILD_LEVEL, "/returns/"),
    Area("Dashboards", "dashboards:index", Visibility.SIGNED_IN, "/dashboards/"),
    Area("Agency returns", "agency_returns:list", Visibility.AGENCY, "/agency-returns/"),
    Area("Board", "records:hub", Visibility.SIGNED_IN, "/board/"),
    Area("Case reviews", "reviews:index", Visibility.SIGNED_IN, "/reviews/"),
    Area("Child deaths", "cdop:index", Visibility.SIGNED_IN, "/cdop/"),
    Area("Annual report", "report:index", Visibility.SIGNED_IN, "/report/"),
    Area("Data quality", "data_quality:overview", Visibility.SIGNED_IN, "/data-quality/"),
    Area("Search", "web:search", Visibility.SIGNED_IN, "/search/"),
    Area("Audit", "audit:changes", Visibility.AUDIT, "/audit/"),
)


def areas_for(user) -> list[Area]:
    return [area for area in AREAS if can_see_area(user, area.visibility)]


def navigation_items(user, path: str) -> list[dict]:
    """Items for GOV.UK's service navigation component, the current one marked."""
    items = []
    for area in areas_for(user):
        href = reverse(area.url_name)
        items.append(
            {
                "text": area.label,
                "href": href,
                "active": path.startswith(area.path_prefix),
                "current": path == href,
            }
        )
    return items
