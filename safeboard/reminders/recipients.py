"""Who gets a reminder: addresses worked out from the partnership's records."""

from __future__ import annotations

from safeboard.access.roles import Role


def _address(user) -> str:
    person = user.person
    return (user.email or (person.email if person is not None else "")).strip()


def agency_lead_addresses(agency_id: int) -> tuple[str, ...]:
    """The e-mail addresses of the active agency leads whose person is in the agency
    (the account's address, else the person's), sorted, without repeats."""
    from safeboard.accounts.models import User

    leads = User.objects.filter(
        is_active=True, groups__name=Role.AGENCY_LEAD.value, person__agency_id=agency_id
    ).select_related("person")
    return tuple(sorted({address for address in map(_address, leads) if address}))


def addresses(*candidates: str) -> tuple[str, ...]:
    """The non-empty addresses given, sorted, without repeats (compared ignoring case)."""
    seen: dict[str, str] = {}
    for address in candidates:
        address = (address or "").strip()
        if address:
            seen.setdefault(address.lower(), address)
    return tuple(sorted(seen.values()))
