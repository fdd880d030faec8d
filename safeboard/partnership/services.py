"""Writing the partnership's records: keyword-only, validated, atomic."""

from __future__ import annotations

from django.db import transaction

from safeboard.partnership.models import Agency, Partnership

AGENCY_EXISTS = "An agency named '{name}' already exists."


@transaction.atomic
def agency_create(
    *,
    partnership: Partnership,
    name: str,
    agency_type: str,
    short_name: str = "",
    is_statutory_partner: bool | None = None,
    is_relevant_agency: bool = False,
) -> Agency:
    """Add an agency. Whether it is a statutory partner defaults from its type."""
    if is_statutory_partner is None:
        is_statutory_partner = agency_type in Agency.STATUTORY_PARTNER_TYPES
    agency = Agency(
        partnership=partnership,
        name=name,
        short_name=short_name,
        agency_type=agency_type,
        is_statutory_partner=is_statutory_partner,
        is_relevant_agency=is_relevant_agency,
    )
    agency.full_clean()
    agency.save()
    return agency


@transaction.atomic
def agency_update(*, agency: Agency, **fields) -> Agency:
    for name, value in fields.items():
        setattr(agency, name, value)
    agency.full_clean()
    agency.save()
    return agency


AGENCY_NOT_FOUND = "No agency is named '{name}'. Check the name on the Partner agencies page."


@transaction.atomic
def person_create_in_agency(*, agency_name: str, full_name: str, email: str = ""):
    """Add a person to the agency of that name (any case)."""
    from safeboard.partnership.models import Person

    agency = Agency.objects.filter(name__iexact=agency_name).first()
    if agency is None:
        raise LookupError(AGENCY_NOT_FOUND.format(name=agency_name))
    person = Person(agency=agency, full_name=full_name, email=email)
    person.full_clean()
    person.save()
    return person
