"""Building blocks for the agency returns tests: agencies, leads and returns."""

from __future__ import annotations

from safeboard.access.roles import Role
from safeboard.agency_returns.definitions import template_get
from safeboard.agency_returns.models import AgencyReturn, ReturnFigure
from safeboard.partnership.models import Agency, Partnership
from safeboard.partnership.services import agency_create
from tests.factories import agency, make_user

COUNCIL = "Testshire County Council"
POLICE = "Testshire Police"
PROVIDER = "Testshire Community Health"


def health_provider() -> Agency:
    found = Agency.objects.filter(name=PROVIDER).first()
    if found is not None:
        return found
    return agency_create(
        partnership=Partnership.objects.get(), name=PROVIDER, agency_type="health-provider"
    )


def lead(agency_name: str, username: str | None = None):
    """An agency lead of the named agency."""
    if agency_name == PROVIDER:
        health_provider()
    username = username or f"lead-{agency(agency_name).pk}"
    return make_user(Role.AGENCY_LEAD, username=username, agency_name=agency_name)


def all_values(template_id: str, value: int = 1) -> dict[tuple[str, str], int]:
    """Every value the template asks for (medians included), all ``value``."""
    return {(f.id, b): value for f, b in template_get(template_id).rows()}


def make_return(
    template_id: str,
    agency_name: str,
    *,
    year: int = 2018,
    quarter: int = 1,
    status: str = AgencyReturn.Status.DRAFT,
    values: dict | None = None,
) -> AgencyReturn:
    """A return put straight in the database (the services are tested on their own)."""
    agency_return, _ = AgencyReturn.objects.get_or_create(
        template_id=template_id,
        agency=agency(agency_name),
        collection_year=year,
        quarter=quarter,
        defaults={"status": status},
    )
    for (figure_id, breakdown), value in (values or {}).items():
        ReturnFigure.objects.update_or_create(
            agency_return=agency_return,
            figure_id=figure_id,
            breakdown_value=breakdown,
            defaults={"value": value},
        )
    return agency_return
